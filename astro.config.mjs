// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import node from '@astrojs/node';
import securityHeaders from './src/server/build/integration.ts';
import { anchorHeadingStylesOnce } from './src/server/build/anchor-heading-styles.ts';
import { searchDialogStyles } from './src/server/build/search-dialog-styles.ts';
import precompress from './src/server/build/precompress.ts';
import starlightLinksValidator from 'starlight-links-validator';
import { existsSync } from 'node:fs';
import { entraTrack } from './src/lib/steps/entra.ts';
import { oktaTrack } from './src/lib/steps/okta.ts';
import { guideSidebar, missingStepPages } from './src/lib/steps/track.ts';
import { rawApartmentIqConfig } from './src/config/apartmentiq.ts';
import { parseApartmentIqConfig } from './src/config/apartmentiq-schema.ts';

// The ApartmentIQ config is plain data (so the browser gets it without zod); its zod schema checks
// it here, before every build and dev server, with a message that names each bad field.
parseApartmentIqConfig(rawApartmentIqConfig);

// The guide's steps come from one list per track (src/lib/steps/entra.ts, okta.ts): a listed step
// without a page stops the dev server and the build here, with a message that names it.
const tracks = [entraTrack, oktaTrack];
const docs = new URL('./src/content/docs/', import.meta.url);
const missingPages = tracks.flatMap((track) =>
  missingStepPages(track, (slug) =>
    ['.mdx', '.md'].some((extension) => existsSync(new URL(slug + extension, docs))),
  ),
);
if (missingPages.length > 0) throw new Error(missingPages.join('\n'));

/**
 * The sidebar, the same on every page: each track's steps in its own group (the reader's track is
 * shown, the other hidden, from the choice on <html>: src/lib/steps/track-choice.ts), then the
 * shared pages. Previous / Next walk the reader's track (src/components/TrackPagination.astro).
 * Exported for the tests.
 */
export const sidebar = [
  { label: 'Overview', link: '/' },
  ...guideSidebar(tracks),
  { label: 'Troubleshooting', link: '/troubleshooting/' },
  { label: 'For CSMs', link: '/for-csms/' },
  { label: 'Support quick reference', link: '/support/' },
  { label: 'Printable checklist', link: '/checklist/' },
];

// Every page is prerendered; only routes that opt out (`export const prerender = false`,
// i.e. POST /api/probe) run on demand in the Node server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  adapter: node({ mode: 'standalone' }),
  // POST /api/probe (the only on-demand route) refuses cross-site requests itself, from Sec-Fetch-Site
  // and Origin, and answers JSON. Astro's own check would answer some of them first with plain text
  // (and refuse a body-less POST as "cross-site" instead of 415), so it is off.
  security: { checkOrigin: false },
  server: {
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? 'localhost',
  },
  vite: {
    // Starlight's heading-anchor styles once, in the shared stylesheet (src/server/build/anchor-heading-styles.ts);
    // the search dialog's styles as a file of their own (src/server/build/search-dialog-styles.ts).
    plugins: [anchorHeadingStylesOnce(), searchDialogStyles()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // React's runtime as one file (react, react-dom, scheduler, Astro's React renderer):
              // one request, and it compresses better together than in four pieces.
              codeSplitting: {
                groups: [
                  {
                    // The one site-wide script (src/components/workspace/site-script.ts) with what it
                    // imports, in one file every page loads; the widgets that share a helper with
                    // it (clipboard, progress, Vite's import() helper, which the search also uses:
                    // src/components/SearchOnDemand.astro) take it from there.
                    name: 'site',
                    test: /[\\/]src[\\/](?:components[\\/]workspace[\\/](?:site-script|section-links|step-done|clipboard|progress-store)\.ts|components[\\/]workspace[\\/]SiteScript\.astro\?astro&type=script|lib[\\/]progress[\\/])|vite[\\/]preload-helper/,
                  },
                  {
                    name: 'react',
                    test: /[\\/]node_modules[\\/](?:react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/,
                  },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      rollupOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler
        // reports as unpreserved; it is Astro's own marker and harmless, so keep the log clean.
        onwarn(warning, defaultHandler) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          defaultHandler(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'ApartmentIQ SCIM setup',
      description:
        'Connect Microsoft Entra ID or Okta to ApartmentIQ with SCIM: every step, with checks for your Tenant URL (SCIM connector base URL), token and connection.',
      // Fails the build on a broken internal link or anchor.
      plugins: [starlightLinksValidator()],
      customCss: [
        './src/styles/custom.css',
        './src/styles/workspace.css',
        './src/styles/print.css',
      ],
      components: {
        // Adds "Mark this step as done" to step pages and copy-on-click to heading anchors (src/components/workspace).
        MarkdownContent: './src/components/workspace/MarkdownContent.astro',
        // The footer's meta row shows the sources each page rests on and when they were checked.
        LastUpdated: './src/components/SourcesFooter.astro',
        // Previous / Next walk the reader's track, not the sidebar that holds both tracks.
        Pagination: './src/components/TrackPagination.astro',
        // Starlight's footer without the credit whose import put every Starlight component's CSS
        // on every page (src/components/Footer.astro).
        Footer: './src/components/Footer.astro',
        // Starlight's search, with Pagefind's UI and the dialog's styles loaded when the reader
        // heads for search instead of on every page (src/components/SearchOnDemand.astro).
        Search: './src/components/SearchOnDemand.astro',
      },
      // Numbers each step page's title from the step list, and applies the reader's track (src/route-data.ts).
      routeMiddleware: './src/route-data.ts',
      sidebar,
    }),
    react(),
    // Security headers: per-page CSP hashes after the build, and the server entry that sends them.
    securityHeaders(),
    // Brotli and gzip copies of every text file, which the server sends (src/server/precompressed.ts).
    // Last, so it compresses the search index and the files the integrations above wrote.
    precompress(),
  ],
});
