import { describe, expect, it } from 'vitest';
import {
  entraRoles,
  grantorsInWords,
  roleRequest,
  sufficientRolesInWords,
} from '~/lib/roles/request';
import { finalNotes, finalNotesIntro } from '~/lib/support/finalNotes';
import { formatList } from '~/lib/text/format-list';

describe('role request', () => {
  it('asks for the least-privileged role Microsoft documents as enough: Cloud Application Administrator', () => {
    const { subject, body } = roleRequest();
    expect(subject).toContain('ApartmentIQ');
    expect(body).toContain('assign me the Cloud Application Administrator role');
    expect(body).not.toMatch(/at least (the )?Application Administrator/);
    expect(entraRoles.leastPrivileged).toBe('Cloud Application Administrator');
    expect(entraRoles.sufficient[0]).toBe(entraRoles.leastPrivileged);
  });

  it('names every sufficient role and every role that can grant one', () => {
    expect(sufficientRolesInWords).toBe(
      'Cloud Application Administrator, Application Administrator or Global Administrator',
    );
    expect(grantorsInWords).toBe('Global Administrator or Privileged Role Administrator');
  });

  it('never asks for or mentions sending the token itself', () => {
    expect(roleRequest().body).not.toMatch(/send (me )?the (secret )?token/i);
  });
});

describe('final notes', () => {
  it('keep stable anchor ids for the support page', () => {
    expect(finalNotes.map((note) => note.id)).toEqual([
      'market-surveys',
      'user-roles',
      'premium-tools',
    ]);
  });

  it('say what the source guide says, from the config', () => {
    expect(finalNotesIntro).toContain('Admin, Manager, Editor or Read Only');
    expect(finalNotesIntro).toContain('Manage Users');
    expect(finalNotes.find((note) => note.id === 'premium-tools')?.text).toContain(
      'Research Pro or Explore Pro',
    );
  });

  it('never say premium seats are set in Manage Users: they come from the CSM or Support', () => {
    expect(finalNotesIntro).toMatch(/premium seats come from your CSM or Support/);
    expect(finalNotes.find((note) => note.id === 'premium-tools')?.text).not.toContain(
      'Manage Users',
    );
  });

  it.each([
    [['A'], 'A'],
    [['A', 'B'], 'A or B'],
    [['A', 'B', 'C'], 'A, B or C'],
  ])('lists %j as "%s"', (items, words) => {
    expect(formatList(items, 'or')).toBe(words);
  });
});
