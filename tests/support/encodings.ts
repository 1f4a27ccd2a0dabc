/**
 * The ways an endpoint (or a copy and paste) can write the Secret Token, written here
 * independently of src/lib/secret, and a check that a text gives none of them away.
 *
 * Used by the property tests (tests/unit) and the echo server (tests/integration).
 */

const hex2 = (value: number): string => value.toString(16).toUpperCase().padStart(2, '0');
const bytesOf = (text: string): number[] => [...Buffer.from(text, 'utf8')];

/** Every encoding the issue names (issue 12, item 2), by name. */
export const TOKEN_ENCODINGS = {
  raw: (token: string) => token,
  'upper case': (token: string) => token.toUpperCase(),
  'JSON with \\/': (token: string) => JSON.stringify(token).slice(1, -1).replace(/\//g, '\\/'),
  'JSON \\uXXXX': (token: string) =>
    [...token].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  'JSON \\uXXXX, some': (token: string) =>
    [...token]
      .map((char, index) =>
        index % 3 === 1 ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char,
      )
      .join(''),
  'percent, full': (token: string) =>
    bytesOf(token)
      .map((byte) => `%${hex2(byte)}`)
      .join(''),
  'percent, partial': (token: string) =>
    [...token]
      .map((char, index) => (index % 2 === 0 ? `%${hex2(char.charCodeAt(0))}` : char))
      .join(''),
  'percent, twice': (token: string) =>
    [...token].map((char) => `%25${hex2(char.charCodeAt(0))}`).join(''),
  'HTML &#NN;': (token: string) => [...token].map((char) => `&#${char.charCodeAt(0)};`).join(''),
  'HTML &#xNN;, some': (token: string) =>
    [...token]
      .map((char, index) => (index % 2 === 0 ? `&#x${char.charCodeAt(0).toString(16)};` : char))
      .join(''),
  'HTML named': (token: string) =>
    token
      .replace(/\//g, '&sol;')
      .replace(/\+/g, '&plus;')
      .replace(/=/g, '&equals;')
      .replace(/_/g, '&lowbar;')
      .replace(/\./g, '&period;'),
  base64: (token: string) => Buffer.from(token).toString('base64'),
  'base64 of Bearer': (token: string) => Buffer.from(`Bearer ${token}`).toString('base64'),
  base64url: (token: string) => Buffer.from(token).toString('base64url'),
  'base64 of JSON': (token: string) =>
    Buffer.from(JSON.stringify({ access_token: token })).toString('base64'),
  'base64, MIME lines': (token: string) =>
    (
      Buffer.from(`Bearer ${token}`)
        .toString('base64')
        .match(/.{1,20}/g) ?? []
    ).join('\r\n'),
  hex: (token: string) => Buffer.from(token).toString('hex'),
  'hex, upper case': (token: string) =>
    Buffer.from(`Bearer ${token}`).toString('hex').toUpperCase(),
  'two lines': (token: string) =>
    `${token.slice(0, token.length >> 1)}\r\n    ${token.slice(token.length >> 1)}`,
  'first 30 characters': (token: string) => token.slice(0, 30),
  'eight characters': (token: string) => token.slice(5, 13),
} satisfies Record<string, (token: string) => string>;

export type TokenEncoding = keyof typeof TOKEN_ENCODINGS;
export const ENCODING_NAMES = Object.keys(TOKEN_ENCODINGS) as TokenEncoding[];

export function encodeToken(token: string, encoding: TokenEncoding): string {
  return TOKEN_ENCODINGS[encoding](token);
}

function windows(text: string, length: number): string[] {
  const found: string[] = [];
  for (let start = 0; start + length <= text.length; start++)
    found.push(text.slice(start, start + length));
  return found;
}

/**
 * The first run of `encoded` (or of the token itself) long enough to give the token away that
 * `output` contains, compared without case and whitespace; undefined when there is none.
 * Hex needs 16 characters for 8 of the token.
 */
export function leakedRun(
  output: string,
  token: string,
  encoding: TokenEncoding,
): string | undefined {
  const squash = (text: string) => text.toLowerCase().replace(/\s/g, '');
  const haystack = squash(output);
  const encoded = squash(encodeToken(token, encoding));
  const length = encoding.startsWith('hex') ? 16 : 8;
  return [...windows(encoded, length), ...windows(squash(token), 8)].find((run) =>
    haystack.includes(run),
  );
}

/** Every string in a JSON-like value (and its object keys), one per line. */
export function allStrings(value: unknown): string {
  const out: string[] = [];
  const walk = (item: unknown): void => {
    if (typeof item === 'string') out.push(item);
    else if (Array.isArray(item)) item.forEach(walk);
    else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        out.push(key);
        walk(child);
      }
    }
  };
  walk(value);
  return out.join('\n');
}
