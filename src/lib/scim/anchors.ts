/**
 * How the catalogue is shown: where each code's entry is on the Troubleshooting page, the one word
 * for each severity, and how catalogue texts mark literal values. Apart from catalogue.ts so that a
 * widget that shows findings (every findings list) does not load all the catalogue's texts.
 */
import type { DiagnosticCode, Severity } from './contract';

/** The one word for each severity, wherever a finding or an entry shows it. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

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
