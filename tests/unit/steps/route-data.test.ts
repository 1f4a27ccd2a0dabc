/**
 * The route middleware that numbers step pages' titles (src/route-data.ts), on a route object
 * shaped like Starlight's.
 */
import type { APIContext } from 'astro';
import { describe, expect, it } from 'vitest';
import { guideSteps } from '~/lib/steps';
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

  it('leaves other pages alone', async () => {
    const route = await run(routeFor('support', 'Support quick reference'));
    expect(route).toEqual(routeFor('support', 'Support quick reference'));
  });

  it('fails the build, naming the page, when its title is not the list’s', async () => {
    const step = guideSteps[0]!;
    await expect(run(routeFor(step.slug, `1. ${step.title}`))).rejects.toThrow(
      `src/content/docs/${step.slug}.mdx: the frontmatter title "1. ${step.title}" is not the step list's "${step.title}"`,
    );
  });
});
