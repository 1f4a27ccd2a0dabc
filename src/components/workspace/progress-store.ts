/**
 * Reads and writes the step progress in localStorage for the progress widgets. The parsing lives
 * in src/lib/progress (pure, tested); this file only touches the browser. Storage can throw
 * (private mode, quota, blocked cookies): then progress lasts for the page only and widgets say so.
 */
import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  parseProgress,
  serializeProgress,
  type ProgressState,
} from '../../lib/progress/state';

const CHANGE_EVENT = 'aiq-scim:progress-change';

/** Per storage key: set when storage refused a write, so the page still agrees with itself until it is left. */
const unsavedProgress = new Map<string, ProgressState>();

export function readProgress(
  stepSlugs: readonly string[],
  key: string = PROGRESS_STORAGE_KEY,
): ProgressState {
  const unsaved = unsavedProgress.get(key);
  if (unsaved) return unsaved;
  try {
    return parseProgress(localStorage.getItem(key), stepSlugs);
  } catch {
    return EMPTY_PROGRESS;
  }
}

/** Saves the state and tells the other widgets on the page; false when the browser refused to store it. */
export function writeProgress(state: ProgressState, key: string = PROGRESS_STORAGE_KEY): boolean {
  let saved = true;
  try {
    if (state.done.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, serializeProgress(state));
  } catch {
    saved = false;
  }
  if (saved) unsavedProgress.delete(key);
  else unsavedProgress.set(key, state);
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  return saved;
}

/** Calls back when progress changes on this page or in another tab. */
export function onProgressChange(callback: () => void, key: string = PROGRESS_STORAGE_KEY): void {
  window.addEventListener(CHANGE_EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) callback();
  });
}

/** The step slugs a widget was rendered with (`data-steps="prepare create-app …"`). */
export function stepSlugsOf(element: HTMLElement): string[] {
  return (element.dataset['steps'] ?? '').split(' ').filter(Boolean);
}

/** The storage key a widget was rendered with (`data-progress-key`), for its track's progress. */
export function progressKeyOf(element: HTMLElement): string {
  return element.dataset['progressKey'] ?? PROGRESS_STORAGE_KEY;
}
