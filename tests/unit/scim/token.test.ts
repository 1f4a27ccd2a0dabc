import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TOKEN_CODES,
  checkToken,
  diagnosticCatalogue,
  maskSecret,
  type CheckResult,
  type TokenCode,
} from '~/lib/scim';
import { apartmentIq } from '~/config/apartmentiq';

const NOW = new Date('2026-11-28T12:00:00Z');
const DAY = 24 * 60 * 60;
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const GOOD = 'aiqZx81LqP0vR5mN2kT7wYb3Hs9Ue4Fd';

function base64url(json: unknown): string {
  return btoa(JSON.stringify(json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function jwt(
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  return `${base64url(header)}.${base64url(payload)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

function codes(result: CheckResult): string[] {
  return result.findings.map((f) => f.code);
}

const cases: {
  code: TokenCode;
  yields: string;
  severity: 'error' | 'warning' | 'info';
  nearMiss: string;
}[] = [
  { code: 'empty', yields: '', severity: 'error', nearMiss: GOOD },
  { code: 'empty', yields: '  ""  ', severity: 'error', nearMiss: `"${GOOD}"` },
  { code: 'bearer-prefix', yields: `Bearer ${GOOD}`, severity: 'error', nearMiss: `Bearer${GOOD}` },
  {
    code: 'bearer-prefix',
    yields: `bEaReR\t${GOOD}`,
    severity: 'error',
    nearMiss: `xBearer ${GOOD}`.replace(' ', ''),
  },
  {
    code: 'bearer-prefix',
    yields: `Authorization: Bearer ${GOOD}`,
    severity: 'error',
    nearMiss: GOOD,
  },
  { code: 'quoted', yields: `"${GOOD}"`, severity: 'error', nearMiss: `"${GOOD}` },
  { code: 'quoted', yields: `\u201C${GOOD}\u201D`, severity: 'error', nearMiss: `${GOOD}'` },
  { code: 'whitespace', yields: ` ${GOOD}\r\n`, severity: 'warning', nearMiss: GOOD },
  {
    code: 'whitespace',
    yields: `${GOOD.slice(0, 10)}\n${GOOD.slice(10)}`,
    severity: 'error',
    nearMiss: `${GOOD.slice(0, 10)}-${GOOD.slice(10)}`,
  },
  { code: 'invalid-characters', yields: `${GOOD}!`, severity: 'warning', nearMiss: `${GOOD}~` },
  {
    code: 'invalid-characters',
    yields: `${GOOD}\u2019`,
    severity: 'error',
    nearMiss: `${GOOD}'`.slice(0, -1),
  },
  {
    code: 'invalid-characters',
    yields: `${GOOD.slice(0, 5)}=${GOOD.slice(5)}`,
    severity: 'warning',
    nearMiss: `${GOOD}==`,
  },
  {
    code: 'invalid-characters',
    yields: `${GOOD}\u200B${GOOD}`,
    severity: 'error',
    nearMiss: `${GOOD}\u200B`,
  },
  {
    code: 'too-short',
    yields: 'Ab3dE6gH9jK2mN4',
    severity: 'warning',
    nearMiss: 'Ab3dE6gH9jK2mN4p',
  },
  { code: 'too-long', yields: 'a1'.repeat(2049), severity: 'error', nearMiss: 'a1'.repeat(2048) },
  {
    code: 'looks-like-url',
    yields: 'https://acme.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'httpsAcmeApartmentiqIoScimV2x',
  },
  {
    code: 'looks-like-url',
    yields: 'acme.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'Acme9.ApartmentIQ7.Io2/scim',
  },
  { code: 'placeholder', yields: '<token>', severity: 'error', nearMiss: 'tokenAbc123XyZ456qq' },
  {
    code: 'placeholder',
    yields: 'your-secret-token',
    severity: 'error',
    nearMiss: 'yoursecretive-token-A1b2',
  },
  {
    code: 'placeholder',
    yields: 'xxxxxxxxxxxxxxxx',
    severity: 'error',
    nearMiss: 'xxxxxxx1xxxxxxx2',
  },
  { code: 'placeholder', yields: 'changeme', severity: 'error', nearMiss: 'changemeNot-1234567' },
  { code: 'placeholder', yields: '••••abcd', severity: 'error', nearMiss: 'abcd1234EFGH5678' },
  {
    code: 'jwt-expired',
    yields: jwt({ exp: nowSeconds - DAY }),
    severity: 'error',
    nearMiss: jwt({ exp: nowSeconds + 400 * DAY }),
  },
  {
    code: 'jwt-not-yet-valid',
    yields: jwt({ nbf: nowSeconds + DAY, exp: nowSeconds + 400 * DAY }),
    severity: 'error',
    nearMiss: jwt({ nbf: nowSeconds - DAY }),
  },
  {
    code: 'jwt-expiring-soon',
    yields: jwt({ exp: nowSeconds + 10 * DAY }),
    severity: 'warning',
    nearMiss: jwt({ exp: nowSeconds + 31 * DAY }),
  },
  {
    code: 'jwt-unreadable',
    yields: 'abcdefgh.ijklmnop.qrstuvwx',
    severity: 'info',
    nearMiss: 'abcdefgh-ijklmnop-qrstuvwx',
  },
  {
    code: 'jwt-unreadable',
    yields: `${base64url({ typ: 'JWT' })}.${base64url({ sub: '1' })}.sig`,
    severity: 'info',
    nearMiss: jwt({ sub: '1' }),
  },
];

describe('checkToken: every code', () => {
  it('covers every Secret Token code in the table', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(TOKEN_CODES));
  });

  it.each(cases)('$code: yields it', ({ code, yields, severity }) => {
    const result = checkToken(yields, { now: NOW });
    expect(codes(result)).toContain(code);
    expect(result.findings.find((f) => f.code === code)?.severity).toBe(severity);
    expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
  });

  it.each(cases)('$code: not for its near miss', ({ code, nearMiss }) => {
    expect(codes(checkToken(nearMiss, { now: NOW }))).not.toContain(code);
  });
});

describe('checkToken: results', () => {
  it('accepts a plain opaque token', () => {
    expect(checkToken(GOOD, { now: NOW })).toEqual({ ok: true, normalized: GOOD, findings: [] });
  });

  it('peels Bearer, quotes and outer whitespace in any order', () => {
    for (const input of [
      `Bearer ${GOOD}`,
      `"Bearer ${GOOD}"`,
      `Bearer "${GOOD}"`,
      ` '${GOOD}' `,
      `\u201C${GOOD}\u201D\n`,
      `Authorization: Bearer ${GOOD}`,
    ]) {
      const result = checkToken(input, { now: NOW });
      expect(result.normalized).toBe(GOOD);
    }
  });

  it('names the first bad character and its position in the value as pasted, not the token', () => {
    const result = checkToken(`  Bearer ${GOOD.slice(0, 4)}\u00A0${GOOD.slice(4)}`, { now: NOW });
    const finding = result.findings.find((f) => f.code === 'whitespace' && f.severity === 'error');
    expect(finding?.message).toContain('U+00A0 no-break space at position 14');
    const punctuation = checkToken(`${GOOD.slice(0, 6)}!${GOOD.slice(6)}`, {
      now: NOW,
    }).findings.find((f) => f.code === 'invalid-characters');
    expect(punctuation?.message).toContain('"!" at position 7');
    const smartQuote = checkToken(`${GOOD}\u2019s`, { now: NOW }).findings.find(
      (f) => f.code === 'invalid-characters',
    );
    expect(smartQuote?.message).toContain('U+2019 right single quotation mark');
    const letter = checkToken(`${GOOD}é`, { now: NOW }).findings.find(
      (f) => f.code === 'invalid-characters',
    );
    expect(letter?.message).toContain('U+00E9');
    expect(letter?.message).not.toContain('é');
  });

  it('counts positions in characters, also after emoji', () => {
    const finding = checkToken(`\u{1F600}${GOOD}`, { now: NOW }).findings.find(
      (f) => f.code === 'invalid-characters',
    );
    expect(finding?.message).toContain('at position 1');
    const after = checkToken(`${GOOD}\u{1F600}`, { now: NOW }).findings.find(
      (f) => f.code === 'invalid-characters',
    );
    expect(after?.message).toContain(`at position ${GOOD.length + 1}`);
  });

  it('shows JWT dates, decided by the "now" it is given', () => {
    const token = jwt({ exp: Date.UTC(2026, 11, 1) / 1000 });
    const soon = checkToken(token, { now: NOW });
    expect(soon.findings.find((f) => f.code === 'jwt-expiring-soon')?.message).toContain(
      '2026-12-01 00:00 UTC',
    );
    expect(codes(checkToken(token, { now: new Date('2026-12-02T00:00:00Z') }))).toContain(
      'jwt-expired',
    );
    expect(codes(checkToken(token, { now: new Date('2026-01-01T00:00:00Z') }))).toEqual([]);
  });

  it('offers no value to paste when the token itself is wrong', () => {
    for (const input of [
      '<token>',
      `${GOOD} ${GOOD}`,
      `${GOOD}\u00E9`,
      jwt({ exp: nowSeconds - DAY }),
      'https://acme.apartmentiq.io/scim',
    ]) {
      expect(checkToken(input, { now: NOW }).normalized).toBeUndefined();
    }
  });

  it('treats the unconfirmed minimum length as a warning and keeps the value', () => {
    // ApartmentIQ has not published its token format (config scim.confirmed.tokenLength).
    expect(apartmentIq.scim.confirmed.tokenLength).toBe(false);
    const result = checkToken('abc', { now: NOW });
    expect(result.findings.find((f) => f.code === 'too-short')?.severity).toBe('warning');
    expect(result.findings.find((f) => f.code === 'too-short')?.message).not.toMatch(/real token/);
    expect(result.ok).toBe(true);
    expect(result.normalized).toBe('abc');
  });

  it('warns, but keeps the value, for printable punctuation such as a key:secret token', () => {
    const result = checkToken('scimkey123:Zx81LqP0vR5mN2kT7', { now: NOW });
    expect(result.ok).toBe(true);
    expect(result.normalized).toBe('scimkey123:Zx81LqP0vR5mN2kT7');
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['invalid-characters', 'warning'],
    ]);
    expect(result.findings[0]?.message).toContain('":" at position 11');
  });

  it('reports copy damage as an error even after printable punctuation', () => {
    const result = checkToken(`${GOOD}:${GOOD}\u00A0x`.replace('\u00A0x', '\u201D'), { now: NOW });
    expect(result.ok).toBe(false);
    expect(result.normalized).toBeUndefined();
    const finding = result.findings.find((f) => f.code === 'invalid-characters');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(
      `U+201D right double quotation mark at position ${2 * GOOD.length + 2}`,
    );
  });

  it('reads a JWT with non-ASCII claims', () => {
    expect(
      codes(checkToken(jwt({ name: 'Zoë', exp: nowSeconds + 5 * DAY }), { now: NOW })),
    ).toEqual(['jwt-expiring-soon']);
  });
});

