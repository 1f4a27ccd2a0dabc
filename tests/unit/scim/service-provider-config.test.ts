import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CapabilitiesSchema,
  DOCUMENT_CODES,
  parseServiceProviderConfig,
  type Capabilities,
  type DocumentCode,
} from '~/lib/scim';

const fixtureDir = new URL('../../fixtures/spc/', import.meta.url);
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8'));
}

type Expected = {
  ok: boolean;
  capabilities: Capabilities;
  findings: [DocumentCode, 'error' | 'warning' | 'info'][];
};

/** Every real document in tests/fixtures/spc (sources in SOURCES.md) with what Entra-relevant reading it must give. */
const fixtures: Record<string, Expected> = {
  'rfc7643-section-8.5.json': {
    ok: true,
    capabilities: {
      patch: true,
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 200 },
      changePassword: true,
      sort: true,
      etag: true,
      authenticationSchemes: [
        { type: 'oauthbearertoken', name: 'OAuth Bearer Token', primary: true },
        { type: 'httpbasic', name: 'HTTP Basic' },
      ],
      documentationUri: 'http://example.com/help/scim.html',
    },
    findings: [],
  },
  'valid-scimgateway-v2.json': {
    ok: true,
    capabilities: {
      patch: true,
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 200 },
      changePassword: true,
      sort: false,
      etag: true,
      authenticationSchemes: [
        { type: 'httpbasic', name: 'HTTP Basic', primary: true },
        { type: 'oauthbearertoken', name: 'OAuth Bearer Token' },
        { type: 'oauth2', name: 'OAuth v2.0' },
      ],
      documentationUri: 'https://elshaug.xyz',
    },
    findings: [
      ['spc-scim-1-1', 'info'],
      ['spc-nonstandard-name', 'info'],
    ],
  },
  'broken-scimgateway-v1-scim11.json': {
    ok: true,
    capabilities: {
      patch: true,
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 200 },
      changePassword: true,
      sort: false,
      etag: true,
      authenticationSchemes: [
        { type: 'httpbasic', name: 'HTTP Basic', primary: true },
        { type: 'oauthbearertoken', name: 'OAuth Bearer Token' },
        { type: 'oauth2', name: 'OAuth v2.0' },
      ],
    },
    findings: [
      ['spc-scim-1-1', 'warning'],
      ['spc-scim-1-1', 'info'],
      ['spc-nonstandard-name', 'info'],
    ],
  },
  'broken-osiam-3.0-user-schema-wrapped-authschemes.json': {
    ok: false,
    capabilities: {
      patch: false,
      bulk: { supported: false },
      filter: { supported: true, maxResults: 100 },
      changePassword: false,
      sort: true,
      etag: false,
      authenticationSchemes: [{ type: '', name: 'Oauth2 Bearer' }],
    },
    findings: [
      ['spc-missing-schema', 'warning'],
      ['spc-scim-1-1', 'info'],
      ['patch-unsupported', 'error'],
      ['spc-nonstandard-name', 'warning'],
      ['spc-missing-field', 'warning'],
      ['spc-nonstandard-name', 'info'],
      ['spc-nonstandard-name', 'info'],
      ['no-bearer-scheme', 'info'],
    ],
  },
  'broken-fiware-keystone-scim-v1.json': {
    ok: true,
    capabilities: {
      patch: true,
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true },
      changePassword: true,
      sort: false,
      etag: false,
      authenticationSchemes: [
        { type: 'keystonetoken', name: 'Keytone Authentication', primary: true },
      ],
    },
    findings: [
      ['spc-missing-schema', 'warning'],
      ['spc-scim-1-1', 'info'],
      ['spc-nonstandard-name', 'info'],
      ['spc-nonstandard-name', 'info'],
      ['no-bearer-scheme', 'info'],
      ['spc-missing-field', 'info'],
      ['spc-nonstandard-name', 'info'],
    ],
  },
  'derived-scimreferencecode.json': {
    ok: true,
    capabilities: {
      patch: true,
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true },
      changePassword: false,
      sort: false,
      etag: false,
      authenticationSchemes: [],
    },
    findings: [
      ['spc-nonstandard-name', 'info'],
      ['no-bearer-scheme', 'info'],
    ],
  },
  'dosexplorer-scimreferencecode-style.json': {
    ok: true,
    capabilities: {
      patch: true,
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true },
      changePassword: false,
      sort: false,
      etag: false,
      authenticationSchemes: [{ type: 'oauthbearertoken', name: 'auth' }],
    },
    findings: [
      ['spc-nonstandard-name', 'info'],
      ['spc-nonstandard-name', 'info'],
    ],
  },
  'truckercore-deno.json': {
    ok: true,
    capabilities: {
      patch: true,
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 200 },
      changePassword: false,
      sort: false,
      etag: true,
      authenticationSchemes: [
        { type: 'oauthbearertoken', name: 'OAuth Bearer Token', primary: true },
      ],
    },
    findings: [],
  },
};

