/**
 * The one list of guide steps (src/lib/steps) and what derives from it: page files, numbers, the
 * sidebar (and so Starlight's Previous / Next), the numbered titles. Walks the list itself, so a
 * new step is checked without touching this file.
 */
import { describe, expect, it } from 'vitest';
import { sidebar } from '../../../astro.config.mjs';
import {
  entraTrack,
  findGuideStep,
  guideStepSlugs,
  guideSteps,
  stepHref,
  trackSidebar,
} from '~/lib/steps';
import {
  defineTrack,
  missingStepPages,
  resolveSteps,
  type StepEntry,
  type Track,
} from '~/lib/steps/track';
import { stepWords } from '~/lib/steps';
import { frontmatter, pageFile, pageFiles, pageSource } from '../../support/guide-pages';

type ConfigItem = { label: string; link?: string; slug?: string; items?: ConfigItem[] };

/** The sidebar's links in order, as Starlight flattens them for Previous / Next. */
function flatten(items: readonly ConfigItem[]): { href: string; label: string; group?: string }[] {
  return items.flatMap((item) =>
    item.items
      ? item.items.map((child) => ({ ...flatten([child])[0]!, group: item.label }))
      : [{ href: item.link ?? stepHref({ slug: item.slug ?? '' }), label: item.label }],
  );
}

