import { describe, expect, it } from 'vitest';
import { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA } from '~/lib/schema/attributes';
import { defaultSampleBody, sampleBodyForSchema } from '~/lib/schema/check';
import { cleanSchema } from '~/lib/schema/clean';
import {
  ENTRA_DEFAULT_USER_MAPPINGS,
  attributeSource,
  constantSource,
} from '~/lib/schema/entra-defaults';
import { SAMPLE_USER, samplePostUsersBody, sampleValue } from '~/lib/schema/sample-body';
import { CUSTOM_EXTENSION_ATTRIBUTE } from './fixture-builder';
import { fixtureJson } from './load';
import { GUIDE_POLICY } from '../../support/guide-policy';

const CLEANED_BODY = {
  schemas: [CORE_USER_SCHEMA],
  userName: 'avery.lee@contoso.com',
  emails: [{ type: 'work', value: 'avery.lee@contoso.com', primary: true }],
  name: { givenName: 'Avery', familyName: 'Lee' },
  externalId: 'avery.lee',
};

describe('samplePostUsersBody', () => {
  it('sends exactly the five supported fields after cleaning Entra’s defaults', () => {
    expect(
      sampleBodyForSchema(cleanSchema(fixtureJson('entra-default-scim.json'), GUIDE_POLICY)),
    ).toEqual(CLEANED_BODY);
    expect(defaultSampleBody(GUIDE_POLICY)).toEqual(CLEANED_BODY);
    expect(Object.keys(defaultSampleBody(GUIDE_POLICY))).toEqual([
      'schemas',
      'userName',
      'emails',
      'name',
      'externalId',
    ]);
  });

  it('sends every default field, the enterprise extension and a boolean active before cleaning', () => {
    const body = samplePostUsersBody(ENTRA_DEFAULT_USER_MAPPINGS);
    expect(body['schemas']).toEqual([CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA]);
    expect(body['active']).toBe(true);
    expect(body['name']).toEqual({ givenName: 'Avery', familyName: 'Lee', formatted: 'Avery Lee' });
    expect(body['addresses']).toEqual([
      {
        type: 'work',
        formatted: 'Austin',
        streetAddress: '100 Congress Ave',
        locality: 'Austin',
        region: 'TX',
        postalCode: '78701',
        country: 'US',
      },
    ]);
    expect(body['phoneNumbers']).toEqual([
      { type: 'work', value: '+1 512 555 0100' },
      { type: 'mobile', value: '+1 512 555 0101' },
      { type: 'fax', value: '+1 512 555 0102' },
    ]);
    expect(body[ENTERPRISE_USER_SCHEMA]).toEqual({
      employeeNumber: '10452',
      department: 'Operations',
      manager: { value: SAMPLE_USER['manager'] },
    });
  });

  it('computes active from IsSoftDeleted with the default Switch', () => {
    const active = ENTRA_DEFAULT_USER_MAPPINGS.find(
      (mapping) => mapping.targetAttributeName === 'active',
    )!;
    expect(samplePostUsersBody([active])['active']).toBe(true);
    expect(samplePostUsersBody([active], { ...SAMPLE_USER, IsSoftDeleted: true })['active']).toBe(
      false,
    );
  });

  it('adds a custom extension schema and shows a placeholder for a value the sample user does not have', () => {
    const body = samplePostUsersBody([
      {
        targetAttributeName: CUSTOM_EXTENSION_ATTRIBUTE,
        source: attributeSource('extensionAttribute1'),
      },
    ]);
    expect(body['schemas']).toEqual([
      CORE_USER_SCHEMA,
      'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User',
    ]);
    expect(body['urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User']).toEqual({
      costCenter: '<value of [extensionAttribute1]>',
    });
  });

  it('leaves out the enterprise extension when no enterprise attribute is mapped', () => {
    expect(
      samplePostUsersBody([
        { targetAttributeName: 'userName', source: attributeSource('userPrincipalName') },
      ]),
    ).toEqual({
      schemas: [CORE_USER_SCHEMA],
      userName: 'avery.lee@contoso.com',
    });
  });

  it('follows a changed source, e.g. the e-mail from userPrincipalName and externalId from objectId', () => {
    const body = samplePostUsersBody([
      {
        targetAttributeName: 'emails[type eq "work"].value',
        source: attributeSource('userPrincipalName'),
      },
      { targetAttributeName: 'externalId', source: attributeSource('objectId') },
    ]);
    expect(body['emails']).toEqual([
      { type: 'work', value: 'avery.lee@contoso.com', primary: true },
    ]);
    expect(body['externalId']).toBe(SAMPLE_USER['objectId']);
  });

  it('leaves out a mapping whose value is empty, as Entra does not send nulls', () => {
    expect(
      samplePostUsersBody([{ targetAttributeName: 'title', source: attributeSource('jobTitle') }], {
        jobTitle: '',
      }),
    ).toEqual({ schemas: [CORE_USER_SCHEMA] });
    expect(samplePostUsersBody([{ targetAttributeName: 'title', source: null }])).toEqual({
      schemas: [CORE_USER_SCHEMA],
    });
  });
});

describe('sampleValue', () => {
  it.each([
    ['a direct attribute', attributeSource('givenName'), 'Avery'],
    [
      'any case of the attribute name',
      { expression: '[GIVENNAME]', type: 'Attribute', name: 'GIVENNAME' },
      'Avery',
    ],
    ['a constant', constantSource('ApartmentIQ'), 'ApartmentIQ'],
    ['Join', { expression: 'Join(".", [givenName], [surname])', type: 'Function' }, 'Avery.Lee'],
    [
      'nested calls',
      { expression: 'ToLower(Join("", [givenName], [surname]))', type: 'Function' },
      'averylee',
    ],
    ['Not', { expression: 'Not([IsSoftDeleted])', type: 'Function' }, 'True'],
    [
      'Coalesce',
      { expression: 'Coalesce([mail], [userPrincipalName])', type: 'Function' },
      'avery.lee@contoso.com',
    ],
    [
      'Switch with no match',
      { expression: 'Switch([state], "other", "CA", "West")', type: 'Function' },
      'other',
    ],
    ['an escaped quote', { expression: 'Append([givenName], "\\"")', type: 'Function' }, 'Avery"'],
    [
      'an unknown function',
      { expression: 'SingleAppRoleAssignment([appRoleAssignments])', type: 'Function' },
      '<value of SingleAppRoleAssignment([appRoleAssignments])>',
    ],
    [
      'an unknown attribute',
      attributeSource('extensionAttribute9'),
      '<value of [extensionAttribute9]>',
    ],
    [
      'a broken expression',
      { expression: 'Join(" ", [givenName]', type: 'Function' },
      '<value of Join(" ", [givenName]>',
    ],
    ['a source with only a name', { name: 'mail', type: 'Attribute' }, 'avery.lee@contoso.com'],
  ] as const)('evaluates %s', (_label, source, expected) => {
    expect(sampleValue(source)).toBe(expected);
  });
});
