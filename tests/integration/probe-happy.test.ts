import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBE_CHECK_IDS } from '~/lib/scim/contract';
import { createTestCa } from '../support/test-ca';
import { startScimServer, TEST_TOKEN, type TestServer } from '../support/scim-servers';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { checkOf, probe } from './helpers';

const ca = createTestCa();
let site: SiteServer;
let scim: TestServer;

beforeAll(async () => {
  [site, scim] = await Promise.all([
    startSiteServer({
      caFile: ca.caFile,
      env: { SCIM_PROBE_ALLOW_PRIVATE: '1', SCIM_PROBE_ALLOWED_HOSTS: '*', SCIM_PROBE_RATE_LIMIT: '0' },
    }),
    startScimServer({ ca }),
  ]);
});

afterAll(async () => {
  await Promise.all([site?.close(), scim?.close()]);
  expect(site.output()).not.toContain(TEST_TOKEN);
});

describe('a correct SCIM 2.0 endpoint (SCIMMY)', () => {
  it('passes every check and reports the capabilities', async () => {
    const answer = await probe(site, scim.url, TEST_TOKEN);
    console.log(JSON.stringify(answer, null, 2));
    expect(answer.verdict).toBe('pass');
    expect(answer.checks.map((item) => item.id)).toEqual([...PROBE_CHECK_IDS]);
    expect(checkOf(answer, 'users-filter').code).toBe('ok');
    expect(answer.capabilities?.patch).toBe(true);
  });
});
