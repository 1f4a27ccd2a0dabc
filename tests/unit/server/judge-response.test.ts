/**
 * judgeResponse: what one HTTP answer means for one check (pure, no network), and redaction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '~/lib/scim/contract';
import { judgeResponse, makeRedactor } from '~/server/probe';
import type { HttpResponse } from '~/server/network';

const TOKEN = 'aiqTESTtokenABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const redact = makeRedactor(TOKEN);

function response(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  tooLarge = false,
): HttpResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    status,
    headers: { 'content-type': 'application/scim+json', ...headers },
    body: Buffer.from(text),
    tooLarge,
  };
}

const EMPTY_LIST = {
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: 0,
  Resources: [],
};
const SCIM_ERROR = (status: number, detail: string) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
  status: String(status),
  detail,
});

describe('judgeResponse for the /Users filter', () => {
  it.each([
    [200, EMPTY_LIST, {}, 'ok', 'pass'],
    [
      200,
      { ...EMPTY_LIST, totalResults: 3, Resources: [{}, {}, {}] },
      {},
      'filter-ignored',
      'fail',
    ],
    [301, '', { location: 'https://login.example.com/' }, 'redirect', 'fail'],
    [307, '', {}, 'redirect', 'fail'],
    [401, SCIM_ERROR(401, 'bad token'), {}, 'unauthorized', 'fail'],
    [403, SCIM_ERROR(403, 'nope'), {}, 'forbidden', 'fail'],
    [404, 'Not Found', { 'content-type': 'text/plain' }, 'not-found', 'fail'],
    [405, '', {}, 'method-not-allowed', 'fail'],
    [429, '', { 'retry-after': '10' }, 'upstream-rate-limited', 'fail'],
    [500, '', {}, 'server-error', 'fail'],
    [502, '<html>Bad gateway</html>', { 'content-type': 'text/html' }, 'server-error', 'fail'],
    [
      400,
      { ...SCIM_ERROR(400, 'filter'), scimType: 'invalidFilter' },
      {},
      'filter-unsupported',
      'fail',
    ],
    [400, SCIM_ERROR(400, 'other'), {}, 'not-scim', 'fail'],
    [
      200,
      '<!doctype html><title>Login</title>',
      { 'content-type': 'text/html' },
      'html-response',
      'fail',
    ],
    [200, '  <html>', { 'content-type': 'application/json' }, 'html-response', 'fail'],
    [200, '{"broken": ', {}, 'not-json', 'fail'],
    [200, { hello: 'world' }, {}, 'not-scim', 'fail'],
  ] as Array<[number, unknown, Record<string, string>, DiagnosticCode, string]>)(
    '%d %j → %s',
    (status, body, headers, code, outcome) => {
      const judgement = judgeResponse(
        'users-filter',
        'GET /scim/v2/Users',
        response(status, body, headers),
        redact,
      );
      expect({ code: judgement.code, status: judgement.status }).toEqual({ code, status: outcome });
      expect(judgement.message).toContain('GET /scim/v2/Users');
    },
  );

  it('a body cut off at the cap is response-too-large', () => {
    expect(
      judgeResponse('users-filter', 'GET /Users', response(200, '{"a":"', {}, true), redact).code,
    ).toBe('response-too-large');
  });

  it('quotes the SCIM error detail and where a redirect points', () => {
    expect(
      judgeResponse('spc', 'GET /x', response(401, SCIM_ERROR(401, 'Token revoked')), redact)
        .message,
    ).toContain('"Token revoked"');
    expect(
      judgeResponse(
        'spc',
        'GET /x',
        response(302, '', { location: 'https://idp.example.net/login' }),
        redact,
      ).message,
    ).toContain('to https://idp.example.net/login');
  });
});

describe('judgeResponse for the other checks', () => {
  it('a 401 or 403 without credentials is expected', () => {
    expect(judgeResponse('spc-anonymous', 'GET /spc', response(401, ''), redact)).toMatchObject({
      status: 'pass',
      code: 'ok',
    });
    expect(judgeResponse('spc-anonymous', 'GET /spc', response(403, ''), redact)).toMatchObject({
      status: 'pass',
      code: 'ok',
    });
  });

  it('/Groups 404 is a warning (groups-not-found), /Users 404 a failure', () => {
    expect(judgeResponse('groups-filter', 'GET /Groups', response(404, ''), redact)).toMatchObject({
      status: 'warn',
      code: 'groups-not-found',
    });
    expect(judgeResponse('users-filter', 'GET /Users', response(404, ''), redact)).toMatchObject({
      status: 'fail',
      code: 'not-found',
    });
  });

  it('a valid ServiceProviderConfig gives capabilities', () => {
    const spc = {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 50 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [
        { type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'x' },
      ],
    };
    const judgement = judgeResponse('spc', 'GET /spc', response(200, spc), redact);
    expect(judgement.status).not.toBe('fail');
    expect(judgement.capabilities).toMatchObject({ patch: true, filter: { supported: true } });
  });
});

describe('the token never comes back', () => {
  it('an endpoint that echoes the token in its error, headers or redirect gets it masked', () => {
    const echo = judgeResponse(
      'users-filter',
      'GET /Users',
      response(401, SCIM_ERROR(401, `Token ${TOKEN} is unknown`)),
      redact,
    );
    expect(echo.message).not.toContain(TOKEN);
    expect(echo.message).toContain('••••6789');
    const redirect = judgeResponse(
      'users-filter',
      'GET /Users',
      response(302, '', { location: `https://x.test/?t=${encodeURIComponent(TOKEN)}` }),
      redact,
    );
    expect(redirect.message).not.toContain(TOKEN);
  });

  it('redaction removes every copy of the token from any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (pieces) => {
        const text = pieces.join(TOKEN);
        expect(redact(text)).not.toContain(TOKEN);
      }),
    );
  });
});

describe('redaction of a host name', () => {
  it('masks the token even lower-cased, as a URL parser writes a host name', () => {
    expect(redact(`${TOKEN.toLowerCase()}.apartmentiq.io`)).toBe('••••6789.apartmentiq.io');
  });

  it('leaves text without the token alone, and treats regex characters in the token literally', () => {
    expect(redact('nothing to hide here')).toBe('nothing to hide here');
    const odd = makeRedactor('a.b*c+d?e(f)g[h]i\\j');
    expect(odd('x a.b*c+d?e(f)g[h]i\\j y')).toBe(`x ••••]i\\j y`);
    expect(odd('x aXb*c+d?e(f)g[h]i\\j y')).toBe('x aXb*c+d?e(f)g[h]i\\j y');
  });
});
