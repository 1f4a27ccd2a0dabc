/**
 * "Mark this step as done" (see StepDone.astro, which renders the control disabled): part of the
 * one site-wide script, ./site-script.ts.
 */
import { isStepDone, setStepDone } from '../../lib/progress/state';
import {
  onProgressChange,
  progressKeyOf,
  readProgress,
  stepSlugsOf,
  writeProgress,
} from './progress-store';

class StepDone extends HTMLElement {
  connectedCallback(): void {
    const slug = this.dataset['slug'] ?? '';
    const stepSlugs = stepSlugsOf(this);
    // Each track keeps its own progress (data-progress-key).
    const key = progressKeyOf(this);
    const checkbox = this.querySelector<HTMLInputElement>('input[type="checkbox"]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!checkbox || !status) return;

    const render = (): void => {
      checkbox.checked = isStepDone(readProgress(stepSlugs, key), slug);
    };
    render();
    checkbox.disabled = false;
    onProgressChange(render, key);

    // Saved at once (a reload right after the click keeps it); the line that says what changed
    // loads on the first change: most visits only read the checkbox.
    checkbox.addEventListener('change', () => {
      const done = checkbox.checked;
      const state = setStepDone(readProgress(stepSlugs, key), slug, done, stepSlugs);
      const saved = writeProgress(state, key);
      void import('./step-done-save').then(
        ({ stepDoneStatus }) =>
          status.replaceChildren(...stepDoneStatus(this, state, done, saved, stepSlugs)),
        () => (status.textContent = saved ? 'Saved in this browser.' : 'Not saved.'),
      );
    });
  }
}
/** Defines `<aiq-step-done>`: on a step page, its checkbox comes alive. */
export function defineStepDone(): void {
  if (!customElements.get('aiq-step-done')) customElements.define('aiq-step-done', StepDone);
}
