/**
 * checkToken: what is wrong with the value pasted into Entra's "Secret Token" field (or the API
 * token in Okta's Authorization field: the same checks, in Okta's words).
 *
 * Every message describes the token (length, position, one character, a date) and never repeats
 * it: these texts are shown on screen, sent to the probe's answer and quoted in support reports.
 */
import { apartmentIq } from '../../config/apartmentiq';
import type { CheckResult, Finding } from './contract';
import { ENTRA_FIELD_WORDS, inFieldWords, type FieldWords } from './field-words';
import { trailingRun, trimTrailing } from '../text/trim';
import { B64TOKEN, looksLikeUrl } from './secret-shape';
import {
  COPY_JUNK,
  codePoints,
  describeCharacter,
  finding,
  isWhitespaceChar,
  toResult,
} from './text';

export interface CheckTokenOptions {
  /** The moment JWT dates are compared with; defaults to the current time. */
  now?: Date;
  /** Whose field it is: Entra's Secret Token (default) or Okta's API token. */
  words?: FieldWords;
}

const BEARER_PREFIX = /^(?:authorization\s*:\s*)?bearer\s+/i;
const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'],
  ['\u201D', '\u201D'],
  ['\u2018', '\u2019'],
  ['\u2019', '\u2019'],
  ['\u201E', '\u201C'],
  ['\u00AB', '\u00BB'],
];

const PLACEHOLDER_WORDS =
  /^(?:change[-_ ]?me|placeholder|token|secret|secret[-_ ]?token|access[-_ ]?token|bearer[-_ ]?token|api[-_ ]?key|scim[-_ ]?token|password|test|todo|tbd|redacted|none|null|undefined|n\/a)$/i;
const PLACEHOLDER_TEXT =
  /[<>{}•…]|x{8,}|\*{3,}|^\.{3,}$|\byour[-_ ]?(?:secret|token|api|access|scim|bearer)(?:[-_ ]?(?:token|key))?\b|(?:paste|insert|enter)[-_ ]?(?:your|the)?[-_ ]?(?:secret|token)|token[-_ ]?here|\[(?:secret|token)[^[\]]{0,40}\]/i;

function quotePairAt(value: string): [string, string] | undefined {
  if (value.length < 2) return undefined;
  return QUOTE_PAIRS.find(
    ([open, close]) =>
      value.startsWith(open) && value.endsWith(close) && value.length >= open.length + close.length,
  );
}

interface Cleaned {
  token: string;
  /** Code points removed from the start, so positions refer to the value as pasted. */
  offset: number;
  outerWhitespace: boolean;
  bearer: boolean;
  quoted: boolean;
}

/** Peels what is commonly pasted around a token: whitespace, quotes and a "Bearer " prefix, in any order. */
function peel(input: string): Cleaned {
  let token = input;
  let offset = 0;
  let outerWhitespace = false;
  let bearer = false;
  let quoted = false;
  const dropStart = (count: number) => {
    offset += codePoints(token.slice(0, count)).length;
    token = token.slice(count);
  };
  for (let changed = true; changed;) {
    changed = false;
    let start = 0;
    while (start < token.length && COPY_JUNK.test(token.charAt(start))) start++;
    let end = token.length;
    while (end > start && COPY_JUNK.test(token.charAt(end - 1))) end--;
    if (start > 0 || end < token.length) {
      outerWhitespace = true;
      token = token.slice(0, end);
      dropStart(start);
      changed = true;
    }
    const bearerMatch = BEARER_PREFIX.exec(token);
    if (bearerMatch && bearerMatch[0].length < token.length) {
      bearer = true;
      dropStart(bearerMatch[0].length);
      changed = true;
    }
    const quotes = quotePairAt(token);
    if (quotes) {
      quoted = true;
      token = token.slice(0, token.length - quotes[1].length);
      dropStart(quotes[0].length);
      changed = true;
    }
  }
  return { token, offset, outerWhitespace, bearer, quoted };
}

