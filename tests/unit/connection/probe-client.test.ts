import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyProbeAnswer,
  parseRetryAfter,
  requestProbe,
  type ProbeAnswer,
} from '~/lib/connection/probe-client';
import type { ProbeResponse } from '~/lib/scim/contract';

const NOW = new Date('2026-11-28T12:00:00Z');

const passingResponse: ProbeResponse = {
  verdict: 'pass',
  host: 'acme.apartmentiq.io',
  checks: [
    { id: 'spc', title: 'ServiceProviderConfig', status: 'pass', code: 'ok', message: 'Read it.' },
  ],
  transcript: [],
  startedAt: '2026-11-28T12:00:00.000Z',
  durationMs: 120,
};

function answer(
  status: number,
  body: string,
  contentType: string | null = 'application/json',
  retryAfter: string | null = null,
): ProbeAnswer {
  return { status, body, contentType, retryAfter };
}

describe('classifyProbeAnswer', () => {
  const cases: [string, ProbeAnswer, Record<string, unknown>][] = [
    ['a valid probe answer', answer(200, JSON.stringify(passingResponse)), { kind: 'result' }],
    [
      'a rate-limit refusal with Retry-After seconds',
      answer(
        429,
        JSON.stringify({ error: { code: 'rate-limited', message: 'Slow down.' } }),
        'application/json',
        '42',
      ),
      {
        kind: 'route-error',
        code: 'rate-limited',
        message: 'Slow down.',
        status: 429,
        retryAfterSeconds: 42,
      },
    ],
    [
      'a cross-site refusal',
      answer(403, JSON.stringify({ error: { code: 'cross-site-request', message: 'No.' } })),
      { kind: 'route-error', code: 'cross-site-request', status: 403 },
    ],
    [
      'a static host’s 404 page',
      answer(404, '<!doctype html><h1>Not found</h1>', 'text/html'),
      { kind: 'route-error', code: 'probe-unavailable' },
    ],
    [
      'a static host’s bare 405',
      answer(405, '', null),
      { kind: 'route-error', code: 'probe-unavailable' },
    ],
    [
      'a 501 from a proxy',
      answer(501, 'Not Implemented', 'text/plain'),
      { kind: 'route-error', code: 'probe-unavailable' },
    ],
    [
      'an HTML shell served for any path',
      answer(200, '<!doctype html><html></html>', 'text/html; charset=utf-8'),
      { kind: 'route-error', code: 'probe-unavailable' },
    ],
    [
      'a 429 without a JSON body',
      answer(429, 'Too Many Requests', 'text/plain', '7'),
      { kind: 'route-error', code: 'rate-limited', retryAfterSeconds: 7 },
    ],
    [
      'a 502 from a gateway',
      answer(502, '<html>Bad gateway</html>', 'text/html'),
      { kind: 'invalid-answer', status: 502 },
    ],
    [
      'a 200 that is not JSON',
      answer(200, 'ok', 'text/plain'),
      { kind: 'invalid-answer', status: 200 },
    ],
    [
      'a 200 with JSON of another shape',
      answer(200, JSON.stringify({ verdict: 'maybe' })),
      { kind: 'invalid-answer', status: 200 },
    ],
    [
      'a 500 with JSON',
      answer(500, JSON.stringify({ error: 'boom' })),
      { kind: 'invalid-answer', status: 500 },
    ],
    [
      'a 400 with an unknown error code',
      answer(400, JSON.stringify({ error: { code: 'nope', message: 'x' } })),
      { kind: 'invalid-answer', status: 400 },
    ],
  ];
  it.each(cases)('classifies %s', (_label, input, expected) => {
    expect(classifyProbeAnswer(input, NOW)).toMatchObject(expected);
  });

  it('keeps the validated probe answer intact', () => {
    const outcome = classifyProbeAnswer(answer(200, JSON.stringify(passingResponse)), NOW);
    expect(outcome).toEqual({ kind: 'result', response: passingResponse });
  });

  it('is total: any status and body give an outcome, never a throw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        fc.string(),
        fc.option(fc.string()),
        fc.option(fc.string()),
        (status, body, type, retry) => {
          const outcome = classifyProbeAnswer(
            { status, body, contentType: type, retryAfter: retry },
            NOW,
          );
          expect(['result', 'route-error', 'invalid-answer']).toContain(outcome.kind);
        },
      ),
    );
  });
});

describe('parseRetryAfter', () => {
  const cases: [string | null, number | undefined][] = [
    [null, undefined],
    ['30', 30],
    [' 5 ', 5],
    ['Sat, 28 Nov 2026 12:01:30 GMT', 90],
    ['Sat, 28 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    ['-3', undefined],
    ['1.5', undefined],
  ];
  it.each(cases)('reads %j as %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });
});

describe('requestProbe', () => {
  it('POSTs the two values as JSON to the site’s own route, uncached', async () => {
    const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
    const fakeFetch: typeof fetch = (input, init) => {
      calls.push([input, init]);
      return Promise.resolve(
        new Response(JSON.stringify(passingResponse), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    };
    const outcome = await requestProbe({
      fetch: fakeFetch,
      tenantUrl: 'https://acme.apartmentiq.io/scim/v2',
      token: 'secret-token-value',
    });
    expect(outcome.kind).toBe('result');
    expect(calls).toHaveLength(1);
    const [url, init] = calls[0]!;
    expect(url).toBe('/api/probe');
    expect(init?.method).toBe('POST');
    expect(init?.cache).toBe('no-store');
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '')).toEqual({
      tenantUrl: 'https://acme.apartmentiq.io/scim/v2',
      token: 'secret-token-value',
    });
  });

  it('reports a network failure as offline, not a throw', async () => {
    const failingFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(
      requestProbe({ fetch: failingFetch, tenantUrl: 'x', token: 'y' }),
    ).resolves.toEqual({ kind: 'network-error', reason: 'offline' });
  });

  it('reports its own abort as a timeout', async () => {
    const controller = new AbortController();
    const hangingFetch: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const pending = requestProbe({
      fetch: hangingFetch,
      tenantUrl: 'x',
      token: 'y',
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).resolves.toEqual({ kind: 'network-error', reason: 'timeout' });
  });
});