describe('maskSecret', () => {
  it.each([
    ['', '••••'],
    ['abc', '••••'],
    ['abcdefghijk', '••••'],
    ['abcdefghijkl', '••••ijkl'],
    [GOOD, `••••${GOOD.slice(-4)}`],
    [`${GOOD}\u{1F600}`, `••••${GOOD.slice(-3)}\u{1F600}`],
  ])('%s → %s', (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked);
  });
});

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'.split('');
const b64Token = fc.string({ unit: fc.constantFrom(...B64), minLength: 12, maxLength: 300 });
const catalogueText = Object.values(diagnosticCatalogue)
  .map((e) => `${e.title} ${e.explanation} ${e.fix}`)
  .join(' ');

describe('checkToken: properties', () => {
  const anyInput = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    b64Token,
    b64Token.map((t) => `Bearer "${t}"`),
  );

  it('never throws, and ok is false exactly when there is an error finding', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = checkToken(input, { now: NOW });
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on normalized', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { normalized } = checkToken(input, { now: NOW });
        if (normalized === undefined) return;
        const again = checkToken(normalized, { now: NOW });
        expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(again.normalized).toBe(normalized);
      }),
      { numRuns: 2000 },
    );
  });

  it('never puts the token in a message or fix, however it is wrapped or broken', () => {
    const wrappers = [
      (t: string) => t,
      (t: string) => `Bearer ${t}`,
      (t: string) => ` "${t}" `,
      (t: string) => `${t} ${t}`,
      (t: string) => `${t}!`,
      (t: string) => `${t}\u00A0x`,
    ];
    fc.assert(
      fc.property(
        fc.oneof(b64Token, fc.string({ unit: 'binary', minLength: 12 })),
        fc.constantFrom(...wrappers),
        (token, wrap) => {
          const core = token.trim();
          fc.pre(core.length >= 12 && !catalogueText.includes(core));
          for (const f of checkToken(wrap(token), { now: NOW }).findings) {
            expect(f.message).not.toContain(core);
            expect(f.fix ?? '').not.toContain(core);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('survives huge and broken input', () => {
    expect(checkToken('a1'.repeat(2_500_000)).findings.map((f) => f.code)).toContain('too-long');
    expect(() => checkToken('\ud800'.repeat(200_000))).not.toThrow();
    expect(checkToken('a'.repeat(5_000_000)).ok).toBe(false);
    // Inputs that make backtracking regular expressions quadratic: these would hang, not fail.
    expect(checkToken(`x${' '.repeat(300_000)}x`).ok).toBe(false);
    expect(checkToken('[token'.repeat(100_000)).ok).toBe(false);
    expect(checkToken(`${'a.'.repeat(100_000)}io/x`).ok).toBe(false);
    expect(() => checkToken(`${'eyJ'.repeat(100_000)}.${'x'.repeat(100_000)}.y`)).not.toThrow();
  });
});
