/**
 * The Okta track's facts in src/lib: the mappings (Okta's four required attributes, nothing
 * else), the leaver text (Okta deactivates; suspending and deleting send nothing more), and each
 * track's own progress.
 */
import { describe, expect, it } from 'vitest';
import { apartmentIq } from '~/config/apartmentiq';
import { leaverText } from '~/lib/entra/leavers';
import { oktaLeaverDifference, oktaLeaverText } from '~/lib/okta/leavers';
import { oktaMappings } from '~/lib/okta/mappings';
import { PROGRESS_STORAGE_KEY, progressStorageKey } from '~/lib/progress/state';
import { diagnosticCatalogue, OKTA_MESSAGE_CODES, troubleshootingHref } from '~/lib/scim';

describe('the Okta mappings', () => {
  it('are the four attributes Okta requires every SCIM app to store, and nothing else', () => {
    expect(oktaMappings.map((mapping) => mapping.scim)).toEqual([
      'userName',
      'name.givenName',
      'name.familyName',
      'emails',
    ]);
    expect(oktaMappings.map((mapping) => mapping.scim)).not.toContain('active');
  });

  it('take the values from the Okta profile fields the SAML set-up uses', () => {
    const from = Object.fromEntries(oktaMappings.map((mapping) => [mapping.scim, mapping.from]));
    expect(from['name.givenName']).toBe('`user.firstName`');
    expect(from['name.familyName']).toBe('`user.lastName`');
    expect(from['emails']).toBe('`user.email`');
    expect(from['userName']).toMatch(/Application username.*Email/);
  });
});

describe('what Okta tells ApartmentIQ when someone leaves', () => {
  const all = [...oktaLeaverText.details, oktaLeaverText.summary, oktaLeaverText.action].join(' ');

  it('deactivates with active: false by PUT, reactivates with active: true, never deletes', () => {
    expect(all).toContain('`active: false`');
    expect(all).toContain('`active: true`');
    expect(all).toMatch(/PUT request/);
    expect(all).toMatch(/never sends a DELETE/);
    expect(all).toMatch(/Suspending .* sends nothing/);
    expect(all).toContain('Deactivate Users');
  });

  it('is not Entra’s story, and says how they differ', () => {
    expect(oktaLeaverText).not.toEqual(leaverText);
    if (apartmentIq.scim.activeMapping === 'remove')
      expect(leaverText.summary).toMatch(/does not tell/);
    expect(oktaLeaverDifference).toMatch(/Unlike Entra ID/);
  });
});

describe('the Okta messages in the catalogue', () => {
  it.each([...OKTA_MESSAGE_CODES])('%s has Okta’s text, where it shows, and an anchor', (code) => {
    const entry = diagnosticCatalogue[code];
    expect(entry.group).toBe('okta-provisioning');
    expect(entry.shown?.text.length).toBeGreaterThan(20);
    expect(entry.shown?.where.length).toBeGreaterThan(5);
    expect(troubleshootingHref(code)).toBe(`/troubleshooting/#${code}`);
    expect(`${entry.explanation} ${entry.fix}`).not.toMatch(/\bEntra\b/);
  });
});

describe('progress per track', () => {
  it('keeps the Entra key it always had and gives Okta its own', () => {
    expect(progressStorageKey('entra')).toBe(PROGRESS_STORAGE_KEY);
    expect(progressStorageKey('okta')).toBe(`${PROGRESS_STORAGE_KEY}:okta`);
  });
});
