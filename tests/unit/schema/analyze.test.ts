import { describe, expect, it } from 'vitest';
import { analyzeSchema, defaultMappingRows, type SchemaFindingCode } from '~/lib/schema/analyze';
import type { MappingPolicy } from '~/lib/schema/attributes';
import {
  ACTIVE_DEFAULT_EXPRESSION,
  ENTRA_DEFAULT_USER_MAPPINGS,
  FORMATTED_NAME_DEFAULT_EXPRESSION,
} from '~/lib/schema/entra-defaults';
import { CUSTOM_EXTENSION_ATTRIBUTE } from './fixture-builder';
import { fixtureJson } from './load';
import { GUIDE_POLICY } from '../../support/guide-policy';

const SUPPORTED = [...GUIDE_POLICY.supportedAttributes];
const DEFAULT_TARGETS = ENTRA_DEFAULT_USER_MAPPINGS.map((mapping) => mapping.targetAttributeName);
const DEFAULT_REMOVED = DEFAULT_TARGETS.filter((name) => !SUPPORTED.includes(name));

interface Expectation {
  userMappings: number;
  keep: string[];
  remove: string[];
  missing: string[];
  groupProvisioningOn: boolean;
  matching: string;
  findings: SchemaFindingCode[];
  absent: SchemaFindingCode[];
  mappingsRemoved: number;
}

const defaults: Expectation = {
  userMappings: 1,
  keep: SUPPORTED,
  remove: DEFAULT_REMOVED,
  missing: [],
  groupProvisioningOn: true,
  matching: 'userName',
  findings: [
    'unsupported-mappings',
    'email-from-mail',
    'active-trade-off',
    'group-provisioning-on',
  ],
  absent: [
    'matching-not-username',
    'missing-supported-attribute',
    'only-supported-mappings',
    'group-provisioning-off',
    'several-user-mappings',
    'matching-attribute-removed',
  ],
  mappingsRemoved: 17,
};

const table: [file: string, expected: Expectation][] = [
  ['entra-default-customappsso.json', defaults],
  ['entra-default-scim.json', defaults],
  ['entra-default-scim.min.json', defaults],
  [
    'already-cleaned.json',
    {
      ...defaults,
      remove: [],
      groupProvisioningOn: false,
      findings: ['only-supported-mappings', 'email-from-mail', 'group-provisioning-off'],
      absent: ['unsupported-mappings', 'group-provisioning-on', 'active-trade-off'],
      mappingsRemoved: 0,
    },
  ],
  [
    'groups-off.json',
    {
      ...defaults,
      groupProvisioningOn: false,
      findings: ['unsupported-mappings', 'group-provisioning-off'],
      absent: ['group-provisioning-on'],
    },
  ],
  [
    'custom-extension.json',
    { ...defaults, remove: [...DEFAULT_REMOVED, CUSTOM_EXTENSION_ATTRIBUTE], mappingsRemoved: 18 },
  ],
  [
    'matching-external-id.json',
    {
      ...defaults,
      matching: 'externalId',
      findings: [...defaults.findings, 'matching-not-username'],
      absent: ['matching-attribute-removed'],
    },
  ],
  [
    'two-rules.json',
    {
      ...defaults,
      userMappings: 2,
      findings: [...defaults.findings, 'several-user-mappings'],
      absent: [],
      mappingsRemoved: 34,
    },
  ],
];

describe('analyzeSchema on every fixture', () => {
  it.each(table)('%s', (file, expected) => {
    const report = analyzeSchema(fixtureJson(file), GUIDE_POLICY);
    expect(report.userMappings).toHaveLength(expected.userMappings);
    for (const user of report.userMappings) {
      const named = (status: string) =>
        user.rows.filter((row) => row.status === status).map((row) => row.targetAttributeName);
      expect(new Set(named('keep'))).toEqual(new Set(expected.keep));
      expect(named('remove')).toEqual(expected.remove);
      expect(named('missing')).toEqual(expected.missing);
      expect(user.matching?.targetAttributeName).toBe(expected.matching);
      expect(user.enabled).toBe(true);
    }
    expect(report.groupProvisioningOn).toBe(expected.groupProvisioningOn);
    expect(report.changes.mappingsRemoved).toBe(expected.mappingsRemoved);
    expect(report.changes.groupMappingsDisabled).toBe(
      expected.groupProvisioningOn ? expected.userMappings : 0,
    );
    const codes = report.findings.map((finding) => finding.code);
    for (const code of expected.findings) expect(codes).toContain(code);
    for (const code of expected.absent) expect(codes).not.toContain(code);
    for (const finding of report.findings) expect(finding.message).toMatch(/\S/);
  });
});

