/**
 * The guide's pages as files, for tests that check what the step list promises about them: where a
 * step's page lives and what its frontmatter says. Reads only this repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOCS_DIR = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

/** The page file for a slug (`.mdx` or `.md`), or undefined when there is none. */
export function pageFile(slug: string): string | undefined {
  return ['.mdx', '.md']
    .map((extension) => `${DOCS_DIR}${slug}${extension}`)
    .find((file) => existsSync(file));
}

/** Every page file in src/content/docs, as a path inside it (`connect.mdx`, `okta/connect.mdx`). */
export function pageFiles(): string[] {
  return readdirSync(DOCS_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
}

export function pageSource(file: string): string {
  return readFileSync(file.startsWith('/') ? file : `${DOCS_DIR}${file}`, 'utf8');
}

/** The top-level scalar fields of a page's frontmatter (`title`, `prev`, `next`, …), unquoted. */
export function frontmatter(source: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (match?.[1]) fields[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return fields;
}
