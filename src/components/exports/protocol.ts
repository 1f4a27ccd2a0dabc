/** Main thread → worker: check this file. `id` lets the page ignore answers about an older file. */
export interface FileCheckRequest {
  id: number;
  file: File;
  /** For absolute links in what the worker writes (the problem CSV). */
  siteOrigin: string;
}

/** Worker → main thread: progress while reading, then the outcome. */
export type FileCheckMessage<Outcome> =
  | { id: number; kind: 'progress'; fraction: number }
  | { id: number; kind: 'done'; outcome: Outcome };

/** How a check runs: in a worker, or on the page when no worker can start. */
export type FileCheck<Outcome> = (
  file: File,
  options: { siteOrigin: string; onProgress: (fraction: number) => void },
) => Promise<Outcome>;
