/**
 * Parses, analyses and cleans the pasted schema off the main thread, so a paste of several
 * megabytes never freezes the page.
 */
import { checkSchemaText } from '~/lib/schema/check';
import type { SchemaCheckRequest, SchemaCheckResponse } from './protocol';

// The project's TypeScript lib is DOM, not WebWorker: describe the two worker globals used here.
const scope = self as unknown as {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<SchemaCheckRequest>) => void,
  ): void;
  postMessage(message: SchemaCheckResponse): void;
};

scope.addEventListener('message', (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, outcome: checkSchemaText(text) });
});
