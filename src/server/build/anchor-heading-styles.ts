/**
 * A Vite plugin that keeps Starlight's heading-anchor styles in the one stylesheet every page
 * shares (issue 14). Starlight includes `style/anchor-links.css` on every page when Markdown
 * heading links are on (its default, kept here). Its `<AnchorHeading>` component imports the same
 * file again, for sites that turn heading links off. The Troubleshooting catalogue renders its
 * headings with `<AnchorHeading>`, and that second importer made the bundler split the file out of
 * the shared stylesheet: every page then carried it as an inline `<style>` of its own (212 bytes
 * gzip more than inside the shared file), and Troubleshooting carried it twice.
 * This plugin answers AnchorHeading's own import of the file with an empty module. Only that
 * import: the global one stays, so the styles are on every page exactly once
 * (tests/integration/page-budgets.test.ts checks it in the built site).
 * Imported by astro.config.mjs, so relative imports only (no `~` alias).
 */
import type { Plugin } from 'vite';

const EMPTY_MODULE = '\0aiq:anchor-links-already-global';
export const ANCHOR_LINKS_IMPORT = '../style/anchor-links.css';

/** True for AnchorHeading's import of the heading-anchor styles, and nothing else. */
export function isAnchorHeadingStylesImport(source: string, importer: string | undefined): boolean {
  if (source !== ANCHOR_LINKS_IMPORT || importer === undefined) return false;
  const file = importer.split('?')[0]?.replaceAll('\\', '/') ?? '';
  return file.endsWith('/@astrojs/starlight/dist/components/AnchorHeading.astro');
}

export function anchorHeadingStylesOnce(): Plugin {
  return {
    name: 'aiq:anchor-heading-styles-once',
    enforce: 'pre',
    resolveId(source, importer) {
      return isAnchorHeadingStylesImport(source, importer) ? EMPTY_MODULE : null;
    },
    load(id) {
      return id === EMPTY_MODULE ? '' : null;
    },
  };
}
