/**
 * The search dialog's styles as a stylesheet of their own (issue 14): `virtual:aiq/search-dialog.css`.
 * Starlight's `<Search>` puts Pagefind's result styles and its own rules for them (its one
 * `<style is:global>`: `@pagefind/default-ui/css/ui.css` and the `#starlight__search` rules,
 * about 3.7 KB gzip) into the stylesheet every page loads. This site's search
 * (src/components/SearchOnDemand.astro) imports this module with `?url` instead and adds it to the
 * page when the reader heads for search. Its text is Starlight's block, read from Starlight's
 * Search.astro at build time, so it is never a stale copy.
 * In the dev server the module's URL is empty: Starlight's search works only in a build.
 * Imported by astro.config.mjs, so relative imports only (no `~` alias).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const SEARCH_DIALOG_STYLES = 'virtual:aiq/search-dialog.css';
export const PAGEFIND_UI_STYLES = '@pagefind/default-ui/css/ui.css';
const GLOBAL_STYLE_OPEN = '<style is:global>';
const STYLE_CLOSE = '</style>';
const DEV_URL_MODULE = '\0aiq:search-dialog-url-in-dev';

/**
 * The text of Search.astro's one `<style is:global>` block. Throws, naming what changed, when a
 * Starlight upgrade no longer has exactly one such block importing Pagefind's styles: the build
 * then stops instead of shipping a search dialog without styles.
 */
export function searchDialogStylesIn(searchComponentSource: string): string {
  const start = searchComponentSource.indexOf(GLOBAL_STYLE_OPEN);
  const again = start === -1 ? -1 : searchComponentSource.indexOf(GLOBAL_STYLE_OPEN, start + 1);
  if (start === -1 || again !== -1) {
    throw new Error(
      `search-dialog-styles: Starlight's Search.astro has ${start === -1 ? 'no' : 'more than one'} <style is:global> block; update src/server/build/search-dialog-styles.ts for this Starlight.`,
    );
  }
  const bodyStart = start + GLOBAL_STYLE_OPEN.length;
  const end = searchComponentSource.indexOf(STYLE_CLOSE, bodyStart);
  const body = end === -1 ? '' : searchComponentSource.slice(bodyStart, end);
  if (!body.includes(PAGEFIND_UI_STYLES)) {
    throw new Error(
      `search-dialog-styles: Starlight's Search.astro global styles no longer import ${PAGEFIND_UI_STYLES}; update src/server/build/search-dialog-styles.ts for this Starlight.`,
    );
  }
  return body;
}

/** Starlight's Search.astro, which the dialog's styles are read from. */
export function starlightSearchComponent(): string {
  return createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro');
}

export function searchDialogStyles(): Plugin {
  const searchComponent = starlightSearchComponent();
  // Beside Search.astro, so the block's `@import` of Pagefind's styles resolves as it does there.
  const moduleFile = join(dirname(searchComponent), 'search-dialog.aiq.css');
  const dialogStyles = searchDialogStylesIn(readFileSync(searchComponent, 'utf8'));
  let serving = false;
  return {
    name: 'aiq:search-dialog-styles',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(source) {
      const [specifier, query] = source.split('?');
      // Vite asks again for the file by its path (`?transform-only`); it is not on disk.
      if (specifier === moduleFile) return source;
      if (specifier !== SEARCH_DIALOG_STYLES) return null;
      if (serving && query === 'url') return DEV_URL_MODULE;
      return query === undefined ? moduleFile : `${moduleFile}?${query}`;
    },
    load(id) {
      if (id === DEV_URL_MODULE) return 'export default "";';
      const [file, query = ''] = id.split('?');
      if (file !== moduleFile || new URLSearchParams(query).has('url')) return null;
      return dialogStyles;
    },
  };
}
