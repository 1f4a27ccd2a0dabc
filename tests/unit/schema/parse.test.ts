import type { SchemaInputCode } from '~/lib/scim/contract';
import { describe, expect, it } from 'vitest';
import {
  detectJsonFormat,
  formatJson,
  MAX_SCHEMA_TEXT_LENGTH,
  parseSchemaText,
} from '~/lib/schema/parse';
import { INVALID_JSON_FILE, invalidJsonFixture } from './fixture-builder';
import { fixtureText } from './load';

const errorCases: [label: string, text: string, code: SchemaInputCode, message: RegExp][] = [
  ['empty text', '', 'schema-empty', /Paste the provisioning schema JSON/],
  ['whitespace', '  \n\t', 'schema-empty', /Paste/],
  [
    'a cut-off copy',
    '{"synchronizationRules": [',
    'schema-invalid-json',
    /line 1, column 27\. The JSON ends too early/,
  ],
  [
    'a trailing comma',
    '{\n  "id": "x",\n}',
    'schema-invalid-json',
    /line 3, column 1\. There is a comma just before/,
  ],
  ['a list', '[1, 2]', 'not-a-schema', /is a list, not a provisioning schema/],
  ['a number', '42', 'not-a-schema', /single number/],
  ['null', 'null', 'not-a-schema', /single null/],
  ['a SCIM document', fixtureText('not-a-schema.json'), 'not-a-schema', /SCIM document/],
  [
    'a Graph list response',
    '{"value": [{"id": "scim.1"}]}',
    'not-a-schema',
    /no "synchronizationRules" list.*Microsoft Graph list/,
  ],
  ['an object without rules', '{"id": "x"}', 'not-a-schema', /no "synchronizationRules" list/],
  [
    'rules that are not a list',
    '{"synchronizationRules": {}}',
    'not-a-schema',
    /has no synchronizationRules list/,
  ],
  [
    'a mapping without sourceObjectName',
    '{"synchronizationRules": [{"objectMappings": [{"attributeMappings": []}]}]}',
    'not-a-schema',
    /synchronizationRules\[0\]\.objectMappings\[0\] has no sourceObjectName/,
  ],
  [
    'an attribute mapping without a target',
    '{"synchronizationRules": [{"objectMappings": [{"sourceObjectName": "User", "attributeMappings": [{"source": null}]}]}]}',
    'not-a-schema',
    /attributeMappings\[0\] has no targetAttributeName/,
  ],
  [
    'no rules at all',
    '{"synchronizationRules": []}',
    'no-user-mapping',
    /no user mapping.*no object mappings at all/,
  ],
  [
    'only a group mapping',
    fixtureText('no-user-mapping.json'),
    'no-user-mapping',
    /has object mappings only for "Group"/,
  ],
];

describe('parseSchemaText errors', () => {
  it.each(errorCases)('names the problem for %s', (_label, text, code, message) => {
    const result = parseSchemaText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    expect(result.error.fix).toMatch(/\S/);
  });

  it('gives the line and column of the broken fixture, with that line and the one before as an excerpt', () => {
    const { line, column } = invalidJsonFixture();
    const result = parseSchemaText(fixtureText(INVALID_JSON_FILE));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'schema-invalid-json', line, column },
    });
    if (result.ok) return;
    expect(result.error.message).toContain(`line ${line}, column ${column}`);
    const lines = result.error.excerpt!.lines;
    expect(lines.map((shown) => shown.number)).toEqual([line - 1, line]);
    expect(lines[0]!.text.trim()).toBe('},');
    expect(lines[1]!.text.trim()).toBe('}');
    expect(lines[1]!.text.charAt(result.error.excerpt!.caretColumn - 1)).toBe('}');
  });

  it('shortens a long line around the error and points the caret at it', () => {
    const text = `{"a": "${'x'.repeat(200)}", "b": tru }`;
    const result = parseSchemaText(text);
    if (result.ok) throw new Error('expected an error');
    const excerpt = result.error.excerpt!;
    expect(excerpt.lines).toHaveLength(1);
    const shown = excerpt.lines[0]!.text;
    expect(shown.length).toBeLessThanOrEqual(62);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.charAt(excerpt.caretColumn - 1)).toBe(' ');
    expect(shown.slice(excerpt.caretColumn - 4, excerpt.caretColumn - 1)).toBe('tru');
  });

  it('skips an empty line before the error line', () => {
    const result = parseSchemaText('{\n  "a": 1\n\n  "b": 2\n}');
    if (result.ok) throw new Error('expected an error');
    expect(result.error.excerpt?.lines).toEqual([{ number: 4, text: '  "b": 2' }]);
    expect(result.error.excerpt?.caretColumn).toBe(3);
  });

  it('refuses text above the size limit without parsing it', () => {
    const result = parseSchemaText(' '.repeat(MAX_SCHEMA_TEXT_LENGTH + 1));
    expect(result).toMatchObject({ ok: false, error: { code: 'schema-too-large' } });
  });
});

