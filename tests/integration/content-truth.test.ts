/**
 * The built pages never repeat a statement that Microsoft's documentation or the source guide
 * contradicts (tests/support/content-rules.ts), and no two pages tell different stories about
 * token delivery, premium tools or leavers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';
import { contentViolations } from '../support/content-rules';

const pages = builtPages();

describe('content truth on the built pages', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s makes none of the corrected statements', (_page, path) => {
    expect(contentViolations(readFileSync(path, 'utf8'))).toEqual([]);
  });
});