describe('the report rows', () => {
  const report = analyzeSchema(fixtureJson('entra-default-scim.json'), GUIDE_POLICY);
  const rows = report.userMappings[0]!.rows;

  it('lists all 22 default rows in the portal order', () => {
    expect(rows.map((row) => row.targetAttributeName)).toEqual(DEFAULT_TARGETS);
  });

  it('shows direct sources by attribute name and expressions verbatim', () => {
    const source = (target: string) =>
      rows.find((row) => row.targetAttributeName === target)?.source;
    expect(source('userName')).toBe('userPrincipalName');
    expect(source('emails[type eq "work"].value')).toBe('mail');
    expect(source('active')).toBe(ACTIVE_DEFAULT_EXPRESSION);
    expect(source('name.formatted')).toBe(FORMATTED_NAME_DEFAULT_EXPRESSION);
    expect(ACTIVE_DEFAULT_EXPRESSION).toBe(
      'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
    );
    expect(FORMATTED_NAME_DEFAULT_EXPRESSION).toBe('Join(" ", [givenName], [surname])');
  });

  it('marks the matching row', () => {
    expect(
      rows.filter((row) => row.matchingPriority > 0).map((row) => row.targetAttributeName),
    ).toEqual(['userName']);
  });

  it('says the group mapping by its portal name', () => {
    expect(report.groupMappings).toEqual([
      {
        name: 'Provision Microsoft Entra ID Groups',
        ruleId: '03f7d90d-bf71-41b1-bda6-aaf0ddbee5d8',
        enabled: true,
      },
    ]);
  });
});

/** A small schema built inline, for cases no fixture needs. */
function schemaWith(
  attributeMappings: unknown[],
  extra: { groupEnabled?: boolean; userEnabled?: boolean } = {},
) {
  return {
    synchronizationRules: [
      {
        id: 'rule',
        objectMappings: [
          { enabled: extra.userEnabled ?? true, sourceObjectName: 'User', attributeMappings },
          ...(extra.groupEnabled === undefined
            ? []
            : [{ enabled: extra.groupEnabled, sourceObjectName: 'Group', attributeMappings: [] }]),
        ],
      },
    ],
  };
}
const direct = (targetAttributeName: string, name: string, matchingPriority = 0) => ({
  targetAttributeName,
  matchingPriority,
  source: { expression: `[${name}]`, name, type: 'Attribute', parameters: [] },
});

