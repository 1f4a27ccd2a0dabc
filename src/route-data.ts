/**
 * Starlight route middleware (astro.config.mjs → starlight.routeMiddleware), for every page:
 *
 * - A step page's title gets its number from its track's list, so pages never number themselves.
 *   The frontmatter says `title: Connect`; the page, its <title> and og:title say "3. Connect",
 *   like the sidebar and the Previous / Next links (labels from the same list).
 * - The <head> gets the tiny inline script that applies the reader's track (Entra ID or Okta) to
 *   <html> before the page is painted, and makes a page of one track's steps choose that track
 *   (src/lib/steps/track-choice.ts). The sidebar holds both tracks' groups and is the same on
 *   every page (Starlight builds it once per build); the stylesheet shows the reader's group.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { DEFAULT_TRACK, findGuideStep, tracksOfPage } from './lib/steps';
import { TRACK_LABELS, trackChoiceScript } from './lib/steps/track-choice';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const tracks = tracksOfPage(route.id);
  route.head = [
    ...route.head,
    {
      tag: 'script',
      attrs: {},
      content: trackChoiceScript(tracks.length === 1 ? tracks[0] : undefined),
    },
  ];

  const step = findGuideStep(route.id);
  if (!step) return;

  const { data } = route.entry;
  if (data.title !== step.title)
    throw new Error(
      `${route.entry.filePath}: the frontmatter title "${data.title}" is not the step list's ` +
        `"${step.title}" (src/lib/steps/${tracks[0] ?? 'entra'}.ts). Write the title without its ` +
        'number, the same in both places; the number comes from the list.',
    );
  const numbered = step.label;
  // Another track's pages say whose they are in the browser's tab and history: "1. Prepare (Okta)".
  const track = tracks.length === 1 ? tracks[0] : undefined;
  const named =
    track === undefined || track === DEFAULT_TRACK
      ? numbered
      : `${numbered} (${TRACK_LABELS[track]})`;
  if (named === data.title) return;

  // Starlight built the head from the frontmatter before this runs: number <title> and og:title too.
  route.head = route.head.map((entry) => {
    if (entry.tag === 'title' && entry.content?.startsWith(data.title))
      return { ...entry, content: named + entry.content.slice(data.title.length) };
    if (entry.tag === 'meta' && entry.attrs?.['property'] === 'og:title')
      return { ...entry, attrs: { ...entry.attrs, content: named } };
    return entry;
  });
  data.title = numbered;
});
