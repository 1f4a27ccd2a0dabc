/**
 * The closing stage every track shares: After setup (src/content/docs/after-setup.mdx), the final
 * notes of ApartmentIQ's articles. One page, one summary; each track adds its own leaver task.
 *
 * Loaded by astro.config.mjs with Node itself, like the track lists: import nothing but types.
 */
import type { StepEntry, StepWords } from './track.ts';

export function afterSetup(leaverTasks: (words: StepWords) => readonly string[]): StepEntry & {
  readonly slug: 'after-setup';
} {
  return {
    slug: 'after-setup',
    title: 'After setup',
    numbered: false,
    summary: ({ csm, premiumTools, product }) =>
      `Market surveys and roles are set in ${product} by hand; premium seats (${premiumTools}) come from your ${csm} or Support.`,
    tasks: (words) => [
      `In ${words.product}'s ${words.section} section, assign market surveys to new users`,
      `In ${words.section}, select each user's role`,
      `Ask your ${words.csm} or Support for premium tool seats`,
      ...leaverTasks(words),
    ],
  };
}
