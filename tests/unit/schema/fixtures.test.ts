import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, INVALID_JSON_FILE, invalidJsonFixture, renderFixture } from './fixture-builder';

const directory = fileURLToPath(new URL('../../fixtures/schema/', import.meta.url));
const update = process.env['UPDATE_SCHEMA_FIXTURES'] === '1';

// The committed JSON files are what the e2e tests upload; they must stay what the builder makes.
describe('schema fixtures are in sync with their builder', () => {
  const files: [string, string][] = [
    ...FIXTURES.map((spec): [string, string] => [spec.file, renderFixture(spec)]),
    [INVALID_JSON_FILE, invalidJsonFixture().text],
  ];
  it.each(files)('%s', (file, expected) => {
    const path = `${directory}${file}`;
    if (update) writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
