/**
 * The body of a file-checking worker: run the check on each file the page sends, reporting
 * progress (at most every 2 %, so messages never flood the page) and then the outcome. The file
 * is read inside the worker; nothing is sent anywhere else.
 */
import type { FileCheck, FileCheckMessage, FileCheckRequest } from './protocol';

// The project's TypeScript lib is DOM, not WebWorker: describe the two worker globals used here.
const scope = self as unknown as {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<FileCheckRequest>) => void,
  ): void;
  postMessage(message: FileCheckMessage<unknown>): void;
};

export function serveFileChecks<Outcome>(check: FileCheck<Outcome>): void {
  scope.addEventListener('message', (event) => {
    const { id, file, siteOrigin } = event.data;
    let reported = 0;
    const onProgress = (fraction: number) => {
      if (fraction - reported < 0.02) return;
      reported = fraction;
      scope.postMessage({ id, kind: 'progress', fraction });
    };
    void check(file, { siteOrigin, onProgress }).then((outcome) =>
      scope.postMessage({ id, kind: 'done', outcome }),
    );
  });
}
