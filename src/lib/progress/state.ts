/**
 * Step progress as stored in the browser: one namespaced localStorage key holding versioned JSON
 * `{ "v": 1, "done": ["prepare", …] }`. Only step completion lives here, never a Tenant URL or a
 * token. Everything is pure; the custom elements do the reading and writing.
 */
export const PROGRESS_STORAGE_KEY = 'aiq-scim:progress';
export const PROGRESS_VERSION = 1;

/** What one stored value holds, once parsed: the done slugs, in guide order, without duplicates. */
export interface ProgressState {
  readonly done: readonly string[];
}

export const EMPTY_PROGRESS: ProgressState = Object.freeze({
  done: Object.freeze([]),
});

/**
 * Reads a stored value. Anything that is not a version-1 value (missing, corrupt JSON, an older or
 * newer version, the wrong shape) gives empty progress: the reader starts over instead of the
 * page breaking. Slugs that are no longer steps are dropped, so a renamed step cannot count.
 * Hand-written rather than zod so the script on every step page stays tiny.
 */
export function parseProgress(
  raw: string | null | undefined,
  stepSlugs: readonly string[],
): ProgressState {
  if (typeof raw !== 'string' || raw === '') return EMPTY_PROGRESS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return EMPTY_PROGRESS;
  const { v, done } = json as { v?: unknown; done?: unknown };
  if (v !== PROGRESS_VERSION || !Array.isArray(done)) return EMPTY_PROGRESS;
  if (!done.every((slug): slug is string => typeof slug === 'string')) return EMPTY_PROGRESS;
  return normalize(done, stepSlugs);
}

export function serializeProgress(state: ProgressState): string {
  return JSON.stringify({ v: PROGRESS_VERSION, done: [...state.done] });
}

/** Marks one step done or not done; unknown slugs leave the state as it is. */
export function setStepDone(
  state: ProgressState,
  slug: string,
  done: boolean,
  stepSlugs: readonly string[],
): ProgressState {
  if (!stepSlugs.includes(slug)) return state;
  const others = state.done.filter((doneSlug) => doneSlug !== slug);
  return normalize(done ? [...others, slug] : others, stepSlugs);
}

export function isStepDone(state: ProgressState, slug: string): boolean {
  return state.done.includes(slug);
}

export interface ProgressSummary {
  doneCount: number;
  total: number;
  /** The first step (in guide order) not yet done; undefined when every step is done. */
  nextOpenSlug: string | undefined;
  allDone: boolean;
}

export function summarizeProgress(
  state: ProgressState,
  stepSlugs: readonly string[],
): ProgressSummary {
  const done = new Set(state.done);
  const doneCount = stepSlugs.filter((slug) => done.has(slug)).length;
  const nextOpenSlug = stepSlugs.find((slug) => !done.has(slug));
  return { doneCount, total: stepSlugs.length, nextOpenSlug, allDone: nextOpenSlug === undefined };
}

/** "3 of 6 steps done": the sentence the Overview shows and screen readers announce. */
export function progressSentence(summary: Pick<ProgressSummary, 'doneCount' | 'total'>): string {
  const noun = summary.total === 1 ? 'step' : 'steps';
  return `${summary.doneCount} of ${summary.total} ${noun} done`;
}

function normalize(slugs: readonly string[], stepSlugs: readonly string[]): ProgressState {
  const wanted = new Set(slugs);
  return { done: stepSlugs.filter((slug) => wanted.has(slug)) };
}
