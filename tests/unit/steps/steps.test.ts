/**
 * The lists of guide steps, one per track (src/lib/steps: Entra ID and Okta), and what derives from
 * them: page files, numbers, the sidebar, Previous / Next, the numbered titles. Walks the lists
 * themselves, so a new step (or a new track) is checked without touching this file.
 */
import { describe, expect, it } from 'vitest';
import { sidebar } from '../../../astro.config.mjs';
import {
  entraTrack,
  findGuideStep,
  guideSidebar,
  guideStepSlugs,
  guideSteps,
  guideTracks,
  oktaTrack,
  stepHref,
  trackNeighbours,
  trackSidebar,
  tracksOfPage,
  trackSteps,
  type TrackId,
} from '~/lib/steps';
import {
  defineTrack,
  missingStepPages,
  resolveSteps,
  TRACK_LINK_ATTRIBUTE,
  type StepEntry,
  type Track,
} from '~/lib/steps/track';
import { stepWords } from '~/lib/steps';
import { frontmatter, pageFile, pageFiles, pageSource } from '../../support/guide-pages';

type ConfigItem = {
  label: string;
  link?: string;
  slug?: string;
  collapsed?: boolean;
  attrs?: Record<string, string>;
  items?: ConfigItem[];
};

/** The sidebar's links in order, as Starlight flattens them. */
function flatten(items: readonly ConfigItem[]): { href: string; label: string; group?: string }[] {
  return items.flatMap((item) =>
    item.items
      ? item.items.map((child) => ({ ...flatten([child])[0]!, group: item.label }))
      : [{ href: item.link ?? stepHref({ slug: item.slug ?? '' }), label: item.label }],
  );
}

const tracks = guideTracks.map((track) => [track.id as TrackId, track] as const);

