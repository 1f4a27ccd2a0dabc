/**
 * Every guide page names the sources its Entra and Okta statements rest on and the day they were
 * checked (frontmatter `sources`, rendered by src/components/SourcesFooter.astro). The build
 * refuses a page without the field; these tests also refuse a page that describes Entra or Okta
 * but says `sources: none`, or names no source from that provider.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { guideSteps, oktaSteps } from '~/lib/steps';
import { formatDay, pageCitations } from '~/lib/sources/citation';
import { PageSourcesFieldSchema, type PageSources } from '~/lib/sources/frontmatter';
import {
  OKTA_PUBLISHERS,
  sourceDocuments,
  sourceKeys,
  type SourceDocument,
} from '~/lib/sources/registry';
import { DOCS_DIR as docsDir, pageFiles as listPageFiles } from '../support/guide-pages';

const pageFiles = listPageFiles();

function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(`${docsDir}${file}`, 'utf8');
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end < 0) throw new Error(`${file} has no frontmatter`);
  return parseYaml(text.slice(4, end)) as Record<string, unknown>;
}

const slugOf = (file: string): string => file.replace(/\.mdx?$/, '');
const sourcesOf = (file: string) => PageSourcesFieldSchema.parse(frontmatterOf(file)['sources']);

/** Pages that describe Entra: every step, and the pages support and admins look things up on. */
const lookUpPages = ['index', 'troubleshooting', 'support', 'checklist', 'for-csms'];
const pagesDescribingEntra = [...lookUpPages, ...guideSteps.map((step) => step.slug)];

/** Pages that describe Okta: every Okta step, and the shared pages with an Okta part. */
const pagesDescribingOkta = [...lookUpPages, ...oktaSteps.map((step) => step.slug)];

describe('page sources', () => {
  it.each(pageFiles)('%s declares its sources (or none) in a valid form', (file) => {
    expect(() => sourcesOf(file)).not.toThrow();
  });

  it.each(pagesDescribingEntra)('%s names dated sources, Microsoft Learn among them', (slug) => {
    const file = pageFiles.find((candidate) => slugOf(candidate) === slug);
    expect(file, `no page file for ${slug}`).toBeDefined();
    const sources = sourcesOf(file ?? '');
    expect(sources, `${slug} must not say sources: none`).not.toBe('none');
    const { checked, cite } = sources as PageSources;
    expect(Number.isNaN(checked.getTime())).toBe(false);
    expect(cite.some((key) => sourceDocuments[key].publisher === 'Microsoft Learn')).toBe(true);
  });

  it.each(pagesDescribingOkta)('%s names Okta’s own documentation among its sources', (slug) => {
    const file = pageFiles.find((candidate) => slugOf(candidate) === slug);
    expect(file, `no page file for ${slug}`).toBeDefined();
    const sources = sourcesOf(file ?? '');
    expect(sources).not.toBe('none');
    const { cite } = sources as PageSources;
    expect(cite.some((key) => OKTA_PUBLISHERS.includes(sourceDocuments[key].publisher))).toBe(true);
  });

  it('refuses a page without a date, with an unknown source or with no source', () => {
    expect(PageSourcesFieldSchema.safeParse(undefined).success).toBe(false);
    expect(PageSourcesFieldSchema.safeParse({ cite: ['ms-scim-tutorial'] }).success).toBe(false);
    expect(
      PageSourcesFieldSchema.safeParse({ checked: '2026-12-01', cite: ['ms-made-up'] }).success,
    ).toBe(false);
    expect(PageSourcesFieldSchema.safeParse({ checked: '2026-12-01', cite: [] }).success).toBe(
      false,
    );
    expect(
      PageSourcesFieldSchema.safeParse({
        checked: '2026-12-01',
        cite: ['ms-scim-tutorial', 'ms-scim-tutorial'],
      }).success,
    ).toBe(false);
    expect(
      PageSourcesFieldSchema.safeParse({ checked: '2026-12-01', cite: ['ms-scim-tutorial'] })
        .success,
    ).toBe(true);
  });

  it('cites every registered source somewhere, so the registry holds no stale entry', () => {
    const cited = new Set(
      pageFiles.flatMap((file) => {
        const sources = sourcesOf(file);
        return sources === 'none' ? [] : sources.cite;
      }),
    );
    expect(sourceKeys.filter((key) => !cited.has(key))).toEqual([]);
  });
});

describe('the source registry', () => {
  const HOSTS: Record<SourceDocument['publisher'], RegExp> = {
    'Microsoft Learn': /^learn\.microsoft\.com$/,
    'ApartmentIQ help center': /(^|\.)apartmentiq\.(io|helpjuice\.com)$/,
    'Okta Developer': /^developer\.okta\.com$/,
    'Okta Help Center': /^help\.okta\.com$/,
    'Okta Support': /^support\.okta\.com$/,
  };

  it.each(sourceKeys)('%s has an https address on its publisher and a real date', (key) => {
    const source: SourceDocument = sourceDocuments[key];
    const url = new URL(source.url);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toMatch(HOSTS[source.publisher]);
    // Okta's help center and knowledge base show no date; every other publisher's copy has one.
    if (source.publisher === 'Okta Help Center' || source.publisher === 'Okta Support') {
      expect(source.version).toBeUndefined();
      return;
    }
    expect(source.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(new Date(`${source.version ?? ''}T00:00:00Z`).getTime())).toBe(false);
  });
});

describe('the footer text', () => {
  it('says when the Entra steps were checked against Microsoft Learn, in UTC days', () => {
    const page = pageCitations({
      checked: new Date('2026-12-01T00:00:00Z'),
      cite: ['ms-scim-tutorial', 'aiq-scim-entra'],
    });
    expect(page.headline).toBe('Entra steps checked against Microsoft Learn on 1 Dec 2026');
    expect(page.checkedIso).toBe('2026-12-01');
    expect(page.citations.map((citation) => citation.publisher)).toEqual([
      'Microsoft Learn',
      'ApartmentIQ help center',
    ]);
    expect(formatDay(new Date('2026-02-24T00:00:00Z'))).toBe('24 Feb 2026');
  });

  it('says when the Okta steps were checked, and both for a page of both tracks', () => {
    const okta = pageCitations({
      checked: new Date('2026-12-01T00:00:00Z'),
      cite: ['aiq-scim-okta', 'okta-dev-scim-connect'],
    });
    expect(okta.headline).toBe("Okta steps checked against Okta's documentation on 1 Dec 2026");
    expect(
      pageCitations({
        checked: new Date('2026-12-01T00:00:00Z'),
        cite: ['ms-scim-tutorial', 'okta-help-troubleshooting'],
      }).headline,
    ).toBe(
      "Entra and Okta steps checked against Microsoft Learn and Okta's documentation on 1 Dec 2026",
    );
  });

  it('names the help center when a page rests on ApartmentIQ sources only', () => {
    expect(
      pageCitations({ checked: new Date('2026-12-01T00:00:00Z'), cite: ['aiq-scim-entra'] })
        .headline,
    ).toBe("Checked against ApartmentIQ's help center on 1 Dec 2026");
  });
});
