/** The HTML pages the build wrote to dist/client, for tests that read the built site. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** [page path relative to dist/client, absolute file path] for every built page. */
export function builtPages(): (readonly [string, string])[] {
  return htmlFiles(CLIENT_DIR).map((path) => [path.slice(CLIENT_DIR.length), path] as const);
}
