/**
 * Builds the provisioning-schema fixtures in tests/fixtures/schema from the documented Graph shape
 * (fact sheet §5 and §7), so every variant differs from the default in exactly what its name says.
 * `fixtures.test.ts` checks the committed JSON files against this builder;
 * `UPDATE_SCHEMA_FIXTURES=1 npx vitest run tests/unit/schema/fixtures.test.ts` rewrites them.
 */
import {
  attributeSource,
  ENTRA_DEFAULT_GROUP_MAPPINGS,
  ENTRA_DEFAULT_USER_MAPPINGS,
  ENTRA_GROUP_MAPPING_NAME,
  ENTRA_USER_MAPPING_NAME,
  toGraphAttributeMapping,
  type DefaultAttributeMapping,
} from '~/lib/schema/entra-defaults';
import { GUIDE_POLICY } from '../../support/guide-policy';
import { sameAttribute } from '~/lib/schema/attributes';

export type JobNaming = 'customappsso' | 'scim';

export const CUSTOM_EXTENSION_ATTRIBUTE =
  'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User:costCenter';

interface RuleOptions {
  id: string;
  name: string;
  priority: number;
  userMappings: readonly DefaultAttributeMapping[];
  groupEnabled: boolean;
}

interface SchemaOptions {
  naming: JobNaming;
  rules: RuleOptions[];
}

/** Names that differ between the older `customappsso` job template and the current `scim` one (fact sheet §0.8, §7). */
function namesFor(naming: JobNaming) {
  return naming === 'scim'
    ? {
        jobId: 'scim.4f2a9c7e1b3d4e5f8a6b9c0d1e2f3a4b.7c1e5a3b-9d2f-4c8e-b6a0-3f5d7e9c1a2b',
        sourceDirectoryName: 'Microsoft Entra ID',
        targetDirectoryName: 'scim',
        userObject: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
        groupObject: 'urn:ietf:params:scim:schemas:core:2.0:Group',
      }
    : {
        jobId: 'customappsso.8e3b1d5f7a9c4e2b6d0f1a3c5e7b9d2f.2a4c6e8b-0d1f-4a3c-9e5b-7d9f1b3c5e7a',
        sourceDirectoryName: 'Azure Active Directory',
        targetDirectoryName: 'customappsso',
        userObject: 'User',
        groupObject: 'Group',
      };
}

function objectMapping(options: {
  enabled: boolean;
  name: string;
  source: string;
  target: string;
  mappings: readonly DefaultAttributeMapping[];
  joining: string;
}) {
  return {
    enabled: options.enabled,
    flowTypes: 'Add,Update,Delete',
    name: options.name,
    scope: null,
    sourceObjectName: options.source,
    targetObjectName: options.target,
    attributeMappings: options.mappings.map(toGraphAttributeMapping),
    metadata: [{ key: 'OriginalJoiningProperty', value: options.joining }],
  };
}

const attributeDefinition = (name: string, type = 'String', multivalued = false) => ({
  anchor: false,
  caseExact: false,
  defaultValue: null,
  flowNullValues: false,
  multivalued,
  mutability: 'ReadWrite',
  name,
  required: false,
  type,
  apiExpressions: [],
  metadata: [],
  referencedObjects: [],
});

function directories(
  naming: JobNaming,
  userMappings: readonly DefaultAttributeMapping[],
  padding = 0,
) {
  const names = namesFor(naming);
  const sourceAttributes = [
    ...new Set([
      'IsSoftDeleted',
      'objectId',
      ...ENTRA_DEFAULT_USER_MAPPINGS.flatMap((mapping) =>
        mapping.source.type === 'Attribute' && mapping.source.name ? [mapping.source.name] : [],
      ),
      'extensionAttribute1',
    ]),
  ];
  const targetAttributes = [
    ...new Set(
      [...ENTRA_DEFAULT_USER_MAPPINGS, ...userMappings].map(
        (mapping) => mapping.targetAttributeName,
      ),
    ),
  ];
  // Real schemas are large mostly because of these definitions; padding makes a big paste for the e2e test.
  const filler = Array.from({ length: padding }, (_, index) =>
    attributeDefinition(`extension_0f1e2d3c4b5a69788796a5b4c3d2e1f0_padding${index}`),
  );
  return [
    {
      id: '66e4a8cc-1b7b-435e-95f8-f06cea133828',
      name: names.sourceDirectoryName,
      readOnly: true,
      version: 'x6Ax2Yoj0ZhfV2Wf9B6b3A==',
      objects: [
        {
          name: 'User',
          attributes: [
            ...sourceAttributes.map((name) =>
              attributeDefinition(name, name === 'IsSoftDeleted' ? 'Boolean' : 'String'),
            ),
            ...filler,
          ],
          metadata: [],
          supportedApis: [],
        },
        {
          name: 'Group',
          attributes: ['displayName', 'objectId', 'members'].map((name) =>
            attributeDefinition(
              name,
              name === 'members' ? 'Reference' : 'String',
              name === 'members',
            ),
          ),
          metadata: [],
          supportedApis: [],
        },
      ],
    },
    {
      id: '8ffa6169-f354-4751-9b77-9c00765be92d',
      name: names.targetDirectoryName,
      readOnly: false,
      version: 'pB7hFo0fjQmV3qS2cR1e4w==',
      objects: [
        {
          name: names.userObject,
          attributes: ['active', ...targetAttributes].map((name) =>
            attributeDefinition(name, name === 'active' ? 'Boolean' : 'String'),
          ),
          metadata: [],
          supportedApis: [],
        },
        {
          name: names.groupObject,
          attributes: ['displayName', 'externalId', 'members'].map((name) =>
            attributeDefinition(
              name,
              name === 'members' ? 'Reference' : 'String',
              name === 'members',
            ),
          ),
          metadata: [],
          supportedApis: [],
        },
      ],
    },
  ];
}

