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
import {
  containsPhrase,
  coveredPhrases,
  oktaCoveredPhrases,
  renderedPhrase,
  type Page,
} from '../support/source-coverage';

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
        if (phrase.site && /^<(?!UiLabel>)/.test(phrase.site) === false)
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

/** `$<env>`, else `shared/<file>` beside the checkout (or beside its parent, for a worktree). */
function findBesideCheckout(file: string, env: string): string | undefined {
  const fromEnv = process.env[env];
  if (fromEnv) return fromEnv; // named explicitly: a wrong path must fail, not skip
  return ['../shared', '../../shared']
    .map((dir) => resolve(repoRoot, dir, file))
    .find((candidate) => existsSync(candidate));
}

const sourceGuidePath = findBesideCheckout(SOURCE_GUIDE, SOURCE_GUIDE_ENV);
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

describe('ApartmentIQ’s Okta article coverage', () => {
  it.each(oktaCoveredPhrases.map((phrase) => [phrase.source, phrase.page, phrase] as const))(
    '“%s” is on /%s/',
    (_source, page, phrase) => {
      const wanted = phrase.site ?? phrase.source;
      expect(containsPhrase(mdx(page), wanted), `${page}.mdx lacks “${wanted}”`).toBe(true);
    },
  );

  it('covers every numbered Okta step’s page that the article’s instructions reach, and can fail', () => {
    expect(new Set(oktaCoveredPhrases.map((phrase) => phrase.page))).toEqual(
      new Set(['okta/prepare', 'okta/connect', 'okta/to-app']),
    );
    expect(containsPhrase(mdx('okta/connect'), 'Push Robots')).toBe(false);
    // Where Okta's label differs, the page shows Okta's and names the article's.
    for (const [article, okta] of [
      ['Push User Profiles', 'Push Profile Updates'],
      ['Unique Identifier Fields For Users', 'Unique identifier field for users'],
      ['SCIM Base URL', 'SCIM connector base URL'],
    ] as const)
      expect([article, okta].every((label) => containsPhrase(mdx('okta/connect'), label))).toBe(
        true,
      );
    expect(renderedPhrase({ source: 'x', site: '<UiLabel>A</UiLabel> › B', page: 'index' })).toBe(
      'A › B',
    );
  });
});

// The team's copy of ApartmentIQ's Okta article (cut off like every stored copy): in the shared
// research notes beside the checkout. Only this check looks there, and it skips itself without it.
const OKTA_ARTICLE = 'research/apartmentiq-public-docs.md';
const OKTA_ARTICLE_ENV = 'AIQ_OKTA_ARTICLE';

const oktaArticlePath = findBesideCheckout(OKTA_ARTICLE, OKTA_ARTICLE_ENV);
const oktaSkipReason = `skipped: the copy of ApartmentIQ's Okta article (${OKTA_ARTICLE}) is not beside this checkout; set ${OKTA_ARTICLE_ENV}=<path> to run it`;
if (!oktaArticlePath)
  console.warn(`content-coverage: “every Okta phrase is in the Okta article” ${oktaSkipReason}`);

describe('the Okta phrase list tracks ApartmentIQ’s Okta article', () => {
  it.skipIf(!oktaArticlePath)(
    `every phrase is in the article${oktaArticlePath ? '' : ` (${oktaSkipReason})`}`,
    () => {
      const article = readFileSync(oktaArticlePath ?? '', 'utf8');
      expect(containsPhrase(article, 'Push Robots')).toBe(false);
      const missing = oktaCoveredPhrases
        .map((phrase) => phrase.source)
        .filter((source) => !containsPhrase(article, source));
      expect(missing, 'phrases not in the Okta article').toEqual([]);
    },
  );
});
