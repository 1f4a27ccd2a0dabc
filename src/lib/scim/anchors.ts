/**
 * Where each code's catalogue entry is on the Troubleshooting page, and how catalogue texts mark
 * literal values. Apart from catalogue.ts so that a widget that only links to entries (every
 * findings list) does not load all the catalogue's texts.
 */
import type { DiagnosticCode } from './contract';

/** Link to a code's entry on the Troubleshooting page (the anchor is the code itself). */
export function troubleshootingHref(code: DiagnosticCode): string {
  return `/troubleshooting/#${code}`;
}

/**
 * Catalogue and finding texts mark literal values (URLs, field values, codes) with backticks, as in
 * Markdown. Renderers split them with this instead of parsing Markdown: `code: true` parts go in
 * a `<code>` element, the rest is plain text.
 */
export function inlineCodeSegments(text: string): { text: string; code: boolean }[] {
  return text
    .split('`')
    .map((part, index) => ({ text: part, code: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}
