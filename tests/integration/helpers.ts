/**
 * Shared pieces of the integration tests: schema-validated probe answers and short-hands.
 */
import { expect } from 'vitest';
import {
  ProbeErrorResponseSchema,
  ProbeResponseSchema,
  type ProbeCheck,
  type ProbeCheckId,
  type ProbeErrorResponse,
  type ProbeResponse,
} from '~/lib/scim/contract';
import type { ProbeHttpResult, SiteServer } from '../support/site-server';

/**
 * The site server's settings for probing the test servers on 127.0.0.1: loopback allowed, any host,
 * no rate limit. Tests that need another limit spread this and override it.
 */
export const LOOPBACK_PROBE_ENV = {
  SCIM_PROBE_ALLOW_PRIVATE: '1',
  SCIM_PROBE_ALLOWED_HOSTS: '*',
  SCIM_PROBE_RATE_LIMIT: '0',
} as const;

/** Asserts a 200 answer that validates against the contract, and returns it typed. */
export function probeAnswer(result: ProbeHttpResult): ProbeResponse {
  expect(result.status, result.text).toBe(200);
  expect(result.headers.get('cache-control')).toBe('no-store');
  return ProbeResponseSchema.parse(result.json);
}

/** Asserts a refusal that validates against the contract, and returns it typed. */
export function probeRefusal(result: ProbeHttpResult, status: number): ProbeErrorResponse {
  expect(result.status, result.text).toBe(status);
  expect(result.headers.get('cache-control')).toBe('no-store');
  expect(result.headers.get('content-type')).toMatch(/^application\/json/);
  expect(result.text).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  return ProbeErrorResponseSchema.parse(result.json);
}

export function checkOf(answer: ProbeResponse, id: ProbeCheckId): ProbeCheck {
  const found = answer.checks.find((item) => item.id === id);
  if (!found)
    throw new Error(`no ${id} check in ${JSON.stringify(answer.checks.map((item) => item.id))}`);
  return found;
}

export async function probe(
  site: SiteServer,
  tenantUrl: string,
  token: string,
): Promise<ProbeResponse> {
  return probeAnswer(await site.probe({ tenantUrl, token }));
}