export function buildSchema(options: SchemaOptions, padding = 0) {
  const names = namesFor(options.naming);
  const allUserMappings = options.rules.flatMap((rule) => rule.userMappings);
  return {
    id: names.jobId,
    version: 'date:2026-03-02T10:15:42Z~###~3Y9p0VZtHk2pD2FJ5uA7Bw==',
    synchronizationRules: options.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      sourceDirectoryName: names.sourceDirectoryName,
      targetDirectoryName: names.targetDirectoryName,
      editable: true,
      priority: rule.priority,
      metadata: [
        { key: 'defaultSourceObjectMappings', value: '[]' },
        { key: 'supportsIdentifierUpdate', value: 'true' },
      ],
      objectMappings: [
        objectMapping({
          enabled: true,
          name: ENTRA_USER_MAPPING_NAME,
          source: 'User',
          target: names.userObject,
          mappings: rule.userMappings,
          joining: 'userPrincipalName',
        }),
        objectMapping({
          enabled: rule.groupEnabled,
          name: ENTRA_GROUP_MAPPING_NAME,
          source: 'Group',
          target: names.groupObject,
          mappings: ENTRA_DEFAULT_GROUP_MAPPINGS,
          joining: 'displayName',
        }),
      ],
    })),
    directories: directories(options.naming, allUserMappings, padding),
  };
}

const defaultRule = (overrides: Partial<RuleOptions> = {}): RuleOptions => ({
  id: '03f7d90d-bf71-41b1-bda6-aaf0ddbee5d8',
  name: 'USERGROUP_OUTBOUND_USERGROUP',
  priority: 1,
  userMappings: ENTRA_DEFAULT_USER_MAPPINGS,
  groupEnabled: true,
  ...overrides,
});

const supportedOnly = ENTRA_DEFAULT_USER_MAPPINGS.filter((mapping) =>
  GUIDE_POLICY.supportedAttributes.some((name) => sameAttribute(name, mapping.targetAttributeName)),
);

const withCustomExtension: DefaultAttributeMapping[] = [
  ...ENTRA_DEFAULT_USER_MAPPINGS,
  {
    targetAttributeName: CUSTOM_EXTENSION_ATTRIBUTE,
    source: attributeSource('extensionAttribute1'),
    matchingPriority: 0,
  },
];

const matchingOnExternalId: DefaultAttributeMapping[] = ENTRA_DEFAULT_USER_MAPPINGS.map(
  (mapping) => {
    if (mapping.targetAttributeName === 'userName') return { ...mapping, matchingPriority: 0 };
    if (mapping.targetAttributeName === 'externalId')
      return { ...mapping, source: attributeSource('objectId'), matchingPriority: 1 };
    return mapping;
  },
);

export interface FixtureSpec {
  file: string;
  description: string;
  /** `null` = minified; otherwise the indent of one level. */
  indent: string | null;
  build: () => unknown;
}

/** A schema with only a group mapping: valid shape, but nothing to check. */
function groupsOnlySchema() {
  const schema = buildSchema({ naming: 'scim', rules: [defaultRule()] });
  for (const rule of schema.synchronizationRules)
    rule.objectMappings = rule.objectMappings.filter(
      (mapping) => mapping.sourceObjectName !== 'User',
    );
  return schema;
}

