/**
 * The line that says what "Mark this step as done" changed: loaded by ./step-done.ts on the first
 * change, not with the page. The choice itself is saved before this loads, so a reload right after
 * the click keeps it.
 */
import { summarizeProgress, type ProgressState } from '../../lib/progress/state';

/** The status line for a saved change: what changed, and the next open step. */
export function stepDoneStatus(
  element: HTMLElement,
  state: ProgressState,
  done: boolean,
  saved: boolean,
  stepSlugs: string[],
): Node[] {
  const summary = summarizeProgress(state, stepSlugs);
  const where = saved
    ? 'Saved in this browser.'
    : 'This browser is not saving progress, so it lasts until you leave the page.';
  if (!done) return [document.createTextNode(`Marked as not done. ${where}`)];
  if (summary.allDone) return [document.createTextNode(`Every step is done. ${where}`)];
  const template = element.querySelector<HTMLTemplateElement>('template[data-next-steps]');
  const next = template?.content
    .querySelector(`a[data-slug="${summary.nextOpenSlug ?? ''}"]`)
    ?.cloneNode(true);
  if (!next) return [document.createTextNode(`Marked as done. ${where}`)];
  return [
    document.createTextNode(`Marked as done. ${where} Next open step: `),
    next,
    document.createTextNode('.'),
  ];
}
