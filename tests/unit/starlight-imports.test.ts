/**
 * Starlight's components come into pages one file at a time (`~starlight/Steps.astro`, a tsconfig
 * path to @astrojs/starlight's user-components), never through `@astrojs/starlight/components`:
 * that barrel reaches every Starlight component, and Astro then puts all their styles (Cards, Link
 * cards, Badges, Link buttons…) on the page, about 1.1 KB gzip on every page (issue 14).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const userComponents = join(root, 'node_modules/@astrojs/starlight/dist/user-components');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:astro|mdx|ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(join(root, 'src')).map((path) => ({
  name: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('Starlight components, one file at a time', () => {
  it('no file imports the @astrojs/starlight/components barrel', () => {
    const barrel = /from\s+['"]@astrojs\/starlight\/components['"]/;
    expect(files.filter((file) => barrel.test(file.text)).map((file) => file.name)).toEqual([]);
  });

  it('every ~starlight/ import names a component file this Starlight version has', () => {
    const imported = new Set(
      files.flatMap((file) =>
        [...file.text.matchAll(/from\s+['"]~starlight\/([\w-]+\.astro)['"]/g)].map(
          (match) => match[1] ?? '',
        ),
      ),
    );
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported)
      expect(existsSync(join(userComponents, name)), `${name} in ${userComponents}`).toBe(true);
  });

  it('Tabs come through the site’s wrapper, which brings the no-JavaScript tab styles with them', () => {
    const direct = /from\s+['"]~starlight\/Tabs\.astro['"]/;
    expect(files.filter((file) => direct.test(file.text)).map((file) => file.name)).toEqual([
      'src/components/Tabs.astro',
    ]);
  });

  it('Starlight’s own Footer, which imports the barrel, is replaced by the site’s', () => {
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("Footer: './src/components/Footer.astro'");
    const starlightFooter = readFileSync(
      join(root, 'node_modules/@astrojs/starlight/dist/components/Footer.astro'),
      'utf8',
    );
    // If a Starlight upgrade drops the barrel import from its footer, the override can go.
    expect(starlightFooter).toMatch(/from '\.\.\/components'/);
  });
});