describe('the step lists', () => {
  it('are the Entra ID list (the default, first) and the Okta list', () => {
    expect(guideTracks.map((track) => track.id)).toEqual(['entra', 'okta']);
    expect(guideStepSlugs).toEqual(entraTrack.steps.map((step) => step.slug));
    expect(trackSteps.okta.map((step) => step.slug)).toEqual(oktaTrack.steps.map((s) => s.slug));
    expect(guideTracks.map((track) => track.label)).toEqual(['Entra ID', 'Okta']);
  });

  it('share only the closing stage, After setup, and keep every Okta page in okta/', () => {
    const entra = new Set<string>(entraTrack.steps.map((step) => step.slug));
    const shared = oktaTrack.steps.filter((step) => entra.has(step.slug));
    expect(shared.map((step) => step.slug)).toEqual(['after-setup']);
    expect(shared.every((step) => step.number === undefined)).toBe(true);
    for (const step of oktaTrack.steps)
      if (step.number !== undefined) expect(step.slug).toMatch(/^okta\//);
    expect(tracksOfPage('after-setup')).toEqual(['entra', 'okta']);
    expect(tracksOfPage('okta/connect')).toEqual(['okta']);
    expect(tracksOfPage('connect')).toEqual(['entra']);
    expect(tracksOfPage('support')).toEqual([]);
  });

  describe.each(tracks)('track "%s"', (id) => {
    const steps = trackSteps[id];

    it.each(steps.map((step) => [step.slug, step] as const))(
      '%s has a page whose frontmatter title is the list title, without a number',
      (slug, step) => {
        const file = pageFile(slug);
        expect(file, `src/content/docs/${slug}.mdx is missing`).toBeDefined();
        const data = frontmatter(pageSource(file ?? ''));
        expect(data['title']).toBe(step.title);
        expect(step.title).not.toMatch(/^\d/);
        // Previous / Next are the track's (TrackPagination): a page must not hand-write its own.
        expect(data).not.toHaveProperty('prev');
        expect(data).not.toHaveProperty('next');
        expect(pageSource(file ?? '')).not.toMatch(/^Next: /m);
      },
    );

    it.each(steps.map((step) => [step.slug, step] as const))(
      '%s has its place, its number, its label and its texts',
      (_slug, step) => {
        const index = steps.indexOf(step);
        expect(step.position).toBe(index + 1);
        const numberedBefore = steps.slice(0, index).filter((s) => s.number !== undefined);
        if (step.numbered === false) {
          expect(step.number).toBeUndefined();
          expect(step.label).toBe(step.title);
        } else {
          expect(step.number).toBe(numberedBefore.length + 1);
          expect(step.label).toBe(`${step.number}. ${step.title}`);
        }
        expect(step.summary.trim()).not.toBe('');
        expect(step.tasks.length).toBeGreaterThan(0);
        for (const text of [step.summary, ...step.tasks])
          expect(text).not.toMatch(/undefined|\$\{/);
      },
    );

    it('numbers the set-up steps 1, 2, 3 … and leaves the closing stage unnumbered', () => {
      const numbers = steps.flatMap((step) => (step.number === undefined ? [] : [step.number]));
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
      expect(numbers.length).toBeGreaterThan(0);
    });
  });
});

describe('the sidebar', () => {
  const links = flatten(sidebar);

  it.each(tracks)('lists every step of "%s", in its order, with its label', (id) => {
    const steps = trackSteps[id];
    const stepLinks = links.filter((link) => steps.some((step) => stepHref(step) === link.href));
    expect(stepLinks.map((link) => link.href)).toEqual(steps.map(stepHref));
    expect(stepLinks.map((link) => link.label)).toEqual(steps.map((step) => step.label));
  });

  it('starts with the Overview, then one open group per track, then the shared pages', () => {
    expect(links[0]).toEqual({ href: '/', label: 'Overview' });
    const items = sidebar as ConfigItem[];
    expect(items.slice(1, 3).map((item) => item.label)).toEqual(
      guideTracks.map((track) => track.groupLabel),
    );
    expect(items.some((item) => item.collapsed)).toBe(false);
    expect(items[3]?.slug).toBe('after-setup');
    expect(links.filter((link) => link.href === '/after-setup/')).toHaveLength(1);
  });

  it.each(tracks)(
    'groups the numbered steps of "%s" under its label, each link marked with the track',
    (id, track) => {
      const group = (sidebar as ConfigItem[]).find((item) => item.label === track.groupLabel);
      const numbered = trackSteps[id].filter((step) => step.number !== undefined);
      expect(group?.items?.map((item) => item.slug)).toEqual(numbered.map((step) => step.slug));
      for (const item of group?.items ?? [])
        expect(item.attrs).toEqual({ [TRACK_LINK_ATTRIBUTE]: id });
    },
  );

  it('is built from the lists by guideSidebar, which uses slugs so Starlight checks the pages', () => {
    const fromLists = guideSidebar([entraTrack, oktaTrack]);
    for (const item of fromLists)
      expect(sidebar).toContainEqual(JSON.parse(JSON.stringify(item)) as unknown);
    expect(JSON.stringify(fromLists)).toContain('"slug":"okta/connect"');
    // One track alone: no marks (the shape every page had before Okta).
    expect(JSON.stringify(trackSidebar(entraTrack))).not.toContain(TRACK_LINK_ATTRIBUTE);
  });
});

describe('Previous / Next walk the reader’s track', () => {
  const overview = { href: '/', label: 'Overview' };

  it.each(tracks)('from the Overview through every step of "%s"', (id, track) => {
    const steps = trackSteps[id];
    expect(trackNeighbours(track, '', overview)).toEqual({
      prev: undefined,
      next: { href: stepHref(steps[0]!), label: steps[0]!.label },
    });
    steps.forEach((step, index) => {
      const walk = trackNeighbours(track, step.slug, overview);
      const before = steps[index - 1];
      const after = steps[index + 1];
      expect(walk?.prev).toEqual(
        before ? { href: stepHref(before), label: before.label } : overview,
      );
      expect(walk?.next).toEqual(after ? { href: stepHref(after), label: after.label } : undefined);
    });
  });

  it('never crosses into the other track, and knows nothing of other pages', () => {
    const lastEntra = guideSteps.filter((step) => step.number !== undefined).at(-1)!;
    expect(trackNeighbours(entraTrack, lastEntra.slug, overview)?.next?.href).toBe('/after-setup/');
    expect(trackNeighbours(oktaTrack, 'okta/prepare', overview)?.prev).toEqual(overview);
    expect(trackNeighbours(oktaTrack, 'connect', overview)).toBeUndefined();
    expect(trackNeighbours(entraTrack, 'support', overview)).toBeUndefined();
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
    label: entraTrack.label,
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
    ['a slug two folders deep', [step('okta/x/prepare')], /kebab-case/],
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
    expect(() => defineTrack({ id: 'test', label: 'Test', groupLabel: 'Steps', steps })).toThrow(
      message,
    );
  });

  it('accepts a page in a folder and refuses a track without a label', () => {
    expect(
      defineTrack({ id: 'okta', label: 'Okta', groupLabel: 'G', steps: [step('okta/connect')] })
        .steps[0]?.slug,
    ).toBe('okta/connect');
    expect(() => defineTrack({ id: 'x', label: ' ', groupLabel: 'G', steps: [step('a')] })).toThrow(
      /no label/,
    );
  });

  it.each([
    ['a step without tasks', { tasks: [] }, /checklist task/],
    ['a step whose tasks come out empty', { tasks: () => [''] }, /checklist task/],
    ['a step without a summary', { summary: () => '' }, /no summary/],
  ])('resolveSteps rejects %s', (_label, extra, message) => {
    const track: Track = defineTrack({
      id: 'test',
      label: 'Test',
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
    expect(findGuideStep('okta/connect')?.label).toBe('2. Connect');
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
  const numberedLink = /\[(\d+\.\s[^\]]*)\]\(\/([a-z0-9-]+(?:\/[a-z0-9-]+)?)\/[^)]*\)/g;
  it.each(pageFiles())('%s names each step with its current number', (file) => {
    for (const [, text, slug] of pageSource(file).matchAll(numberedLink)) {
      const step = findGuideStep(slug ?? '');
      expect(step, `${file}: ${text} links to /${slug}/, which is not a step`).toBeDefined();
      expect(text, `${file}: a link to /${slug}/`).toBe(step?.label);
    }
  });
});
