/**
 * Every instruction and note of the source guide is on the site: each key phrase is in the
 * source guide (so the list tracks the source) and in the MDX of the page that owns it, either
 * written out or rendered from the config. The built pages are checked by tests/e2e/site.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { containsPhrase, coveredPhrases, type Page } from '../support/source-coverage';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceGuide = readFileSync(
  new URL('../shared/seeds/000_7c6e23f871931c11.txt', `file://${repoRoot}`),
  'utf8',
);
const mdx = (page: Page): string => readFileSync(`${repoRoot}src/content/docs/${page}.mdx`, 'utf8');

describe('the matcher', () => {
  it('ignores case, quote style and line breaks, and can say no', () => {
    expect(
      containsPhrase('Click “Create Your Own\n Application”', 'create your own application'),
    ).toBe(true);
    expect(containsPhrase("What's the name", 'What’s the name')).toBe(true);
    expect(containsPhrase(sourceGuide, 'Provision Microsoft Entra ID Robots')).toBe(false);
    expect(containsPhrase(mdx('after-setup'), 'Research Pro')).toBe(false); // it comes from the config, not the MDX text
  });
});

describe('source guide coverage', () => {
  it.each(coveredPhrases.map((phrase) => [phrase.source, phrase] as const))(
    '“%s” is in the source guide',
    (_source, phrase) => {
      expect(
        containsPhrase(sourceGuide, phrase.source),
        `not in the source guide: ${phrase.source}`,
      ).toBe(true);
    },
  );

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
