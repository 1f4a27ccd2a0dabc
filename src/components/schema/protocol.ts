import type { SchemaCheckOutcome } from '~/lib/schema/check';

/** Main thread → worker: check this text. `id` lets the page ignore answers to older texts. */
export interface SchemaCheckRequest {
  id: number;
  text: string;
}

/** Worker → main thread. */
export interface SchemaCheckResponse {
  id: number;
  outcome: SchemaCheckOutcome;
}
