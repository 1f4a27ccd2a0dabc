import type { EntryText } from '../catalogue';
import type { DiagnosticCode, Finding, Severity } from '../contract';

/**
 * The finding maker for one group's entries: `finding(code, message?, { severity?, fix? })`, with the
 * entry's severity, explanation and fix as defaults. Bound to the group, so code that reports these
 * findings loads only this group's texts, and a code from another group is a type error.
 */
export function findingFrom<Code extends DiagnosticCode>(entries: Record<Code, EntryText>) {
  return (
    code: Code,
    message?: string,
    options: { severity?: Severity; fix?: string } = {},
  ): Finding => {
    const entry = entries[code];
    return {
      code,
      severity: options.severity ?? entry.severity,
      message: message ?? entry.explanation,
      fix: options.fix ?? entry.fix,
    };
  };
}