describe('parseServiceProviderConfig: real documents', () => {
  it('has an expectation for every fixture file, and every fixture is named in SOURCES.md', () => {
    const files = readdirSync(fixtureDir).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(fixtures).sort());
    const sources = readFileSync(new URL('SOURCES.md', fixtureDir), 'utf8');
    for (const file of files) expect(sources).toContain(`\`${file}\``);
  });

  it.each(Object.entries(fixtures))('%s', (file, expected) => {
    const result = parseServiceProviderConfig(fixture(file));
    expect(result.ok).toBe(expected.ok);
    expect(result.capabilities).toEqual(expected.capabilities);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual(expected.findings);
    for (const f of result.findings) expect(f.message).toMatch(/ServiceProviderConfig/);
  });

  it('names the deviation in its message', () => {
    const fiware = parseServiceProviderConfig(fixture('broken-fiware-keystone-scim-v1.json'));
    expect(fiware.findings.find((f) => f.code === 'spc-missing-field')?.message).toContain(
      'filter.maxResults',
    );
    const reference = parseServiceProviderConfig(fixture('derived-scimreferencecode.json'));
    expect(reference.findings[0]?.message).toContain('"eTag"');
    expect(reference.findings[0]?.message).toContain('"etag"');
    const osiam = parseServiceProviderConfig(
      fixture('broken-osiam-3.0-user-schema-wrapped-authschemes.json'),
    );
    expect(osiam.findings.find((f) => f.code === 'spc-missing-schema')?.message).toContain(
      'urn:ietf:params:scim:schemas:core:2.0:User',
    );
    expect(osiam.findings.find((f) => f.code === 'spc-missing-field')?.message).toContain(
      'authenticationSchemes[0].type',
    );
  });
});

const rfc = fixture('rfc7643-section-8.5.json') as Record<string, unknown>;
function variant(change: (doc: Record<string, unknown>) => void): Record<string, unknown> {
  const doc = structuredClone(rfc);
  change(doc);
  return doc;
}