/** Decodes one base64url (or base64) JWT segment to a JSON object, or undefined. */
function decodeJwtPart(part: string): Record<string, unknown> | undefined {
  try {
    const base64 = trimTrailing(part, '=').replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function dateFromClaim(value: unknown): Date | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function jwtFindings(token: string, now: Date, FIELD: string): Finding[] {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^[\w\-+/=]+\.[\w\-+/=]+\.[\w\-+/=]*$/.test(token)) return [];
  const header = decodeJwtPart(parts[0] ?? '');
  const payload = decodeJwtPart(parts[1] ?? '');
  if (!header || typeof header['alg'] !== 'string' || !payload) {
    return [
      finding(
        'jwt-unreadable',
        `The ${FIELD} has three parts separated by dots, like a JSON Web Token, but does not decode as one. That is fine for an opaque token; it only means no expiry date can be shown.`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const expires = dateFromClaim(payload['exp']);
  const notBefore = dateFromClaim(payload['nbf']);
  const soonDays = apartmentIq.scim.token.expiringSoonDays;
  if (expires && expires.getTime() <= now.getTime()) {
    findings.push(finding('jwt-expired', `The ${FIELD} expired on ${formatDate(expires)}.`));
  } else if (expires && expires.getTime() - now.getTime() < soonDays * DAY_MS) {
    const days = Math.max(0, Math.floor((expires.getTime() - now.getTime()) / DAY_MS));
    findings.push(
      finding(
        'jwt-expiring-soon',
        `The ${FIELD} expires on ${formatDate(expires)} (in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}). Provisioning stops when it does.`,
      ),
    );
  }
  if (notBefore && notBefore.getTime() > now.getTime()) {
    findings.push(
      finding('jwt-not-yet-valid', `The ${FIELD} is not valid before ${formatDate(notBefore)}.`),
    );
  }
  return findings;
}

export function checkToken(input: string, options: CheckTokenOptions = {}): CheckResult {
  const words = options.words ?? ENTRA_FIELD_WORDS;
  const result = checkTokenIn(input, options, words);
  if (words === ENTRA_FIELD_WORDS) return result;
  return { ...result, findings: result.findings.map((item) => inFieldWords(item, words)) };
}

function checkTokenIn(input: string, options: CheckTokenOptions, words: FieldWords): CheckResult {
  const FIELD = words.token;
  const findings: Finding[] = [];
  const now = options.now ?? new Date();
  const { token, offset, outerWhitespace, bearer, quoted } = peel(input);

  if (token === '') {
    return toResult([finding('empty', `The ${FIELD} field is empty.`)], undefined);
  }
  if (outerWhitespace) {
    findings.push(
      finding(
        'whitespace',
        `The ${FIELD} has spaces or line breaks at the start or end; they are removed below.`,
        { severity: 'warning' },
      ),
    );
  }
  if (bearer) {
    findings.push(
      finding('bearer-prefix', `The ${FIELD} starts with "Bearer". ${words.bearerPrefix}`),
    );
  }
  if (quoted) {
    findings.push(
      finding('quoted', `The ${FIELD} is wrapped in quotation marks; they are removed below.`),
    );
  }

  // Whether the peeled token can be offered as the value to paste: false once a problem needs a human.
  let derivable = true;
  const chars = codePoints(token);
  const length = chars.length;

  if (looksLikeUrl(token)) {
    findings.push(
      finding(
        'looks-like-url',
        `The ${FIELD} field holds a web address (probably the ${words.url}), not a token.`,
      ),
    );
    return toResult(findings, undefined);
  }

  // One character repeated (e.g. "aaaaaaaa"); a loop, because a back-reference regex overflows the stack on huge input.
  const oneCharacterRepeated = length >= 8 && chars.every((c) => c === chars[0]);
  const isPlaceholder =
    oneCharacterRepeated || PLACEHOLDER_WORDS.test(token) || PLACEHOLDER_TEXT.test(token);
  if (isPlaceholder) {
    findings.push(
      finding('placeholder', `The ${FIELD} looks like example or masked text, not a real token.`),
    );
    derivable = false;
  }

  const spaceIndex = chars.findIndex(isWhitespaceChar);
  if (spaceIndex >= 0) {
    findings.push(
      finding(
        'whitespace',
        `The ${FIELD} contains ${describeCharacter(chars[spaceIndex] ?? ' ')} at position ${offset + spaceIndex + 1}. A token is one piece without spaces or line breaks.`,
        {
          severity: 'error',
        },
      ),
    );
    derivable = false;
  }

  if (!isPlaceholder) {
    const paddingStart = chars.length - trailingRun(token, '=');
    const outsideAlphabet = (c: string, i: number) =>
      !isWhitespaceChar(c) && !(/^[\w\-.~+/]$/.test(c) || (c === '=' && i >= paddingStart));
    const badIndex = chars.findIndex(outsideAlphabet);
    // Printable ASCII outside RFC 6750's alphabet is rare but real (some vendors issue `key:secret`
    // tokens, and Entra sends the value as is): a warning. Anything else is damage from copying.
    const damagedIndex = chars.findIndex(
      (c, i) => outsideAlphabet(c, i) && !/^[\x21-\x7e]$/.test(c),
    );
    const describeAt = (index: number) => {
      const char = chars[index] ?? '';
      return `${char === '=' ? 'an "=" sign before the end' : describeCharacter(char)} at position ${offset + index + 1}`;
    };
    if (damagedIndex >= 0) {
      findings.push(
        finding(
          'invalid-characters',
          `The ${FIELD} contains ${describeAt(damagedIndex)}, which a bearer token cannot contain; it usually comes from copying.`,
        ),
      );
      derivable = false;
    } else if (badIndex >= 0) {
      findings.push(
        finding(
          'invalid-characters',
          `The ${FIELD} contains ${describeAt(badIndex)}. Bearer tokens normally contain only letters, digits and - . _ ~ + /; keep it only if it is part of the token you were sent.`,
          {
            severity: 'warning',
          },
        ),
      );
    }

    const { minLength, maxLength, prefix } = apartmentIq.scim.token;
    // Unconfirmed bounds are our guess, not ApartmentIQ's rule: a value outside them is worth a
    // second look (a warning) but may still be a real token, so it stays usable.
    const lengthConfirmed = apartmentIq.scim.confirmed.tokenLength;
    if (length < minLength) {
      findings.push(
        finding(
          'too-short',
          lengthConfirmed
            ? `The ${FIELD} is ${length} character${length === 1 ? '' : 's'} long; a real token has at least ${minLength}.`
            : `The ${FIELD} is only ${length} character${length === 1 ? '' : 's'} long; tokens are usually much longer. Compare it with the token your ${apartmentIq.contacts.csmShort} sent.`,
          { severity: lengthConfirmed ? 'error' : 'warning' },
        ),
      );
      if (lengthConfirmed) derivable = false;
    } else if (length > maxLength) {
      // An upper bound stays an error even unconfirmed: it is this check's own limit, and a value
      // this long is almost always more than the token (a whole message, or the token twice).
      findings.push(
        finding(
          'too-long',
          `The ${FIELD} is ${length} characters long, more than this check accepts (${maxLength}). Check that only the token was copied, once.`,
        ),
      );
      derivable = false;
    }
    // The token format is not published; a prefix rule only applies when the config names one.
    if (prefix !== undefined && prefix !== '' && !token.startsWith(prefix) && badIndex < 0) {
      findings.push(
        finding(
          'invalid-characters',
          `The ${FIELD} does not start with "${prefix}", as ApartmentIQ tokens do. Part of it may be missing, or it is another product's token.`,
          {
            severity: 'warning',
          },
        ),
      );
    }
  }

  if (B64TOKEN.test(token)) findings.push(...jwtFindings(token, now, FIELD));
  if (findings.some((f) => f.code === 'jwt-expired' || f.code === 'jwt-not-yet-valid'))
    derivable = false;

  return toResult(findings, derivable ? token : undefined);
}

/** `••••` and the last 4 characters; only `••••` for short secrets, so they are not half revealed. */
export function maskSecret(secret: string): string {
  const chars = codePoints(secret);
  return chars.length < 12 ? '••••' : `••••${chars.slice(-4).join('')}`;
}
