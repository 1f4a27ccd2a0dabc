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

/** Set when storage refused a write, so the page still agrees with itself until it is left. */
let unsavedProgress: ProgressState | undefined;

export function readProgress(stepSlugs: readonly string[]): ProgressState {
  if (unsavedProgress) return unsavedProgress;
  try {
    return parseProgress(localStorage.getItem(PROGRESS_STORAGE_KEY), stepSlugs);
  } catch {
    return EMPTY_PROGRESS;
  }
}

/** Saves the state and tells the other widgets on the page; false when the browser refused to store it. */
export function writeProgress(state: ProgressState): boolean {
  let saved = true;
  try {
    if (state.done.length === 0) localStorage.removeItem(PROGRESS_STORAGE_KEY);
    else localStorage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(state));
  } catch {
    saved = false;
  }
  unsavedProgress = saved ? undefined : state;
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  return saved;
}

/** Calls back when progress changes on this page or in another tab. */
export function onProgressChange(callback: () => void): void {
  window.addEventListener(CHANGE_EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_STORAGE_KEY || event.key === null) callback();
  });
}

/** The step slugs a widget was rendered with (`data-steps="prepare create-app …"`). */
export function stepSlugsOf(element: HTMLElement): string[] {
  return (element.dataset['steps'] ?? '').split(' ').filter(Boolean);
}
