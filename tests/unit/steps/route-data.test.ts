/**
 * The route middleware (src/route-data.ts), on a route object shaped like Starlight's: it numbers
 * step pages' titles and puts the reader's-track script in every page's head.
 */
import type { APIContext } from 'astro';
import { describe, expect, it } from 'vitest';
import { guideSteps, oktaSteps } from '~/lib/steps';
import { trackChoiceScript } from '~/lib/steps/track-choice';
import { onRequest } from '~/route-data';

function routeFor(id: string, title: string) {
  return {
    id,
    entry: { filePath: `src/content/docs/${id}.mdx`, data: { title } },
    head: [
      { tag: 'title', content: `${title} | ApartmentIQ SCIM setup` },
      { tag: 'meta', attrs: { property: 'og:title', content: title } },
      { tag: 'meta', attrs: { name: 'description', content: title } },
    ],
  };
}

async function run(route: ReturnType<typeof routeFor>) {
  const context = { locals: { starlightRoute: route } } as unknown as APIContext;
  await onRequest(context, async () => {});
  return context.locals.starlightRoute as unknown as ReturnType<typeof routeFor>;
}

/** The head without the track script the middleware adds to every page (checked on its own below). */
function withoutTrackScript(route: ReturnType<typeof routeFor>) {
  return { ...route, head: route.head.filter((entry) => entry.tag !== 'script') };
}

describe('numbered step titles', () => {
  it.each(guideSteps.map((step) => [step.slug, step] as const))(
    '%s: the heading, <title> and og:title carry the list’s label',
    async (slug, step) => {
      const route = await run(routeFor(slug, step.title));
      expect(route.entry.data.title).toBe(step.label);
      expect(route.head[0]).toEqual({
        tag: 'title',
        content: `${step.label} | ApartmentIQ SCIM setup`,
      });
      expect(route.head[1]?.attrs).toEqual({ property: 'og:title', content: step.label });
      expect(route.head[2]?.attrs).toEqual({ name: 'description', content: step.title });
    },
  );

  it.each(
    oktaSteps.filter((step) => step.number !== undefined).map((step) => [step.slug, step] as const),
  )('%s: numbered from the Okta list, and its <title> says it is Okta’s', async (slug, step) => {
    const route = await run(routeFor(slug, step.title));
    expect(route.entry.data.title).toBe(step.label);
    expect(route.head[0]?.content).toBe(`${step.label} (Okta) | ApartmentIQ SCIM setup`);
    expect(route.head[1]?.attrs).toEqual({ property: 'og:title', content: `${step.label} (Okta)` });
  });

  it('leaves other pages alone', async () => {
    const route = await run(routeFor('support', 'Support quick reference'));
    expect(withoutTrackScript(route)).toEqual(routeFor('support', 'Support quick reference'));
  });

  it('fails the build, naming the page, when its title is not the list’s', async () => {
    const step = guideSteps[0]!;
    await expect(run(routeFor(step.slug, `1. ${step.title}`))).rejects.toThrow(
      `src/content/docs/${step.slug}.mdx: the frontmatter title "1. ${step.title}" is not the step list's "${step.title}"`,
    );
  });
});

describe('the reader’s-track script in every head', () => {
  const scriptOf = async (id: string, title: string) =>
    (await run(routeFor(id, title))).head.filter((entry) => entry.tag === 'script');

  it('makes a page of one track choose it, and leaves shared pages to the stored choice', async () => {
    expect(await scriptOf('okta/connect', 'Connect')).toEqual([
      { tag: 'script', attrs: {}, content: trackChoiceScript('okta') },
    ]);
    expect(await scriptOf('connect', 'Connect')).toEqual([
      { tag: 'script', attrs: {}, content: trackChoiceScript('entra') },
    ]);
    for (const [id, title] of [
      ['after-setup', 'After setup'],
      ['support', 'Support quick reference'],
      ['', 'Overview'],
    ] as const)
      expect(await scriptOf(id, title)).toEqual([
        { tag: 'script', attrs: {}, content: trackChoiceScript(undefined) },
      ]);
  });
});
