/**
 * What the attribute mapping checker can report about a pasted provisioning schema.
 * One part of the catalogue (../catalogue.ts puts the groups together): a widget imports only the
 * groups it can show.
 */
import type { EntryText } from '../catalogue';
import type { DiagnosticCode } from '../contract';
import { leaverText } from '../../entra/leavers';
import { USER_NAME_ATTRIBUTE, WORK_EMAIL_ATTRIBUTE } from '../../schema/attributes';
import { findingFrom } from './finding';
import { activeRemoved, copySchema, csm, product } from './texts';

const userName = USER_NAME_ATTRIBUTE;
const workEmail = WORK_EMAIL_ATTRIBUTE;

export const mappingCheckerEntries = {
  // ── Attribute mapping checker: the pasted provisioning schema ──────────────
  'schema-empty': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'No provisioning schema to check',
    explanation: 'The schema field is empty, or the chosen file has no text.',
    fix: copySchema,
  },
  'schema-too-large': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'The text is too large to be a provisioning schema',
    explanation:
      'The pasted text or chosen file is far larger than any provisioning schema, so the checker does not read it.',
    fix: copySchema,
  },
  'schema-invalid-json': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'The schema is not valid JSON',
    explanation:
      'The text is not valid JSON. The checker shows the line and column where it stops making sense, usually because only part of the schema was copied or it was edited by hand.',
    fix: 'Correct it at that place, or copy the schema again from Entra, whole and unchanged: click in the editor, select all (Ctrl+A) and copy (Ctrl+C).',
  },
  'not-a-schema': {
    group: 'mapping-checker',
    severity: 'error',
    title: "Valid JSON, but not Entra's provisioning schema",
    explanation:
      'The JSON is readable, but it is not a provisioning schema (an object with a `synchronizationRules` list): for example a SCIM document, a Microsoft Graph list response, or another file.',
    fix: copySchema,
  },
  'no-user-mapping': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'The schema has no user mapping',
    explanation:
      'The provisioning schema has no object mapping for users (`"sourceObjectName": "User"`), so there is nothing to check.',
    fix: `Check that you copied the schema of the ${product} app’s provisioning. If its user mapping was deleted, use Restore default mappings in Entra (it resets every mapping and scoping filter and restarts provisioning; Microsoft recommends turning provisioning off first), then copy the schema again.`,
  },
  'unsupported-mappings': {
    group: 'mapping-checker',
    severity: 'warning',
    title: `Attributes ${product} does not support are mapped`,
    explanation: `The user mapping sends attributes that are not in ${product}'s list of supported attributes. The checker marks them Remove in its table.`,
    fix: 'Delete those mappings in Entra, or paste the cleaned schema the checker makes: it removes them and changes nothing else.',
  },
  'only-supported-mappings': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'Only supported attributes are mapped',
    explanation: `Every attribute the user mapping sends is one ${product} supports.`,
    fix: 'Nothing to do.',
  },
  'missing-supported-attribute': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'A supported attribute is not mapped',
    explanation: `${product} supports the attribute, but no mapping sends it, so ${product} will not receive it.`,
    fix: "In Entra's attribute mapping, choose Add New Mapping with that target attribute and Entra's default source attribute. The checker does not add mappings for you.",
  },
  'group-provisioning-on': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'Group provisioning is on',
    explanation: `A group mapping is enabled. ${product} does not take groups: the source guide says to disable it.`,
    fix: 'Turn it off (see Attribute mapping, "Turn off group provisioning"), or paste the cleaned schema, which sets the group mapping to `"enabled": false`. Groups you assign to the app still decide which users are provisioned; only the group objects are not sent.',
  },
  'group-provisioning-off': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'Group provisioning is off',
    explanation: 'No group mapping is enabled, so no groups are provisioned.',
    fix: 'Nothing to do.',
  },
  'matching-not-username': {
    group: 'mapping-checker',
    severity: 'warning',
    title: `Users are matched on another attribute than ${userName}`,
    explanation: `Entra uses the matching attribute to find users that already exist in ${product}. The usual setting, and what this guide assumes, is ${userName} from userPrincipalName.`,
    fix: `Keep it only if your ${csm} agreed to it; otherwise make ${userName} the matching attribute (Matching precedence 1), so existing ${product} accounts are found and not created twice.`,
  },
  'matching-attribute-removed': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'Cleaning would remove the matching attribute',
    explanation: `Users are matched on an attribute ${product} does not support, so removing it leaves no matching attribute. Entra uses one to find existing users.`,
    fix: `Before saving, make ${userName} the matching attribute: edit the ${userName} mapping and set Match objects using this attribute to Yes with Matching precedence 1.`,
  },
  'no-matching-attribute': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'No attribute is marked for matching',
    explanation: `No mapping has a matching priority. Entra uses the matching attribute to find users that already exist in ${product}.`,
    fix: `Edit the ${userName} mapping and set Match objects using this attribute to Yes, with Matching precedence 1.`,
  },
  'email-from-mail': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'The work e-mail comes from mail',
    explanation: `The work e-mail (${workEmail}) is mapped from the Entra attribute mail. Users whose mail is empty (for example accounts without a mailbox) are sent without an e-mail, because Entra skips empty attributes.`,
    fix: `If some of your users have no mail, edit that mapping and choose userPrincipalName as its source attribute, but only if your user principal names are real e-mail addresses (${product} accounts use e-mail addresses). Ask your CSM if unsure.`,
  },
  'active-trade-off': {
    group: 'mapping-checker',
    severity: 'info',
    title: activeRemoved
      ? 'active is removed: what that means for leavers'
      : 'active is kept: what that means for leavers',
    explanation: leaverText.details.join(' '),
    fix: leaverText.action,
  },
  'user-mapping-disabled': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'The user mapping is disabled',
    explanation: 'The user mapping has `"enabled": false`, so Entra provisions no users with it.',
    fix: `If this is the mapping ${product} should use, set Enabled to Yes in the mapping (the cleaned schema leaves it as it is).`,
  },
  'several-user-mappings': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'The schema has several user mappings',
    explanation:
      'The schema has more than one user mapping. The checker checks each, and the cleaned schema cleans each of them.',
    fix: 'Nothing to do; each finding names the mapping it is about.',
  },
} satisfies Partial<Record<DiagnosticCode, EntryText>>;

/** A Finding for one of these codes, with its entry's severity, explanation and fix as defaults. */
export const mappingCheckerFinding = findingFrom(mappingCheckerEntries);
