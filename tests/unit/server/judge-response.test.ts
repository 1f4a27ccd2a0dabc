/**
 * judgeResponse and recordResponse: what one HTTP answer means for one check and what it adds to
 * the transcript (pure, no network); the token never comes back in any encoding; hostile HTML is
 * judged in linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode, TranscriptEntry } from '~/lib/scim/contract';
import { createSecretFinder, WITHHELD } from '~/lib/secret/finder';
import { judgeResponse as judgeWith, recordResponse } from '~/server/probe-answer';
import { OKTA_FIELD_WORDS } from '~/lib/scim';
import { ENTRA_PLAN, OKTA_PLAN, type PlannedRequest } from '~/server/probe-plan';
import type { HttpResponse } from '~/server/network';
import { allStrings, ENCODING_NAMES, encodeToken, leakedRun } from '../../support/encodings';
import { doublingRatio, LINEAR_RATIO_LIMIT } from '../../support/linear';

/** The request of Entra's (or Okta's) plan with this check id. */
function planned(id: PlannedRequest['id']): PlannedRequest {
  const found = [...ENTRA_PLAN.stages, ...OKTA_PLAN.stages]
    .flat()
    .find((request) => request.id === id);
  if (!found) throw new Error(`no planned request ${id}`);
  return found;
}

/** Judges an answer as the plan's request with this id, in its plan's words. */
const judgeResponse = (
  id: PlannedRequest['id'],
  request: string,
  answer: HttpResponse,
  finder: ReturnType<typeof createSecretFinder>,
) =>
  judgeWith(
    planned(id).expect,
    request,
    answer,
    finder,
    id.startsWith('okta-') ? OKTA_FIELD_WORDS : undefined,
  );

const TOKEN = 'aiqTESTtokenABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const redact = createSecretFinder(TOKEN);

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

const PAGED = (extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: 1,
  startIndex: 1,
  itemsPerPage: 1,
  Resources: [{ id: '1', userName: 'alice@example.com' }],
  ...extra,
});

