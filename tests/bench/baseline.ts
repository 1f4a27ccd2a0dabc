/**
 * The bare Starlight baseline: the same pages, as plain Markdown in a fresh Starlight project with
 * no custom components, no React, no overrides and no custom CSS. Each page's rendered content
 * (minus islands, scripts and styles) becomes the Markdown body, so the text weighs the same and
 * any difference in the measured page is what our components add.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';

interface ExtractedPage {
  path: string;
  title: string;
  description: string;
  html: string;
}

async function extract(browser: Browser, origin: string, path: string): Promise<ExtractedPage> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(origin + path);
  const extracted = await page.evaluate(() => {
    const content = document.querySelector('.sl-markdown-content');
    const clone = content?.cloneNode(true) as HTMLElement | undefined;
    clone
      ?.querySelectorAll('astro-island, script, style, noscript, template, link')
      .forEach((node) => node.remove());
    return {
      title: document.querySelector('h1')?.textContent?.trim() ?? 'Untitled',
      description:
        document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      html: clone?.innerHTML ?? '',
    };
  });
  await context.close();
  return { path, ...extracted };
}

function slugFor(path: string): string {
  const trimmed = path.replace(/^\/|\/$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** Builds the baseline into a temporary folder and returns the folder holding its static output. */
export async function buildBaseline(
  browser: Browser,
  root: string,
  origin: string,
  paths: string[],
): Promise<{ dist: string; cleanup(): void }> {
  // Inside the project (git-ignored) so Node's resolution finds the project's node_modules
  // by walking up; a symlinked node_modules confuses Vite's module ids.
  const dir = join(root, 'bench-results/baseline-site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  // One page at a time: eleven at once time out on a busy machine.
  const pages: ExtractedPage[] = [];
  for (const path of paths) pages.push(await extract(browser, origin, path));
  for (const page of pages) {
    // Raw HTML blocks end at a blank line in Markdown; keep each page's HTML as one block.
    const body = page.html.replace(/\n\s*\n/g, '\n');
    const frontmatter = [`title: ${JSON.stringify(page.title)}`];
    if (page.description) frontmatter.push(`description: ${JSON.stringify(page.description)}`);
    const file = join(dir, 'src/content/docs', `${slugFor(page.path)}.md`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
  }
  const sidebar = pages.map((page) => ({ label: page.title, link: page.path }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: 'ApartmentIQ SCIM setup', sidebar: ${JSON.stringify(sidebar)} })],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return { dist: join(dir, 'dist'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
