import { describe, expect, it } from 'vitest';
import { entraRoles, roleRequest } from '~/lib/roles/request';
import { finalNotes, finalNotesIntro, listInWords } from '~/lib/support/finalNotes';

describe('role request', () => {
  it('asks the Global Administrator for the role Microsoft names, and names no other', () => {
    const { subject, body } = roleRequest();
    expect(subject).toContain('ApartmentIQ');
    expect(body).toContain('at least Application Administrator');
    expect(body).toContain('assign me the Application Administrator role');
    expect(entraRoles).toEqual({
      minimum: 'Application Administrator',
      grantor: 'Global Administrator',
    });
    expect(body).not.toMatch(/Cloud Application Administrator/);
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

  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A or B'],
    [['A', 'B', 'C'], 'A, B or C'],
  ])('lists %j as "%s"', (items, words) => {
    expect(listInWords(items)).toBe(words);
  });
});
