/**
 * What the provisioning dry run can report about the users in Entra's "Download users" file.
 * One part of the catalogue (../catalogue.ts puts the groups together): a widget imports only the
 * groups it can show.
 */
import type { EntryText } from '../catalogue';
import type { DiagnosticCode } from '../contract';
import { formatLimit, MAX_USERS_FILE_BYTES } from '../../exports/limits';
import { findingFrom } from './finding';
import { activeRemoved, app, csm, downloadUsers, product } from './texts';

export const dryRunEntries = {
  // ── Provisioning dry run: users in the "Download users" file ───────────────
  'dry-run-no-mail': {
    group: 'dry-run',
    severity: 'error',
    title: 'User has no email address (mail is empty)',
    explanation: `Entra fills the work email (\`emails[type eq "work"].value\`) from the user's \`mail\` attribute and leaves out empty attributes, so this user reaches ${product} without an email address. ${product} accounts use email addresses, so the user is likely to be rejected; Entra logs such a rejection as \`SystemForCrossDomainIdentityManagementServiceIncompatible\`.`,
    fix: `Give the user a mailbox or an email address in Entra before you start provisioning. If your user principal names are real email addresses, you can instead map \`emails[type eq "work"].value\` from \`userPrincipalName\` (Attribute mapping, "Users without a mailbox"); check with your ${csm} first.`,
  },
  'dry-run-guest-user-name': {
    group: 'dry-run',
    severity: 'error',
    title: 'User name contains #EXT#',
    explanation: `The user principal name looks like \`alias_homedomain#EXT#@yourtenant.onmicrosoft.com\`: a guest account, or the personal Microsoft account that created the tenant (that one is a Member, not a Guest). Entra sends the user principal name as \`userName\`, so the ${product} account would carry this technical name instead of the person's email address.`,
    fix: `Assign the person's own work account to the ${app} app instead of the #EXT# account, or ask your ${csm} how ${product} should receive guests.`,
  },
  'dry-run-onmicrosoft-user-name': {
    group: 'dry-run',
    severity: 'warning',
    title: 'User name is on an onmicrosoft.com domain',
    explanation: `The user principal name ends in \`.onmicrosoft.com\`, the tenant's initial domain, which is rarely anyone's email address. ${product} receives it as the user name.`,
    fix: `If the person has an address on your own domain, change the user principal name to it in Entra before you start. Admin and service accounts usually should not be assigned to the ${app} app at all.`,
  },
  'dry-run-guest': {
    group: 'dry-run',
    severity: 'warning',
    title: 'Guest user',
    explanation: `\`userType\` is Guest: the person signs in with an account from another organisation. Assigned guests are provisioned like members, and Entra cannot leave guests out with a scoping filter on \`userType\`.`,
    fix: `If guests should not get ${product} accounts, unassign them (or the group that brings them in) from the ${app} app.`,
  },
  'dry-run-shared-email': {
    group: 'dry-run',
    severity: 'error',
    title: 'Email address shared by several users',
    explanation: `Two or more users in the file have the same \`mail\` (ignoring capitals). Entra does not require \`mail\` to be unique, but ${product} accounts use email addresses, so only one of them can get an account: the others are likely to fail with a conflict (HTTP 409), which Entra logs as \`SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering\`.`,
    fix: `Decide whose address it is, and correct \`mail\` on the other users in Entra or leave them unassigned from the ${app} app.`,
  },
  'dry-run-disabled': {
    group: 'dry-run',
    severity: 'warning',
    title: 'Account is disabled',
    explanation: `Sign-in is blocked for this user (\`accountEnabled\` is False). Entra skips disabled users (the log says \`NotEffectivelyEntitled\`), so no ${product} account is created.${activeRemoved ? ` And because the guide removes the \`active\` mapping, a user who is disabled after their ${product} account exists stays active in ${product}.` : ''}`,
    fix: `If the person should use ${product}, enable the account before you start. If not, unassign them from the ${app} app, so their skips do not hide real problems in the logs.`,
  },
  'dry-run-missing-name': {
    group: 'dry-run',
    severity: 'warning',
    title: 'First or last name is empty',
    explanation: `\`givenName\` or \`surname\` is empty, so Entra sends no \`name.givenName\` or \`name.familyName\` for this user and ${product} gets the account without that name.`,
    fix: "Fill in the user's first and last name in Entra before you start provisioning.",
  },
  'dry-run-email-differs': {
    group: 'dry-run',
    severity: 'info',
    title: 'Email address differs from the user name',
    explanation: `The user's \`mail\` is not their user principal name. ${product} receives both: \`userName\` from the user principal name and the work email from \`mail\`.`,
    fix: `Nothing to do if both are right. If ${product} should see one address only, ask your ${csm} which one it uses to sign people in.`,
  },
  'dry-run-missing-columns': {
    group: 'dry-run',
    severity: 'warning',
    title: 'The file lacks columns the dry run needs',
    explanation:
      'The dry run reads `mail`, `givenName`, `surname`, `accountEnabled` and `userType` for every user. Without one of these columns it cannot judge that part for anyone, so it says so once instead of flagging every user. "Download users (Preview)" exports only the columns the All users list shows, and its default view has none of the first four.',
    fix: 'In Users → All users, add the missing columns to the list view and download again, or use the classic Download users, which includes them.',
  },
  'dry-run-external-id-unknown': {
    group: 'dry-run',
    severity: 'info',
    title: 'externalId cannot be predicted from the file',
    explanation:
      'Entra fills `externalId` from `mailNickname`, and no "Download users" file contains `mailNickname`. The preview shows `<value of [mailNickname]>` there instead of guessing.',
    fix: "Nothing to do. To see a user's real value, use Provision on demand for that user.",
  },
  'dry-run-rows-left-out': {
    group: 'dry-run',
    severity: 'info',
    title: 'Rows that are not users were left out',
    explanation:
      "Rows for groups, service principals, devices or contacts (a group's member download lists nested groups and service principals too) and rows without a user principal name are not users Entra provisions.",
    fix: 'Nothing to do. Entra provisions the direct members of an assigned group, not the group itself nor the members of nested groups.',
  },
  'dry-run-duplicate-rows': {
    group: 'dry-run',
    severity: 'info',
    title: 'The same user appears more than once',
    explanation:
      'Several rows have the same user principal name, for example because two downloads were joined. Each user is checked once.',
    fix: 'Nothing to do.',
  },
  'dry-run-not-utf8': {
    group: 'dry-run',
    severity: 'warning',
    title: 'The file is not UTF-8 text',
    explanation:
      'The file is not UTF-8, so it was read as Windows-1252, the encoding Excel often uses when it saves a CSV. Names with letters outside Western European alphabets may be shown wrongly.',
    fix: 'Use the file exactly as Entra downloaded it, without opening and saving it in a spreadsheet first.',
  },
  'users-file-empty': {
    group: 'dry-run',
    severity: 'error',
    title: 'The users file is empty',
    explanation: 'The chosen file has no content.',
    fix: `Download the users again (${downloadUsers}) and wait until the download has finished.`,
  },
  'users-file-too-large': {
    group: 'dry-run',
    severity: 'error',
    title: 'The users file is too large',
    explanation: `The dry run reads files up to ${formatLimit(MAX_USERS_FILE_BYTES)}, about 150,000 users.`,
    fix: `Filter the All users list before you download (the file holds the filtered list), or use the member download of the group you assign to the ${app} app.`,
  },
  'users-file-spreadsheet': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file is an Excel workbook, not CSV',
    explanation:
      'The dry run reads the CSV file Entra downloads, not a spreadsheet workbook (.xlsx).',
    fix: 'Choose the original .csv file, or save the sheet as "CSV UTF-8".',
  },
  'users-file-bulk-template': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file is the bulk-create template, not a download',
    explanation:
      'The file starts with `version:v1.0` or has headers such as `Name [displayName] Required`: that is the template Entra offers for creating users in bulk, not a list of your users.',
    fix: `Download the users instead: ${downloadUsers}.`,
  },
  'users-file-m365-export': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file comes from the Microsoft 365 admin center',
    explanation:
      "The headers are display names such as `User principal name` and `Block credential`: this is the Microsoft 365 admin center's user export, whose columns differ from Entra's.",
    fix: `Download the users from the Microsoft Entra admin center instead: ${downloadUsers}.`,
  },
  'users-file-not-users-export': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file is not a users download',
    explanation:
      "The dry run needs a CSV file with a `userPrincipalName` column, like Entra's Download users and Download members files.",
    fix: `Choose the file from ${downloadUsers} (or a group's Download members). Provisioning logs (JSON) go in the log doctor on the Troubleshooting page.`,
  },
  'users-file-broken-quotes': {
    group: 'dry-run',
    severity: 'error',
    title: "The file's quoting is broken",
    explanation:
      'A value that starts with a quotation mark does not end with one before the next comma or line, so the rows after it cannot be read reliably.',
    fix: 'Download the file again and use it unchanged. If you edited it, look at the line the message names.',
  },
} satisfies Partial<Record<DiagnosticCode, EntryText>>;

/** A Finding for one of these codes, with its entry's severity, explanation and fix as defaults. */
export const dryRunFinding = findingFrom(dryRunEntries);