export const FIXTURES: FixtureSpec[] = [
  {
    file: 'entra-default-customappsso.json',
    description:
      "Entra's default user and group mappings, older customappsso job naming, pretty-printed (2 spaces)",
    indent: '  ',
    build: () => buildSchema({ naming: 'customappsso', rules: [defaultRule()] }),
  },
  {
    file: 'entra-default-scim.json',
    description:
      "Entra's default user and group mappings, current scim job naming, pretty-printed (4 spaces)",
    indent: '    ',
    build: () => buildSchema({ naming: 'scim', rules: [defaultRule()] }),
  },
  {
    file: 'entra-default-scim.min.json',
    description: 'The same as entra-default-scim.json, minified',
    indent: null,
    build: () => buildSchema({ naming: 'scim', rules: [defaultRule()] }),
  },
  {
    file: 'already-cleaned.json',
    description:
      'Only the five supported attributes, group provisioning off: what cleaning entra-default-scim.json must give',
    indent: '    ',
    build: () => {
      const schema = buildSchema({
        naming: 'scim',
        rules: [defaultRule({ userMappings: supportedOnly, groupEnabled: false })],
      });
      // The directories describe the original target attributes; cleaning does not touch them.
      schema.directories = directories('scim', ENTRA_DEFAULT_USER_MAPPINGS);
      return schema;
    },
  },
  {
    file: 'groups-off.json',
    description: 'Default user mappings, group provisioning already off',
    indent: '  ',
    build: () =>
      buildSchema({ naming: 'customappsso', rules: [defaultRule({ groupEnabled: false })] }),
  },
  {
    file: 'custom-extension.json',
    description:
      'Default mappings plus a custom extension attribute (costCenter from extensionAttribute1)',
    indent: '  ',
    build: () =>
      buildSchema({ naming: 'scim', rules: [defaultRule({ userMappings: withCustomExtension })] }),
  },
  {
    file: 'matching-external-id.json',
    description: 'Users matched on externalId (from objectId) instead of userName',
    indent: '  ',
    build: () =>
      buildSchema({ naming: 'scim', rules: [defaultRule({ userMappings: matchingOnExternalId })] }),
  },
  {
    file: 'two-rules.json',
    description: 'Two synchronization rules, each with a user and a group mapping',
    indent: '  ',
    build: () =>
      buildSchema({
        naming: 'customappsso',
        rules: [
          defaultRule(),
          defaultRule({
            id: '5b8e2f1a-7c4d-4e9b-a3f6-0d2c8e1b7a94',
            name: 'USERGROUP_OUTBOUND_USERGROUP_SECONDARY',
            priority: 2,
          }),
        ],
      }),
  },
  {
    file: 'no-user-mapping.json',
    description: 'A schema whose only object mapping is for groups (error: no user mapping)',
    indent: '  ',
    build: groupsOnlySchema,
  },
  {
    file: 'not-a-schema.json',
    description:
      'A SCIM ServiceProviderConfig, i.e. valid JSON that is not a provisioning schema (error)',
    indent: '  ',
    build: () => ({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [
        {
          type: 'oauthbearertoken',
          name: 'OAuth Bearer Token',
          description: 'Authentication with a bearer token',
        },
      ],
    }),
  },
];

export function renderFixture(spec: FixtureSpec): string {
  const value = spec.build();
  return spec.indent === null
    ? JSON.stringify(value)
    : `${JSON.stringify(value, null, spec.indent)}\n`;
}

/** A default schema padded to at least `minimumBytes` (and not much more) of pretty-printed JSON, for the large-paste test. */
export function largeSchemaText(minimumBytes: number): string {
  const render = (padding: number) =>
    `${JSON.stringify(buildSchema({ naming: 'scim', rules: [defaultRule()] }, padding), null, 2)}\n`;
  const base = render(0).length;
  const perDefinition = (render(100).length - base) / 100;
  return render(Math.ceil((minimumBytes - base) / perDefinition) + 1);
}

/** The broken-JSON fixture: the default schema with one trailing comma added, and where it is. */
export const INVALID_JSON_FILE = 'invalid-trailing-comma.json';
export function invalidJsonFixture(): { text: string; line: number; column: number } {
  const lines = renderFixture(FIXTURES[0]!).split('\n');
  // After the last attribute mapping of the user mapping, before its closing bracket.
  const index = lines.findIndex((line) =>
    line.includes(
      '"targetAttributeName": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"',
    ),
  );
  const closeIndex = lines.findIndex((line, at) => at > index && line.trim() === '}');
  lines[closeIndex] = `${lines[closeIndex]},`;
  // The scanner reports the character after the comma that breaks JSON: the next non-blank line's first character.
  const next = closeIndex + 1;
  const line = lines[next] ?? '';
  return {
    text: lines.join('\n'),
    line: next + 1,
    column: line.length - line.trimStart().length + 1,
  };
}
