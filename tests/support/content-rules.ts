/**
 * Statements the guide must never make again: each rule is a claim Microsoft's documentation or
 * the source guide contradicts (issue 11), checked sentence by sentence on the built pages by
 * tests/integration/content-truth.test.ts, and proven able to fail by tests/unit/content-rules.test.ts.
 */
import { apartmentIq } from '../../src/config/apartmentiq';

export interface ContentRule {
  id: string;
  /** Why the statement is wrong, with the source that says so. */
  why: string;
  /** True when the sentence breaks the rule. */
  breaks: (sentence: string) => boolean;
}

const removesActive = apartmentIq.scim.activeMapping === 'remove';

export const contentRules: readonly ContentRule[] = [
  {
    id: 'least-privileged-role',
    why: 'Cloud Application Administrator is enough (ms-add-enterprise-app, ms-built-in-roles); "at least Application Administrator" sends admins for a bigger role than needed.',
    breaks: (sentence) => /\bat least (an? |the )?Application Administrator/i.test(sentence),
  },
  {
    id: 'leavers',
    why: 'With the active mapping removed, Entra sends nothing when someone is unassigned, blocked or deleted (ms-how-provisioning-works, ms-govern-existing-users).',
    breaks: (sentence) =>
      removesActive &&
      (/creates, updates,? and (removes|deletes)/i.test(sentence) ||
        /\bremoves? access when/i.test(sentence) ||
        /\b(removes|deactivates|deletes) (their |the )?(access|accounts?|users?)\b[^.]*\bleav/i.test(
          sentence,
        )),
  },
  {
    id: 'premium-tools',
    why: 'Premium seats are requested from the CSM or Support, not set in Manage Users (source guide, final notes).',
    breaks: (sentence) =>
      /premium|Research Pro|Explore Pro/i.test(sentence) &&
      sentence.includes(apartmentIq.manualTasks.section) &&
      !/\b(CSM|Support)\b/.test(sentence),
  },
  {
    id: 'token-delivery',
    why: 'One story everywhere: the Tenant URL may come by email, the Secret Token comes separately through a secure channel.',
    breaks: (sentence) =>
      /Secret Token/i.test(sentence) &&
      /\be-?mail\b/i.test(sentence) &&
      !/\b(not|never|separately|separate)\b/i.test(sentence),
  },
  {
    id: 'test-connection-requests',
    why: 'The connection test makes Entra\'s user and group look-ups plus a capability check Entra does not document; it does not send "the same requests".',
    breaks: (sentence) => /same requests (as|that) Entra|same requests Entra/i.test(sentence),
  },
  {
    id: 'original-instructions',
    why: 'The reader never saw "the original instructions"; name or link ApartmentIQ\'s help article instead.',
    breaks: (sentence) => /original instructions/i.test(sentence),
  },
  {
    id: 'label-spelling',
    why: 'One spelling per Entra label: Microsoft writes "Advanced Options" and "Attribute mapping".',
    breaks: (sentence) => /\bAdvanced options\b|\bAttribute Mapping\b/.test(sentence),
  },
];

/** The visible text of a built page's <main>, one sentence per entry. Linear-time string work. */
export function sentencesOfPage(html: string): string[] {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end) : html;
  const text = main
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_match, code: string) =>
      String.fromCodePoint(parseInt(code, 16)),
    )
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return text
    .split(/(?<=[.!?])\s/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

export function contentViolations(html: string): { rule: ContentRule['id']; sentence: string }[] {
  return sentencesOfPage(html).flatMap((sentence) =>
    contentRules
      .filter((rule) => rule.breaks(sentence))
      .map((rule) => ({ rule: rule.id, sentence })),
  );
}