describe('parseSchemaText success', () => {
  it.each([
    'entra-default-customappsso.json',
    'entra-default-scim.json',
    'entra-default-scim.min.json',
    'two-rules.json',
  ])('reads %s', (file) => {
    const result = parseSchemaText(fixtureText(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(JSON.parse(fixtureText(file)));
    expect(result.schema.synchronizationRules.length).toBeGreaterThan(0);
  });

  it('ignores a byte-order mark at the start of a saved file', () => {
    expect(parseSchemaText(`\uFEFF${fixtureText('entra-default-scim.min.json')}`).ok).toBe(true);
  });

  it('accepts any case for the object names', () => {
    const text =
      '{"synchronizationRules": [{"objectMappings": [{"sourceObjectName": "user", "attributeMappings": []}]}]}';
    expect(parseSchemaText(text).ok).toBe(true);
  });

  it('reads display-only fields of an unexpected type as absent instead of refusing the schema', () => {
    const text =
      '{"id": 7, "synchronizationRules": [{"name": [], "objectMappings": [{"enabled": "yes", "name": {}, "sourceObjectName": "User", "attributeMappings": [{"targetAttributeName": "userName", "source": "userPrincipalName", "matchingPriority": true}]}]}]}';
    const result = parseSchemaText(text);
    if (!result.ok) throw new Error(result.error.message);
    const mapping = result.schema.synchronizationRules[0]!.objectMappings[0]!;
    expect(mapping.name).toBeUndefined();
    expect(mapping.enabled).toBeUndefined();
    expect(mapping.attributeMappings[0]!.source).toBeUndefined();
    expect(result.value).toEqual(JSON.parse(text));
  });

  it('keeps unknown fields in the parsed value and in the read model', () => {
    const text =
      '{"future": {"x": 1}, "synchronizationRules": [{"newField": true, "objectMappings": [{"sourceObjectName": "User", "attributeMappings": [], "extra": [1]}]}]}';
    const result = parseSchemaText(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual(JSON.parse(text));
    expect(result.schema).toEqual(JSON.parse(text));
  });
});

describe('JSON format', () => {
  it.each([
    ['minified', '{"a":[1]}', null],
    ['two spaces', '{\n  "a": 1\n}', '  '],
    ['four spaces', '{\n    "a": 1\n}', '    '],
    ['tabs', '{\n\t"a": 1\n}', '\t'],
    ['CRLF and two spaces', '{\r\n  "a": 1\r\n}', '  '],
  ] as const)('detects %s', (_label, text, indent) => {
    expect(detectJsonFormat(text)).toEqual({ indent });
  });

  it('writes the committed pretty fixtures byte for byte', () => {
    for (const file of [
      'entra-default-scim.json',
      'entra-default-customappsso.json',
      'entra-default-scim.min.json',
    ]) {
      const text = fixtureText(file);
      expect(formatJson(JSON.parse(text), detectJsonFormat(text))).toBe(text);
    }
  });
});
