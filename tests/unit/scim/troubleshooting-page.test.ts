import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_GROUPS,
  diagnosticCatalogue,
  entraLogEntries,
  inlineCodeSegments,
} from '~/lib/scim';

const page = readFileSync(
  new URL('../../../src/content/docs/troubleshooting.mdx', import.meta.url),
  'utf8',
);

describe('Troubleshooting page', () => {
  it('renders every catalogue group and the Entra log codes, each once, so every code gets its anchor', () => {
    const rendered = [...page.matchAll(/<DiagnosticCatalogue group="([^"]+)" \/>/g)].map(
      (match) => match[1],
    );
    expect(rendered.sort()).toEqual([...CATALOGUE_GROUPS].sort());
  });

  it('puts a Markdown heading before each group, so the table of contents lists the groups', () => {
    const headings = [...page.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      'Tenant URL',
      'Secret Token',
      'Tenant URL and Secret Token',
      'SCIM endpoint',
      'Connection test',
      'Attribute mapping checker',
      'Entra provisioning-log codes',
      'Read your provisioning logs',
      'Provisioning dry run',
      'Provisioning-log doctor',
    ]);
  });
});

describe('catalogue texts render cleanly', () => {
  const texts = [
    ...Object.values(diagnosticCatalogue).flatMap((entry) => [
      entry.title,
      entry.explanation,
      entry.fix,
    ]),
    ...entraLogEntries.map((entry) => entry.entra.where),
  ];

  it.each(texts.map((text) => [text.slice(0, 60), text]))(
    'balanced inline code: %s…',
    (_label, text) => {
      expect((text.match(/`/g) ?? []).length % 2).toBe(0);
    },
  );

  it('splits inline code the way the renderers expect', () => {
    expect(inlineCodeSegments('Use `?aadOptscim062020` only if asked')).toEqual([
      { text: 'Use ', code: false },
      { text: '?aadOptscim062020', code: true },
      { text: ' only if asked', code: false },
    ]);
    expect(inlineCodeSegments('plain')).toEqual([{ text: 'plain', code: false }]);
  });
});
