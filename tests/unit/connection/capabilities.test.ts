import { describe, expect, it } from 'vitest';
import { capabilityRows } from '~/lib/connection/capabilities';
import type { Capabilities } from '~/lib/scim/contract';

const full: Capabilities = {
  patch: true,
  bulk: { supported: true, maxOperations: 100, maxPayloadSize: 1048576 },
  filter: { supported: true, maxResults: 200 },
  changePassword: false,
  sort: false,
  etag: true,
  authenticationSchemes: [{ type: 'oauthbearertoken', name: 'OAuth Bearer Token', primary: true }],
};

describe('capabilityRows', () => {
  it('lists the six capabilities in a fixed order, PATCH and filter required by Entra', () => {
    const rows = capabilityRows(full);
    expect(rows.map((row) => [row.id, row.requiredByEntra])).toEqual([
      ['patch', true],
      ['filter', true],
      ['bulk', false],
      ['etag', false],
      ['sort', false],
      ['authentication-schemes', false],
    ]);
  });

  it('says what the endpoint supports, with its limits', () => {
    const byId = Object.fromEntries(capabilityRows(full).map((row) => [row.id, row.value]));
    expect(byId).toEqual({
      patch: 'Supported',
      filter: 'Supported, up to 200 results',
      bulk: 'Supported, up to 100 operations, 1048576 bytes',
      etag: 'Supported',
      sort: 'Not supported',
      'authentication-schemes': 'OAuth Bearer Token (primary)',
    });
  });

  const missing: [string, Partial<Capabilities>, string[]][] = [
    ['no PATCH', { patch: false }, ['patch']],
    ['no filter', { filter: { supported: false } }, ['filter']],
    ['neither', { patch: false, filter: { supported: false } }, ['patch', 'filter']],
    [
      'no bulk, sort or ETag (Entra does not need them)',
      { bulk: { supported: false }, sort: false, etag: false },
      [],
    ],
  ];
  it.each(missing)('marks what Entra needs and is missing: %s', (_label, change, ids) => {
    const rows = capabilityRows({ ...full, ...change });
    expect(rows.filter((row) => row.missingButRequired).map((row) => row.id)).toEqual(ids);
  });

  it('says when no authentication scheme is listed', () => {
    const rows = capabilityRows({ ...full, authenticationSchemes: [] });
    expect(rows.at(-1)).toMatchObject({
      value: 'None listed',
      supported: false,
      missingButRequired: false,
    });
  });
});
