/**
 * The search dialog's styles as a stylesheet of their own (src/server/build/search-dialog-styles.ts),
 * read from Starlight's Search.astro, and this site's copy of that component
 * (src/components/SearchOnDemand.astro), which loads them with Pagefind's UI on demand. The built
 * pages are checked in tests/integration/page-budgets.test.ts, the browser in tests/e2e/site.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PAGEFIND_UI_STYLES,
  searchDialogStylesIn,
  starlightSearchComponent,
} from '~/server/build/search-dialog-styles';

const root = join(import.meta.dirname, '../../..');
const IMPORT = `@import url('${PAGEFIND_UI_STYLES}') layer(starlight.core);`;

describe('searchDialogStylesIn', () => {
  it('returns the text of the one global style block', () => {
    const source = `---\n---\n<div />\n<style>\n  button { color: red; }\n</style>\n<style is:global>\n  ${IMPORT}\n  #starlight__search { --x: 1; }\n</style>\n`;
    expect(searchDialogStylesIn(source)).toBe(`\n  ${IMPORT}\n  #starlight__search { --x: 1; }\n`);
  });

  it.each<[string, string, RegExp]>([
    ['no global block', '<style>a{}</style>', /has no <style is:global> block/],
    [
      'two global blocks',
      `<style is:global>${IMPORT}</style><style is:global>b{}</style>`,
      /has more than one <style is:global> block/,
    ],
    ['a global block without Pagefind', '<style is:global>a{}</style>', /no longer import/],
    ['an unclosed block', `<style is:global>${IMPORT}`, /no longer import/],
  ])('stops the build on %s, naming what changed', (_, source, message) => {
    expect(() => searchDialogStylesIn(source)).toThrow(message);
  });

  it('reads the installed Starlight’s search styles', () => {
    const styles = searchDialogStylesIn(readFileSync(starlightSearchComponent(), 'utf8'));
    expect(styles).toContain(IMPORT);
    expect(styles).toContain('#starlight__search .pagefind-ui__search-input');
  });
});

describe('this site’s copy of Starlight’s search', () => {
  const copy = readFileSync(join(root, 'src/components/SearchOnDemand.astro'), 'utf8');

  it('is compared again whenever Starlight’s Search.astro changes', () => {
    // On a Starlight upgrade that changes its search, compare the new Search.astro with
    // src/components/SearchOnDemand.astro (markup, scoped styles, script), carry the changes
    // over, then record the new file's hash here.
    const hash = createHash('sha256')
      .update(readFileSync(starlightSearchComponent()))
      .digest('hex');
    expect(hash, 'Starlight’s Search.astro changed: compare SearchOnDemand.astro with it').toBe(
      '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062',
    );
  });

  it('replaces Starlight’s and keeps none of the dialog’s styles in the page', () => {
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("Search: './src/components/SearchOnDemand.astro'");
    expect(config).toContain('searchDialogStyles()');
    expect(copy).not.toContain('<style is:global>');
    expect(copy).not.toContain(PAGEFIND_UI_STYLES);
    expect(copy).toContain("from 'virtual:aiq/search-dialog.css?url'");
  });

  it('loads Pagefind’s UI only when asked, never once the browser is idle', () => {
    expect(copy).not.toMatch(/requestIdleCallback|DOMContentLoaded/);
    expect(copy.match(/import\('@pagefind\/default-ui'\)/g)).toHaveLength(1);
  });
});