describe('judgeResponse, Okta mode: the user list of Okta’s test and the look-up before a create', () => {
  it.each([
    ['okta-users-list', 200, PAGED(), 'ok', 'pass'],
    [
      'okta-users-list',
      200,
      PAGED({ totalResults: 0, itemsPerPage: 0, Resources: [] }),
      'ok',
      'pass',
    ],
    ['okta-users-list', 200, PAGED({ startIndex: '1' }), 'paging-not-integer', 'fail'],
    ['okta-users-list', 200, PAGED({ itemsPerPage: undefined }), 'paging-not-integer', 'fail'],
    [
      'okta-users-list',
      200,
      PAGED({ totalResults: 3, itemsPerPage: 3, Resources: [{}, {}, {}] }),
      'paging-ignored',
      'warn',
    ],
    ['okta-users-list', 401, SCIM_ERROR(401, 'bad token'), 'unauthorized', 'fail'],
    ['okta-users-list', 404, SCIM_ERROR(404, 'no such path'), 'not-found', 'fail'],
    ['okta-user-lookup', 200, EMPTY_LIST, 'ok', 'pass'],
    ['okta-user-lookup', 404, SCIM_ERROR(404, 'User not found'), 'ok', 'pass'],
    ['okta-user-lookup', 404, 'Not Found', 'not-found', 'fail'],
    ['okta-user-lookup', 200, PAGED(), 'filter-ignored', 'fail'],
    [
      'okta-user-lookup',
      400,
      { ...SCIM_ERROR(400, 'f'), scimType: 'invalidFilter' },
      'filter-unsupported',
      'fail',
    ],
  ] as Array<['okta-users-list' | 'okta-user-lookup', number, unknown, DiagnosticCode, string]>)(
    '%s %d %j → %s',
    (id, status, body, code, outcome) => {
      const judgement = judgeResponse(id, 'GET /scim/v2/Users', response(status, body), redact);
      expect({ code: judgement.code, status: judgement.status }).toEqual({ code, status: outcome });
      expect(judgement.message).not.toMatch(/Entra/);
    },
  );

  it('says Okta accepts a 404 SCIM error for a user who does not exist', () => {
    const judgement = judgeResponse(
      'okta-user-lookup',
      'GET /scim/v2/Users',
      response(404, SCIM_ERROR(404, 'User not found')),
      redact,
    );
    expect(judgement.message).toMatch(/Okta accepts that answer/);
  });
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

  it('a web page without credentials warns in words, never echoing the token in its title', () => {
    const judged = judgeResponse(
      'spc-anonymous',
      'GET /spc',
      response(200, `<html><title>Sign in ${TOKEN}</title></html>`, {
        'content-type': 'text/html',
      }),
      redact,
    );
    expect(judged).toMatchObject({ status: 'warn', code: 'html-response' });
    expect(judged.message).toContain(
      'GET /spc answered 200 OK without credentials with an HTML page',
    );
    expect(judged.message).toContain('Entra always sends the Secret Token');
    expect(judged.message).not.toContain(TOKEN.slice(0, 12));
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

const REQUEST: TranscriptEntry['request'] = {
  method: 'GET',
  url: 'https://acme.apartmentiq.io/scim/v2/Users',
  headers: { Authorization: 'Bearer ••••6789' },
};

/** Where an endpoint can put what it echoes, as one HTTP answer. */
const PLACES = {
  body: (echo: string) => response(200, `{"echo": "${echo}"}`),
  'a header': (echo: string) => response(401, '', { 'x-echo': echo.replace(/\r\n/g, ' ') }),
  'a header name': (echo: string) => response(401, '', { [`x-${echo.replace(/\W/g, '')}`]: '1' }),
  'the SCIM detail': (echo: string) => response(401, SCIM_ERROR(401, `Bad token: ${echo}`)),
  'WWW-Authenticate': (echo: string) =>
    response(401, '', { 'www-authenticate': `Bearer error="invalid_token", token="${echo}"` }),
  'a redirect': (echo: string) => response(302, '', { location: `https://x.test/?t=${echo}` }),
  'an HTML title': (echo: string) =>
    response(200, `<html><title>${echo}</title></html>`, { 'content-type': 'text/html' }),
};
type Place = keyof typeof PLACES;

function recorded(secret: string, answer: HttpResponse): string {
  const { entry, judgement } = recordResponse(planned('users-filter'), REQUEST, answer, {
    finder: createSecretFinder(secret),
    transcriptBodyBytes: 4096,
    durationMs: 1,
    described: 'GET /scim/v2/Users',
  });
  return allStrings({ entry, message: judgement.message, findings: judgement.findings });
}

describe('the token never comes back', () => {
  it.each(
    ENCODING_NAMES.flatMap((encoding) => Object.keys(PLACES).map((place) => [encoding, place])),
  )('written as %s in %s, it is withheld whole', (encoding, place) => {
    const echo = encodeToken(TOKEN, encoding as (typeof ENCODING_NAMES)[number]);
    const text = recorded(TOKEN, PLACES[place as Place](echo));
    expect(leakedRun(text, TOKEN, encoding as (typeof ENCODING_NAMES)[number])).toBeUndefined();
    if (place !== 'a header name' || encoding === 'raw') expect(text).toContain(WITHHELD);
  });

  it('random tokens in every encoding and place are unrecoverable (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\w.~+/-]{32,80}$/),
        fc.constantFrom(...ENCODING_NAMES),
        fc.constantFrom(...(Object.keys(PLACES) as Place[])),
        (token, encoding, place) => {
          const text = recorded(token, PLACES[place](encodeToken(token, encoding)));
          expect(leakedRun(text, token, encoding)).toBeUndefined();
        },
      ),
    );
  });

  it('everything else of the answer stays readable', () => {
    const text = recorded(
      TOKEN,
      response(401, SCIM_ERROR(401, 'Token revoked'), { 'x-id': 'abc' }),
    );
    expect(text).toContain('"Token revoked"');
    expect(text).toContain('abc');
    expect(text).not.toContain(WITHHELD);
  });
});

describe('hostile HTML', () => {
  const titleBomb = (size: number) => '<title'.repeat(size / 6);

  it('finds the title only in the first few KiB', () => {
    const late = `<html>${' '.repeat(5000)}<title>Late</title>`;
    const html = { 'content-type': 'text/html' };
    expect(judgeResponse('spc', 'GET /x', response(200, late, html), redact).message).not.toContain(
      'Late',
    );
    expect(
      judgeResponse('spc', 'GET /x', response(200, '<title>Sign in</title>', html), redact).message,
    ).toContain('("Sign in")');
  });

  it('judges "<title" repeated in linear time (doubling the body about doubles the work)', () => {
    const judge = (body: string) =>
      judgeResponse('spc', 'GET /x', response(200, body, { 'content-type': 'text/html' }), redact);
    expect(judge(titleBomb(60_000)).code).toBe('html-response');
    expect(doublingRatio(judge, titleBomb, 8 * 1024)).toBeLessThan(LINEAR_RATIO_LIMIT);
  });
});
