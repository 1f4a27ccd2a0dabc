/**
 * Entra's default attribute mappings for a non-gallery SCIM app (fact sheet §5), in the order vendor
 * documentation and screenshots show them (Microsoft publishes only an example table), written as
 * Microsoft Graph `attributeMapping` objects.
 *
 * Used as the manual path (the table an admin follows without pasting a schema) and to build the
 * test fixtures. The target/source pairs and their order are the fact sheet's; the
 * `parameters` of the two function sources follow the documented Graph shape (fact sheet §7) and
 * are not copied from a tenant.
 */
import {
  apartmentIqPolicy,
  ENTERPRISE_USER_SCHEMA,
  isKept,
  type MappingPolicy,
} from './attributes';
import type { AttributeMappingSource } from './model';

export interface DefaultAttributeMapping {
  targetAttributeName: string;
  source: AttributeMappingSource;
  matchingPriority: number;
}

export const attributeSource = (name: string): AttributeMappingSource => ({
  expression: `[${name}]`,
  name,
  type: 'Attribute',
  parameters: [],
});

export const constantSource = (value: string): AttributeMappingSource => ({
  expression: JSON.stringify(value),
  name: value,
  type: 'Constant',
  parameters: [],
});

const parameter = (key: string, value: AttributeMappingSource) => ({ key, value });

export const ACTIVE_DEFAULT_EXPRESSION =
  'Switch([IsSoftDeleted], , "False", "True", "True", "False")';
export const FORMATTED_NAME_DEFAULT_EXPRESSION = 'Join(" ", [givenName], [surname])';

const activeSource: AttributeMappingSource = {
  expression: ACTIVE_DEFAULT_EXPRESSION,
  name: 'Switch',
  type: 'Function',
  parameters: [
    parameter('source', attributeSource('IsSoftDeleted')),
    parameter('defaultValue', constantSource('')),
    parameter('key', constantSource('False')),
    parameter('value', constantSource('True')),
    parameter('key', constantSource('True')),
    parameter('value', constantSource('False')),
  ],
};

const formattedNameSource: AttributeMappingSource = {
  expression: FORMATTED_NAME_DEFAULT_EXPRESSION,
  name: 'Join',
  type: 'Function',
  parameters: [
    parameter('separator', constantSource(' ')),
    parameter('source', attributeSource('givenName')),
    parameter('source', attributeSource('surname')),
  ],
};

const direct = (
  targetAttributeName: string,
  sourceAttribute: string,
  matchingPriority = 0,
): DefaultAttributeMapping => ({
  targetAttributeName,
  source: attributeSource(sourceAttribute),
  matchingPriority,
});

/** "Provision Microsoft Entra ID Users": the 22 default rows, in the portal's order. */
export const ENTRA_DEFAULT_USER_MAPPINGS: readonly DefaultAttributeMapping[] = [
  direct('userName', 'userPrincipalName', 1),
  { targetAttributeName: 'active', source: activeSource, matchingPriority: 0 },
  direct('displayName', 'displayName'),
  direct('title', 'jobTitle'),
  direct('emails[type eq "work"].value', 'mail'),
  direct('preferredLanguage', 'preferredLanguage'),
  direct('name.givenName', 'givenName'),
  direct('name.familyName', 'surname'),
  { targetAttributeName: 'name.formatted', source: formattedNameSource, matchingPriority: 0 },
  direct('addresses[type eq "work"].formatted', 'physicalDeliveryOfficeName'),
  direct('addresses[type eq "work"].streetAddress', 'streetAddress'),
  direct('addresses[type eq "work"].locality', 'city'),
  direct('addresses[type eq "work"].region', 'state'),
  direct('addresses[type eq "work"].postalCode', 'postalCode'),
  direct('addresses[type eq "work"].country', 'country'),
  direct('phoneNumbers[type eq "work"].value', 'telephoneNumber'),
  direct('phoneNumbers[type eq "mobile"].value', 'mobile'),
  direct('phoneNumbers[type eq "fax"].value', 'facsimileTelephoneNumber'),
  direct('externalId', 'mailNickname'),
  direct(`${ENTERPRISE_USER_SCHEMA}:employeeNumber`, 'employeeId'),
  direct(`${ENTERPRISE_USER_SCHEMA}:department`, 'department'),
  direct(`${ENTERPRISE_USER_SCHEMA}:manager`, 'manager'),
];

/**
 * "Provision Microsoft Entra ID Groups": displayName (matching), externalId, members, as in
 * Microsoft's example table of group attributes.
 */
export const ENTRA_DEFAULT_GROUP_MAPPINGS: readonly DefaultAttributeMapping[] = [
  direct('displayName', 'displayName', 1),
  direct('externalId', 'objectId'),
  direct('members', 'members'),
];

export const ENTRA_USER_MAPPING_NAME = 'Provision Microsoft Entra ID Users';
export const ENTRA_GROUP_MAPPING_NAME = 'Provision Microsoft Entra ID Groups';

/** A default mapping as the Graph `attributeMapping` object Entra stores, with its usual flags. */
export function toGraphAttributeMapping(mapping: DefaultAttributeMapping) {
  return {
    defaultValue: null,
    exportMissingReferences: false,
    flowBehavior: 'FlowWhenChanged',
    flowType: 'Always',
    matchingPriority: mapping.matchingPriority,
    targetAttributeName: mapping.targetAttributeName,
    source: mapping.source,
  };
}

/** The user mappings the guide sets up: Entra's defaults, less every row the policy removes. */
export function guideUserMappings(policy: MappingPolicy = apartmentIqPolicy) {
  return ENTRA_DEFAULT_USER_MAPPINGS.filter((mapping) =>
    isKept(mapping.targetAttributeName, policy),
  );
}