describe('the step list', () => {
  it('is the Entra list, in its order', () => {
    expect(guideStepSlugs).toEqual(entraTrack.steps.map((step) => step.slug));
    expect(guideSteps.length).toBeGreaterThan(0);
  });

  describe.each(guideSteps.map((step) => [step.slug, step] as const))('step "%s"', (slug, step) => {
    it('has a page whose frontmatter title is the list title, without a number', () => {
      const file = pageFile(slug);
      expect(file, `src/content/docs/${slug}.mdx is missing`).toBeDefined();
      const data = frontmatter(pageSource(file ?? ''));
      expect(data['title']).toBe(step.title);
      expect(step.title).not.toMatch(/^\d/);
      // Previous / Next come from the sidebar: a page must not hand-write its own.
      expect(data).not.toHaveProperty('prev');
      expect(data).not.toHaveProperty('next');
      expect(pageSource(file ?? '')).not.toMatch(/^Next: /m);
    });

    it('has its place, its number and its label', () => {
      const index = guideSteps.indexOf(step);
      expect(step.position).toBe(index + 1);
      const numberedBefore = guideSteps.slice(0, index).filter((s) => s.number !== undefined);
      if (step.numbered === false) {
        expect(step.number).toBeUndefined();
        expect(step.label).toBe(step.title);
      } else {
        expect(step.number).toBe(numberedBefore.length + 1);
        expect(step.label).toBe(`${step.number}. ${step.title}`);
      }
    });

    it('has a summary and checklist tasks in the product’s words', () => {
      expect(step.summary.trim()).not.toBe('');
      expect(step.tasks.length).toBeGreaterThan(0);
      for (const text of [step.summary, ...step.tasks]) expect(text).not.toMatch(/undefined|\$\{/);
    });
  });

  it('numbers the set-up steps 1, 2, 3 … and leaves the closing stage unnumbered', () => {
    const numbers = guideSteps.flatMap((step) => (step.number === undefined ? [] : [step.number]));
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(numbers.length).toBeGreaterThan(0);
  });
});

describe('the sidebar (and so Previous / Next)', () => {
  const links = flatten(sidebar);

  it('lists every step, in the list’s order, with its label, right after the Overview', () => {
    const stepLinks = links.filter((link) =>
      guideSteps.some((step) => stepHref(step) === link.href),
    );
    expect(stepLinks.map((link) => link.href)).toEqual(guideSteps.map(stepHref));
    expect(stepLinks.map((link) => link.label)).toEqual(guideSteps.map((step) => step.label));
    expect(links[0]).toEqual({ href: '/', label: 'Overview' });
    // Consecutive: Next from one step leads to the next step, and from the Overview to the first.
    const first = links.findIndex((link) => link.href === stepHref(guideSteps[0]!));
    expect(first).toBe(1);
    expect(links.slice(first, first + guideSteps.length).map((link) => link.href)).toEqual(
      guideSteps.map(stepHref),
    );
  });

  it('groups the numbered steps under the track’s label and keeps the closing stage outside', () => {
    for (const link of links) {
      const step = guideSteps.find((candidate) => stepHref(candidate) === link.href);
      if (!step) continue;
      expect(link.group).toBe(step.number === undefined ? undefined : entraTrack.groupLabel);
    }
  });

  it('is built from the list by trackSidebar, which uses slugs so Starlight checks the pages', () => {
    const fromList = trackSidebar(entraTrack);
    for (const item of fromList)
      expect(sidebar).toContainEqual(JSON.parse(JSON.stringify(item)) as unknown);
    expect(JSON.stringify(fromList)).toContain('"slug":"prepare"');
  });
});

describe('adding a step is one list entry and one page', () => {
  const entries: StepEntry[] = [...entraTrack.steps];
  const newStep: StepEntry = {
    slug: 'test-only-added-step',
    title: 'Test-only added step',
    summary: ({ product }) => `Check the first users in ${product}.`,
    tasks: ['Open the first provisioned user'],
  };
  const closingAt = entries.findIndex((entry) => entry.numbered === false);
  const insertAt = closingAt === -1 ? entries.length : closingAt;
  const track = defineTrack({
    id: 'entra',
    groupLabel: entraTrack.groupLabel,
    steps: [...entries.slice(0, insertAt), newStep, ...entries.slice(insertAt)],
  });
  const added = track.steps.find((step) => step.slug === newStep.slug);

  it('numbers it, and the numbers after it follow', () => {
    expect(added?.number).toBe(insertAt + 1);
    expect(added?.label).toBe(`${insertAt + 1}. Test-only added step`);
    expect(track.steps.map((step) => step.position)).toEqual(track.steps.map((_, i) => i + 1));
  });

  it('puts it in the sidebar in its place', () => {
    const items = flatten(trackSidebar(track));
    expect(items.map((item) => item.href)).toEqual(track.steps.map(stepHref));
    expect(items[insertAt]).toEqual({
      href: '/test-only-added-step/',
      label: added?.label,
      group: entraTrack.groupLabel,
    });
  });

  it('resolves its texts for the Overview card and the checklist', () => {
    const resolved = resolveSteps(track, stepWords).find(
      (step) => step.slug === 'test-only-added-step',
    );
    expect(resolved?.summary).toBe(`Check the first users in ${stepWords.product}.`);
    expect(resolved?.tasks).toEqual(['Open the first provisioned user']);
  });

  it('fails the config, naming the step, until its page exists', () => {
    const missing = missingStepPages(track, (slug) => pageFile(slug) !== undefined);
    expect(missing).toEqual([
      `Guide step ${insertAt + 1} "${added?.label}" (track "entra") has no page: add src/content/docs/test-only-added-step.mdx, or remove the step from the list.`,
    ]);
    expect(missingStepPages(track, () => true)).toEqual([]);
    expect(missingStepPages(entraTrack, (slug) => pageFile(slug) !== undefined)).toEqual([]);
  });
});

describe('defineTrack refuses a broken list, naming the step', () => {
  const step = (slug: string, extra: Partial<StepEntry> = {}): StepEntry => ({
    slug,
    title: slug.toUpperCase(),
    summary: 's',
    tasks: ['x'],
    ...extra,
  });
  it.each([
    ['a duplicate slug', [step('a'), step('a')], /step 2 \("a"\): every step slug must be unique/],
    ['a slug with a slash', [step('/prepare/')], /kebab-case/],
    ['a slug in capitals', [step('Prepare')], /kebab-case/],
    ['no steps', [], /no steps/],
    ['a title with its number', [step('a', { title: '1. A' })], /without its number/],
    ['an empty title', [step('a', { title: ' ' })], /title is empty/],
    [
      'a numbered step after the closing one',
      [step('a', { numbered: false }), step('b')],
      /step 2 \("b"\): numbered steps must come before/,
    ],
  ])('rejects %s', (_label, steps, message) => {
    expect(() => defineTrack({ id: 'test', groupLabel: 'Steps', steps })).toThrow(message);
  });

  it.each([
    ['a step without tasks', { tasks: [] }, /checklist task/],
    ['a step whose tasks come out empty', { tasks: () => [''] }, /checklist task/],
    ['a step without a summary', { summary: () => '' }, /no summary/],
  ])('resolveSteps rejects %s', (_label, extra, message) => {
    const track: Track = defineTrack({
      id: 'test',
      groupLabel: 'Steps',
      steps: [step('a', extra)],
    });
    expect(() => resolveSteps(track, stepWords)).toThrow(message);
  });
});

describe('looking steps up', () => {
  it('finds a step by its page id, and nothing for the Overview or other pages', () => {
    const step = guideSteps[guideSteps.length - 1]!;
    expect(findGuideStep(step.slug)).toBe(step);
    expect(findGuideStep('')).toBeUndefined();
    expect(findGuideStep('index')).toBeUndefined();
    expect(findGuideStep('support')).toBeUndefined();
  });

  it('links to the page with the trailing slash', () => {
    expect(stepHref({ slug: 'create-app' })).toBe('/create-app/');
  });
});

describe('links to steps written in page text', () => {
  // A link like [3. Connect](/connect/) repeats a number by hand: it must still be the list's.
  const numberedLink = /\[(\d+\.\s[^\]]*)\]\(\/([a-z0-9-]+)\/[^)]*\)/g;
  it.each(pageFiles())('%s names each step with its current number', (file) => {
    for (const [, text, slug] of pageSource(file).matchAll(numberedLink)) {
      const step = findGuideStep(slug ?? '');
      expect(step, `${file}: ${text} links to /${slug}/, which is not a step`).toBeDefined();
      expect(text, `${file}: a link to /${slug}/`).toBe(step?.label);
    }
  });
});
