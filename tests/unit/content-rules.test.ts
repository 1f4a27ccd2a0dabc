import { describe, expect, it } from 'vitest';
import { contentRules, contentViolations, sentencesOfPage } from '../support/content-rules';

/** For each rule: a sentence the old pages said (it must fail) and the corrected one (it must pass). */
const examples: Record<string, { wrong: string; right: string }> = {
  'least-privileged-role': {
    wrong: 'Sign in as at least Application Administrator.',
    right:
      'Sign in as a Cloud Application Administrator, Application Administrator or Global Administrator.',
  },
  leavers: {
    wrong: 'Removes access when they leave (see the note on deactivation).',
    right:
      'With the mappings this guide sets up, Entra does not tell ApartmentIQ when you unassign, block or delete someone.',
  },
  'premium-tools': {
    wrong: 'Assigns market surveys, roles and premium tools in Manage Users once the users arrive.',
    right:
      'Market surveys and roles are set in Manage Users; premium seats come from your CSM or Support.',
  },
  'token-delivery': {
    wrong: "Your CSM's email arrives with the Tenant URL and the Secret Token.",
    right: 'The Secret Token is not in this email.',
  },
  'test-connection-requests': {
    wrong: 'Press Test connection: it sends the same requests as Entra’s own test.',
    right:
      'It makes the user and group look-ups Entra’s Test connection makes, plus a capability check.',
  },
  'original-instructions': {
    wrong: 'This page covers the original instructions’ Update Attribute Mapping.',
    right: "ApartmentIQ's instructions say to disable the group provisioning.",
  },
  'label-spelling': {
    wrong: 'Open the Advanced options menu.',
    right: 'Open the Advanced Options menu, or tick Show advanced options.',
  },
};

describe('content rules', () => {
  it('has an example for every rule', () => {
    expect(Object.keys(examples).sort()).toEqual(contentRules.map((rule) => rule.id).sort());
  });

  it.each(contentRules.map((rule) => [rule.id, rule] as const))(
    '%s: catches the old sentence and passes the corrected one',
    (id, rule) => {
      const example = examples[id];
      expect(example).toBeDefined();
      expect(rule.breaks(example?.wrong ?? '')).toBe(true);
      expect(rule.breaks(example?.right ?? '')).toBe(false);
    },
  );

  it('reads the sentences of <main> only, as text', () => {
    const html =
      '<nav>Removes access when they leave.</nav><main><p>One <b>sentence</b>.</p><p>Two&nbsp;&amp; three!</p><script>at least Application Administrator.</script></main>';
    expect(sentencesOfPage(html)).toEqual(['One sentence .', 'Two & three!']);
    expect(contentViolations(html)).toEqual([]);
    expect(
      contentViolations('<main><p>Sign in as at least Application Administrator.</p></main>'),
    ).toEqual([
      { rule: 'least-privileged-role', sentence: 'Sign in as at least Application Administrator.' },
    ]);
  });
});
