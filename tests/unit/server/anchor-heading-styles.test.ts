/**
 * The build plugin that keeps Starlight's heading-anchor styles in the shared stylesheet answers
 * only AnchorHeading's own import of them (src/server/build/anchor-heading-styles.ts); the built
 * pages are checked in tests/integration/page-budgets.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_LINKS_IMPORT,
  isAnchorHeadingStylesImport,
} from '~/server/build/anchor-heading-styles';

const starlight = join(import.meta.dirname, '../../../node_modules/@astrojs/starlight/dist');

describe('isAnchorHeadingStylesImport', () => {
  it.each<[string, string | undefined, boolean]>([
    [ANCHOR_LINKS_IMPORT, `${starlight}/components/AnchorHeading.astro`, true],
    [ANCHOR_LINKS_IMPORT, `${starlight}/components/AnchorHeading.astro?astro&type=script`, true],
    [
      ANCHOR_LINKS_IMPORT,
      'C:\\x\\node_modules\\@astrojs\\starlight\\dist\\components\\AnchorHeading.astro',
      true,
    ],
    // Starlight's global import (the one that must stay) comes from its virtual module.
    [ANCHOR_LINKS_IMPORT, 'virtual:starlight/optional-css', false],
    [ANCHOR_LINKS_IMPORT, `${starlight}/components/Page.astro`, false],
    [ANCHOR_LINKS_IMPORT, '/work/src/components/AnchorHeading.astro', false],
    ['../style/markdown.css', `${starlight}/components/AnchorHeading.astro`, false],
    [ANCHOR_LINKS_IMPORT, undefined, false],
  ])('%s from %s → %s', (source, importer, expected) => {
    expect(isAnchorHeadingStylesImport(source, importer)).toBe(expected);
  });

  it('still matches what Starlight ships: AnchorHeading imports the file, heading links are on', () => {
    // If an upgrade drops this import, the plugin has nothing left to do and can go.
    expect(readFileSync(`${starlight}/components/AnchorHeading.astro`, 'utf8')).toContain(
      `import '${ANCHOR_LINKS_IMPORT}';`,
    );
    // The global copy the plugin relies on comes with Markdown heading links, Starlight's default.
    const config = readFileSync(join(import.meta.dirname, '../../../astro.config.mjs'), 'utf8');
    expect(config).not.toMatch(/headingLinks\s*:\s*false/);
    expect(config).toContain('anchorHeadingStylesOnce()');
  });
});