/** Each document code: a document that yields it and a near miss that does not. */
const codeCases: {
  code: DocumentCode;
  yields: unknown;
  nearMiss: unknown;
  severity: 'error' | 'warning' | 'info';
}[] = [
  { code: 'spc-not-object', yields: [rfc], nearMiss: rfc, severity: 'error' },
  { code: 'spc-not-object', yields: null, nearMiss: {}, severity: 'error' },
  {
    code: 'spc-not-object',
    yields: '{"patch":{"supported":true}}',
    nearMiss: { patch: { supported: true } },
    severity: 'error',
  },
  {
    code: 'spc-missing-schema',
    yields: variant((d) => delete d['schemas']),
    nearMiss: variant(
      (d) => (d['schemas'] = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'),
    ),
    severity: 'warning',
  },
  {
    code: 'spc-scim-1-1',
    yields: variant((d) => (d['schemas'] = ['urn:scim:schemas:core:1.0'])),
    nearMiss: rfc,
    severity: 'warning',
  },
  {
    code: 'spc-missing-field',
    yields: variant((d) => delete d['sort']),
    nearMiss: variant((d) => (d['sort'] = { supported: 'false' })),
    severity: 'warning',
  },
  {
    code: 'spc-missing-field',
    yields: variant((d) => delete d['patch']),
    nearMiss: variant((d) => (d['Patch'] = d['patch'])),
    severity: 'error',
  },
  {
    code: 'spc-missing-field',
    yields: variant((d) => (d['filter'] = { supported: 'maybe' })),
    nearMiss: variant((d) => (d['filter'] = { supported: 'TRUE' })),
    severity: 'error',
  },
  {
    code: 'spc-string-boolean',
    yields: variant((d) => (d['etag'] = { supported: 'true' })),
    nearMiss: rfc,
    severity: 'warning',
  },
  {
    code: 'spc-string-boolean',
    yields: variant((d) => (d['filter'] = { supported: true, maxResults: '200' })),
    nearMiss: variant((d) => (d['filter'] = { supported: true, maxResults: 200 })),
    severity: 'warning',
  },
  {
    code: 'spc-nonstandard-name',
    yields: variant((d) => {
      d['documentationUrl'] = d['documentationUri'];
      delete d['documentationUri'];
    }),
    nearMiss: variant((d) => (d['documentationUrl'] = 'also present, ignored')),
    severity: 'info',
  },
  {
    code: 'patch-unsupported',
    yields: variant((d) => (d['patch'] = { supported: false })),
    nearMiss: variant((d) => (d['bulk'] = { supported: false })),
    severity: 'error',
  },
  {
    code: 'patch-unsupported',
    yields: variant((d) => (d['patch'] = { supported: 'false' })),
    nearMiss: variant((d) => (d['patch'] = { supported: 'true' })),
    severity: 'error',
  },
  {
    code: 'filter-unsupported',
    yields: variant((d) => (d['filter'] = { supported: false, maxResults: 0 })),
    nearMiss: variant((d) => (d['sort'] = { supported: false })),
    severity: 'error',
  },
  {
    code: 'no-bearer-scheme',
    yields: variant((d) => (d['authenticationSchemes'] = [{ type: 'httpbasic', name: 'Basic' }])),
    nearMiss: variant(
      (d) => (d['authenticationSchemes'] = [{ type: 'OAuthBearerToken', name: 'Bearer' }]),
    ),
    severity: 'info',
  },
];

describe('parseServiceProviderConfig: every code', () => {
  it('covers every document code except the probe-only ones', () => {
    expect(new Set(codeCases.map((c) => c.code))).toEqual(new Set(DOCUMENT_CODES));
  });

  it.each(codeCases)('$code: yields it', ({ code, yields, severity }) => {
    const result = parseServiceProviderConfig(yields);
    expect(result.findings.map((f) => f.code)).toContain(code);
    expect(result.findings.find((f) => f.code === code)?.severity).toBe(severity);
    expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
  });

  it.each(codeCases)('$code: not for its near miss', ({ code, nearMiss }) => {
    expect(parseServiceProviderConfig(nearMiss).findings.map((f) => f.code)).not.toContain(code);
  });

  it('reads string booleans and case variants as their values', () => {
    const result = parseServiceProviderConfig(
      variant((d) => {
        d['patch'] = { supported: 'True' };
        d['ETAG'] = { supported: 'false' };
        delete d['etag'];
      }),
    );
    expect(result.capabilities?.patch).toBe(true);
    expect(result.capabilities?.etag).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('keeps a huge maxResults out of the capabilities, with a finding', () => {
    const result = parseServiceProviderConfig(
      variant((d) => (d['filter'] = { supported: true, maxResults: 2 ** 63 })),
    );
    expect(result.capabilities?.filter).toEqual({ supported: true });
    expect(result.findings.map((f) => f.code)).toEqual(['spc-missing-field']);
  });
});

describe('parseServiceProviderConfig: properties', () => {
  it('never throws on any JSON value and always returns valid capabilities for objects', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.object({ maxDepth: 3 }),
          fc.constant(rfc).map((d) => ({
            ...d,
            bulk: 'yes',
            filter: [1],
            authenticationSchemes: { x: [null, 1, { type: 5 }] },
          })),
        ),
        (json) => {
          const result = parseServiceProviderConfig(json);
          expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
          if (result.capabilities)
            expect(CapabilitiesSchema.safeParse(result.capabilities).success).toBe(true);
          else expect(result.findings.map((f) => f.code)).toEqual(['spc-not-object']);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
