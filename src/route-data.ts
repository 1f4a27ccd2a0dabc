/**
 * Starlight route middleware (astro.config.mjs → starlight.routeMiddleware): a step page's title
 * gets its number from the step list, so pages never number themselves. The frontmatter says
 * `title: Connect`; the page, its <title> and og:title say "3. Connect", like the sidebar and the
 * Previous / Next links (labels from the same list).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { findGuideStep } from './lib/steps';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const step = findGuideStep(route.id);
  if (!step) return;

  const { data } = route.entry;
  if (data.title !== step.title)
    throw new Error(
      `${route.entry.filePath}: the frontmatter title "${data.title}" is not the step list's ` +
        `"${step.title}" (src/lib/steps/entra.ts). Write the title without its number, the same ` +
        'in both places; the number comes from the list.',
    );
  const numbered = step.label;
  if (numbered === data.title) return;

  // Starlight built the head from the frontmatter before this runs: number <title> and og:title too.
  route.head = route.head.map((entry) => {
    if (entry.tag === 'title' && entry.content?.startsWith(data.title))
      return { ...entry, content: numbered + entry.content.slice(data.title.length) };
    if (entry.tag === 'meta' && entry.attrs?.['property'] === 'og:title')
      return { ...entry, attrs: { ...entry.attrs, content: numbered } };
    return entry;
  });
  data.title = numbered;
});
