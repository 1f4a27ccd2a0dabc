/**
 * Saving "Mark this step as done" and saying what changed: loaded by ./step-done.ts on the first
 * change, not with the page.
 */
import { setStepDone, summarizeProgress } from '../../lib/progress/state';
import { readProgress, writeProgress } from './progress-store';

/** Saves the step's new state; returns the status line: what changed, and the next open step. */
export function saveStepDone(
  element: HTMLElement,
  slug: string,
  done: boolean,
  stepSlugs: string[],
  /** The track's progress key (progressKeyOf). */
  key: string,
): Node[] {
  const state = setStepDone(readProgress(stepSlugs, key), slug, done, stepSlugs);
  const saved = writeProgress(state, key);
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
