/**
 * The built pages never repeat a statement that Microsoft's documentation or the source guide
 * contradicts (tests/support/content-rules.ts), and no two pages tell different stories about
 * token delivery, premium tools or leavers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentViolations } from '../support/content-rules';

const clientDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(clientDir).map((path) => [path.slice(clientDir.length), path] as const);

describe('content truth on the built pages', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s makes none of the corrected statements', (_page, path) => {
    expect(contentViolations(readFileSync(path, 'utf8'))).toEqual([]);
  });
});
