/**
 * No built page glues an inline element to the word before or after it ("at least**Application
 * Administrator**"): see tests/support/glued-inline.ts for what counts. Read from dist/, because
 * MDX and Astro decide where the spaces go only when they render.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';
import { gluedInlineElements } from '../support/glued-inline';

const pages = builtPages();

describe('inline elements on the built pages', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s has a space around every inline element that needs one', (_page, path) => {
    expect(gluedInlineElements(readFileSync(path, 'utf8'))).toEqual([]);
  });
});
