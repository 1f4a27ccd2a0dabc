/**
 * Every instruction and note of the source guide is on the site: each key phrase (the project's
 * own list, tests/support/source-coverage.ts) is in the MDX of the page that owns it, either
 * written out or rendered from the config, and, where the source guide itself is at hand, still in
 * the source guide. The built pages are checked by tests/e2e/site.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { containsPhrase, coveredPhrases, type Page } from '../support/source-coverage';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mdx = (page: Page): string => readFileSync(`${repoRoot}src/content/docs/${page}.mdx`, 'utf8');

describe('the matcher', () => {
  it('ignores case, quote style and line breaks, and can say no', () => {
    expect(
      containsPhrase('Click “Create Your Own\n Application”', 'create your own application'),
    ).toBe(true);
    expect(containsPhrase("What's the name", 'What’s the name')).toBe(true);
    expect(containsPhrase(mdx('attribute-mapping'), 'Provision Microsoft Entra ID Robots')).toBe(
      false,
    );
    expect(containsPhrase(mdx('after-setup'), 'Research Pro')).toBe(false); // it comes from the config, not the MDX text
  });
});

describe('source guide coverage', () => {
  it.each(coveredPhrases.map((phrase) => [phrase.source, phrase.page, phrase] as const))(
    '“%s” is on /%s/',
    (_source, page, phrase) => {
      const text = mdx(page);
      if (phrase.fromConfig) {
        const values =
          typeof phrase.fromConfig.value === 'string'
            ? [phrase.fromConfig.value]
            : phrase.fromConfig.value;
        const { holds } = phrase.fromConfig;
        expect(
          values.some((value) => containsPhrase(value, holds)),
          `config value ${JSON.stringify(values)} does not hold “${holds}”`,
        ).toBe(true);
        expect(text, `${page}.mdx does not render ${phrase.fromConfig.mdxReference}`).toContain(
          phrase.fromConfig.mdxReference,
        );
        if (phrase.site && !phrase.site.startsWith('<'))
          expect(containsPhrase(text, phrase.site), `${page}.mdx lacks “${phrase.site}”`).toBe(
            true,
          );
        return;
      }
      const wanted = phrase.site ?? phrase.source;
      expect(containsPhrase(text, wanted), `${page}.mdx lacks “${wanted}”`).toBe(true);
    },
  );
});

// The source guide is not part of this repository: it sits in the team's shared folder beside
// the checkout. Only this one check looks outside the repository, and only to find that file.
const SOURCE_GUIDE = 'seeds/000_7c6e23f871931c11.txt';
const SOURCE_GUIDE_ENV = 'AIQ_SOURCE_GUIDE';

/** `$AIQ_SOURCE_GUIDE`, else `shared/<SOURCE_GUIDE>` beside the checkout (or beside its parent, for a worktree). */
function findSourceGuide(): string | undefined {
  const fromEnv = process.env[SOURCE_GUIDE_ENV];
  if (fromEnv) return fromEnv; // named explicitly: a wrong path must fail, not skip
  return ['../shared', '../../shared']
    .map((dir) => resolve(repoRoot, dir, SOURCE_GUIDE))
    .find((file) => existsSync(file));
}

const sourceGuidePath = findSourceGuide();
const skipReason = `skipped: the source guide (${SOURCE_GUIDE}) is not beside this checkout; set ${SOURCE_GUIDE_ENV}=<path> to run it`;
if (!sourceGuidePath)
  console.warn(`content-coverage: “every phrase is in the source guide” ${skipReason}`);

describe('the phrase list tracks the source guide', () => {
  it.skipIf(!sourceGuidePath)(
    `every phrase is in the source guide${sourceGuidePath ? '' : ` (${skipReason})`}`,
    () => {
      const sourceGuide = readFileSync(sourceGuidePath ?? '', 'utf8');
      expect(containsPhrase(sourceGuide, 'Provision Microsoft Entra ID Robots')).toBe(false);
      const missing = coveredPhrases
        .map((phrase) => phrase.source)
        .filter((source) => !containsPhrase(sourceGuide, source));
      expect(missing, 'phrases not in the source guide').toEqual([]);
    },
  );
});
