/**
 * A diagnostic code needs two things: its place in a code list (src/lib/scim/contract.ts) and its
 * catalogue entry (src/lib/scim/catalogue.ts, a compile error without it). The built site then has,
 * for every code, its Troubleshooting entry at `#<code>` and its row in Support's code table.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES } from '~/lib/scim/contract';
import { diagnosticCatalogue, troubleshootingHref } from '~/lib/scim/catalogue';

const built = (page: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../dist/client/${page}/index.html`, import.meta.url)),
    'utf8',
  );
const troubleshooting = built('troubleshooting');
const support = built('support');
const count = (html: string, text: string) => html.split(text).length - 1;
/** Text as Astro writes it into HTML. */
const escaped = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

describe('every diagnostic code on the built site', () => {
  it.each([...ALL_DIAGNOSTIC_CODES])('%s: one Troubleshooting entry, one Support row', (code) => {
    expect(count(troubleshooting, ` id="${code}"`)).toBe(1);
    expect(troubleshooting).toContain(`>${escaped(diagnosticCatalogue[code].title)}</h3>`);
    expect(count(support, ` id="code-${code}"`)).toBe(1);
    expect(support).toContain(`href="${troubleshootingHref(code)}"`);
  });
});