describe('analyzeSchema edge cases', () => {
  const codes = (json: unknown, policy: MappingPolicy = GUIDE_POLICY) =>
    analyzeSchema(json, policy).findings.map((finding) => finding.code);

  it('matches attribute names case-insensitively, as SCIM does', () => {
    const report = analyzeSchema(
      schemaWith([
        direct('USERNAME', 'userPrincipalName', 1),
        direct('Emails[Type EQ "work"].Value', 'mail'),
        direct('Name.GivenName', 'givenName'),
        direct('NAME.familyName', 'surname'),
        direct('externalid', 'mailNickname'),
      ]),
      GUIDE_POLICY,
    );
    expect(report.userMappings[0]!.rows.map((row) => row.status)).toEqual([
      'keep',
      'keep',
      'keep',
      'keep',
      'keep',
    ]);
    expect(codes(schemaWith([direct('USERNAME', 'userPrincipalName', 1)]))).not.toContain(
      'matching-not-username',
    );
  });

  it('lists supported attributes that are not mapped as missing, with Entra’s default source', () => {
    const report = analyzeSchema(
      schemaWith([direct('userName', 'userPrincipalName', 1)]),
      GUIDE_POLICY,
    );
    const missing = report.userMappings[0]!.rows.filter((row) => row.status === 'missing');
    expect(missing.map((row) => row.targetAttributeName)).toEqual(SUPPORTED.slice(1));
    expect(missing[0]!.reason).toContain('mail');
    expect(
      report.findings.filter((finding) => finding.code === 'missing-supported-attribute'),
    ).toHaveLength(4);
  });

  it('raises an error when cleaning would remove the matching attribute', () => {
    const report = analyzeSchema(
      schemaWith([
        direct('userName', 'userPrincipalName'),
        direct('displayName', 'displayName', 1),
      ]),
      GUIDE_POLICY,
    );
    expect(report.userMappings[0]!.matching).toEqual({
      targetAttributeName: 'displayName',
      source: 'displayName',
      removed: true,
    });
    expect(
      report.findings.find((finding) => finding.code === 'matching-attribute-removed')?.severity,
    ).toBe('error');
  });

  it('uses the lowest matching priority above zero, even when written as text', () => {
    const report = analyzeSchema(
      schemaWith([
        { ...direct('externalId', 'objectId'), matchingPriority: '2' },
        direct('userName', 'userPrincipalName', 3),
      ]),
      GUIDE_POLICY,
    );
    expect(report.userMappings[0]!.matching?.targetAttributeName).toBe('externalId');
  });

  it('warns when nothing is used for matching', () => {
    expect(codes(schemaWith([direct('userName', 'userPrincipalName')]))).toContain(
      'no-matching-attribute',
    );
  });

  it('says nothing about mail when the e-mail comes from userPrincipalName', () => {
    expect(
      codes(schemaWith([direct('emails[type eq "work"].value', 'userPrincipalName')])),
    ).not.toContain('email-from-mail');
    expect(codes(schemaWith([direct('emails[type eq "work"].value', 'mail')]))).toContain(
      'email-from-mail',
    );
  });

  it('follows the config for active: removed by default, kept when the policy says keep', () => {
    const json = fixtureJson('entra-default-scim.json');
    const keepPolicy: MappingPolicy = { supportedAttributes: SUPPORTED, activeMapping: 'keep' };
    const status = (policy: MappingPolicy = GUIDE_POLICY) =>
      analyzeSchema(json, policy).userMappings[0]!.rows.find(
        (row) => row.targetAttributeName === 'active',
      )?.status;
    expect(status()).toBe('remove');
    expect(status(keepPolicy)).toBe('keep');
    const removeNote = analyzeSchema(json, GUIDE_POLICY).findings.find(
      (finding) => finding.code === 'active-trade-off',
    );
    expect(removeNote?.message).toMatch(/active is removed.*sends nothing.*deleted/);
    expect(removeNote?.fix).toMatch(/deactivate them in ApartmentIQ.s Manage Users/);
    const keepNote = analyzeSchema(json, keepPolicy).findings.find(
      (finding) => finding.code === 'active-trade-off',
    );
    expect(keepNote?.message).toMatch(/active is kept/);
    // With "keep", an unmapped active is missing.
    const missing = analyzeSchema(
      schemaWith([direct('userName', 'userPrincipalName', 1)]),
      keepPolicy,
    ).userMappings[0]!.rows.filter((row) => row.status === 'missing');
    expect(missing.map((row) => row.targetAttributeName)).toContain('active');
  });

  it('reports a disabled user mapping and a schema without group mapping', () => {
    const json = schemaWith([direct('userName', 'userPrincipalName', 1)], { userEnabled: false });
    expect(codes(json)).toContain('user-mapping-disabled');
    const report = analyzeSchema(json, GUIDE_POLICY);
    expect(report.groupProvisioningOn).toBe(false);
    expect(
      report.findings.find((finding) => finding.code === 'group-provisioning-off')?.message,
    ).toMatch(/no group mapping/);
  });
});

describe('the manual path', () => {
  it('gives Entra’s 22 default rows with the source guide’s keep / remove', () => {
    const rows = defaultMappingRows(GUIDE_POLICY);
    expect(rows).toHaveLength(22);
    expect(
      rows.filter((row) => row.status === 'keep').map((row) => row.targetAttributeName),
    ).toEqual([
      'userName',
      'emails[type eq "work"].value',
      'name.givenName',
      'name.familyName',
      'externalId',
    ]);
    expect(rows.filter((row) => row.status === 'remove')).toHaveLength(17);
    expect(rows.some((row) => row.status === 'missing')).toBe(false);
  });
});
