/**
 * Test data for the dry run and the log doctor, built from the formats in the exports research
 * (A.2 layouts, B.2 field names, B.3's real failed entry, C.3's `reason`), with invented people
 * and domains. Used by the unit tests, the end-to-end tests and the bench.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));
export const fixturePath = (file: string) => `${FIXTURES}${file}`;
export const fixtureBytes = (file: string) => new Uint8Array(readFileSync(fixturePath(file)));

export const DOMAIN = 'lakeside-rentals.example';
export const TENANT_DOMAIN = 'lakesiderentals.onmicrosoft.com';
const TENANT_ID = '5f0c9a4e-2b7d-4c1a-9e3f-6d8b0a2c4e61';
const JOB_ID = `scim.${TENANT_ID.replaceAll('-', '')}.a7e2c9d1-0b3f-4e5a-8c6d-2f1e0b9a8c7d`;
export const CYCLE_1 = '8b52ae4b-1111-4c2d-9e8f-0a1b2c3d4e5f';
export const CYCLE_2 = '9c63bf5c-2222-4d3e-8f90-1b2c3d4e5f60';

export interface PersonSpec {
  id: string;
  displayName: string;
  userPrincipalName: string;
  identityType?: 'User' | 'Group';
}

export interface EntrySpec {
  person: PersonSpec;
  time: string;
  cycleId?: string;
  action?: string;
  status: 'success' | 'failure' | 'skipped' | 'warning';
  errorCode?: string;
  reason?: string;
  skipReason?: string;
  /** `legacy`: the old beta names and capitalised values (`action`, `Create`, `Failure`), `servicePrincipal` as a list. */
  style?: 'graph' | 'legacy';
}

let serial = 0;
const guid = (seed: number) =>
  `${(0x10000000 + seed).toString(16)}-aaaa-4bbb-8ccc-${seed.toString(16).padStart(12, '0')}`;

/** One `provisioningObjectSummary`, shaped like the exports research's B.3 entry. */
export function logEntry(spec: EntrySpec): Record<string, unknown> {
  serial += 1;
  const legacy = spec.style === 'legacy';
  const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
  const action = spec.action ?? 'create';
  const steps: Record<string, unknown>[] = [
    {
      name: 'EntryImportAdd',
      provisioningStepType: legacy ? 'Import' : 'import',
      status: 'success',
      description: `Received User '${spec.person.userPrincipalName}' change of type (Add) from Microsoft Entra ID`,
      details: {},
    },
  ];
  if (spec.skipReason)
    steps.push({
      name: 'EntrySynchronizationSkip',
      provisioningStepType: 'export',
      status: 'skipped',
      description: `No change to the User '${spec.person.userPrincipalName}' currently needs to be made.`,
      details: { SkipReason: spec.skipReason },
    });
  else
    steps.push({
      name: 'EntryExportAdd',
      provisioningStepType: 'export',
      status: spec.status,
      description: `User '${spec.person.userPrincipalName}' was sent to ApartmentIQ`,
      details: { userName: spec.person.userPrincipalName },
    });
  const statusInfo: Record<string, unknown> = {
    status: legacy ? capital(spec.status) : spec.status,
    errorInformation:
      spec.errorCode || spec.reason
        ? {
            errorCode: spec.errorCode ?? null,
            reason: spec.reason ?? null,
            additionalDetails: null,
            errorCategory: 'nonServiceFailure',
            recommendedAction: null,
          }
        : null,
  };
  const servicePrincipal = {
    id: 'e394395f-0000-4000-8000-00000000aiq1',
    displayName: 'ApartmentIQ',
  };
  return {
    activityDateTime: spec.time,
    changeId: guid(serial * 2),
    cycleId: spec.cycleId ?? CYCLE_1,
    durationInMilliseconds: 1200,
    id: guid(serial * 2 + 1),
    initiatedBy: { displayName: 'Azure AD Provisioning Service', id: '', initiatorType: 'system' },
    jobId: JOB_ID,
    modifiedProperties: [
      { displayName: 'userName', newValue: spec.person.userPrincipalName, oldValue: null },
    ],
    [legacy ? 'action' : 'provisioningAction']: legacy ? capital(action) : action,
    provisioningStatusInfo: statusInfo,
    provisioningSteps: steps,
    servicePrincipal: legacy
      ? [{ id: servicePrincipal.id, name: 'ApartmentIQ' }]
      : servicePrincipal,
    sourceIdentity: {
      details: {
        DisplayName: spec.person.displayName,
        UserPrincipalName: spec.person.userPrincipalName,
        id: spec.person.id,
        odatatype: spec.person.identityType ?? 'User',
      },
      displayName: spec.person.displayName,
      id: spec.person.id,
      identityType: spec.person.identityType ?? 'User',
    },
    sourceSystem: {
      details: {},
      displayName: 'Microsoft Entra ID',
      id: '05040880-0000-4000-8000-000000000001',
    },
    targetIdentity: { details: {}, displayName: '', id: '', identityType: 'User' },
    targetSystem: {
      details: {},
      displayName: 'ApartmentIQ',
      id: '3e0cc32f-0000-4000-8000-000000000001',
    },
    tenantId: TENANT_ID,
  };
}

/** The `reason` of a failed SCIM request, as Entra writes it (exports research C.3). */
export function scimReason(phrase: string, body: string, retries = 1): string {
  return `StatusCode: ${phrase}\r\nMessage: Processing of the HTTP request resulted in an exception. Please see the HTTP response returned by the 'Response' property of this exception for details.\r\nWeb Response: \r\n${body}. This operation was retried ${retries} times. It will be retried again after this date: 2026-11-30T13:23:44.9198514Z UTC`;
}

export const person = (name: string, login: string, seed: number): PersonSpec => ({
  id: guid(1000 + seed),
  displayName: name,
  userPrincipalName: `${login}@${DOMAIN}`,
});

export const PEOPLE = {
  noor: person('Noor Haddad', 'noor.haddad', 1),
  kofi: person('Kofi Mensah', 'kofi.mensah', 2),
  priya: person('Priya Shah', 'priya.shah', 3),
  tomas: person('Tomás Vidal', 'tomas.vidal', 4),
  ava: person('Ava Russo', 'ava.russo', 5),
  zoe: person('Zoë Ångström', 'zoe.angstrom', 6),
  li: person('李 伟', 'li.wei', 7),
  leasing: { ...person('Leasing Team', 'leasing', 8), identityType: 'Group' as const },
};

export const CONFLICT_DETAIL =
  'A user already exists for that email address. Please claim the user instead of provisioning them.';
export const EMAILS_DETAIL = "emails: Required attribute 'emails' is missing";

/** A small log with every case the doctor reads: 12 entries, 8 people and a group. */
export function sampleLogEntries(): Record<string, unknown>[] {
  const conflict = scimReason(
    'Conflict',
    JSON.stringify({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      detail: CONFLICT_DETAIL,
      status: 409,
      scimType: 'uniqueness',
    }),
  );
  const missingEmail = scimReason(
    'BadRequest',
    JSON.stringify({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      detail: EMAILS_DETAIL,
      status: '400',
    }),
    0,
  );
  return [
    logEntry({ person: PEOPLE.noor, time: '2026-11-30T08:00:05Z', status: 'success' }),
    logEntry({ person: PEOPLE.zoe, time: '2026-11-30T08:00:07Z', status: 'success' }),
    logEntry({
      person: PEOPLE.li,
      time: '2026-11-30T08:00:09Z',
      status: 'success',
      style: 'legacy',
    }),
    logEntry({
      person: PEOPLE.priya,
      time: '2026-11-30T08:01:00Z',
      status: 'failure',
      errorCode: 'SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering',
      reason: conflict,
    }),
    // The same failure retried in the next cycle: two entries, one user.
    logEntry({
      person: PEOPLE.priya,
      time: '2026-11-30T08:41:00Z',
      cycleId: CYCLE_2,
      status: 'failure',
      errorCode: 'SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering',
      reason: conflict,
    }),
    logEntry({
      person: PEOPLE.kofi,
      time: '2026-11-30T08:01:30Z',
      status: 'failure',
      errorCode: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
      reason: missingEmail,
      style: 'legacy',
    }),
    logEntry({
      person: PEOPLE.ava,
      time: '2026-11-30T08:02:00Z',
      status: 'skipped',
      skipReason: 'NotEffectivelyEntitled',
    }),
    logEntry({
      person: PEOPLE.tomas,
      time: '2026-11-30T08:42:00Z',
      cycleId: CYCLE_2,
      action: 'other',
      status: 'skipped',
      skipReason: 'RedundantExport',
    }),
    logEntry({
      person: PEOPLE.tomas,
      time: '2026-11-30T08:43:00Z',
      cycleId: CYCLE_2,
      status: 'failure',
      errorCode: 'FrobnicationQuotaExceeded',
      reason: 'The frobnication quota of the target was exceeded.',
    }),
    logEntry({
      person: PEOPLE.leasing,
      time: '2026-11-30T08:03:00Z',
      status: 'success',
    }),
    logEntry({
      person: PEOPLE.zoe,
      time: '2026-11-30T08:44:00Z',
      cycleId: CYCLE_2,
      action: 'update',
      status: 'success',
    }),
    logEntry({
      person: PEOPLE.noor,
      time: '2026-11-30T08:45:00Z',
      cycleId: CYCLE_2,
      action: 'update',
      status: 'warning',
      errorCode: 'Timeout',
      reason: 'The request to the target timed out.',
    }),
  ];
}

/** `count` entries like a busy initial cycle: mostly creates, some failures and skips. */
export function largeLogEntries(count: number): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  const conflict = scimReason(
    'Conflict',
    JSON.stringify({ detail: CONFLICT_DETAIL, status: 409, scimType: 'uniqueness' }),
  );
  for (let index = 0; index < count; index += 1) {
    const someone = person(
      `Bench User ${index % 40_000}`,
      `bench.user${index % 40_000}`,
      5000 + (index % 40_000),
    );
    const time = new Date(Date.UTC(2026, 10, 30, 8) + index * 250).toISOString();
    const kind = index % 20;
    entries.push(
      kind === 0
        ? logEntry({
            person: someone,
            time,
            status: 'failure',
            errorCode: 'SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering',
            reason: conflict,
          })
        : kind === 1
          ? logEntry({
              person: someone,
              time,
              status: 'skipped',
              skipReason: 'NotEffectivelyEntitled',
            })
          : logEntry({ person: someone, time, status: 'success' }),
    );
  }
  return entries;
}

const USERS_HEADER =
  'userPrincipalName,displayName,surname,mail,givenName,id,userType,jobTitle,department,accountEnabled,usageLocation,streetAddress,state,country,officeLocation,city,postalCode,telephoneNumber,mobilePhone,alternateEmailAddress,ageGroup,consentProvidedForMinor,legalAgeGroupClassification,companyName,creationType,directorySynced,invitationState,identityIssuer,createdDateTime';

/** A "Download users" file (29-column layout) of `count` users, a few of them with problems. */
export function largeUsersCsv(count: number): string {
  const lines = [USERS_HEADER];
  for (let index = 0; index < count; index += 1) {
    const login = `user${index}`;
    const mail =
      index % 50 === 0 ? '' : index % 97 === 0 ? `shared@${DOMAIN}` : `${login}@${DOMAIN}`;
    const enabled = index % 61 === 0 ? 'False' : 'True';
    lines.push(
      `${login}@${DOMAIN},"Person ${index}, Ångström",Ångström,${mail},Person,${guid(index)},Member,Leasing Agent,Operations,${enabled},US,100 Main St,TX,United States,Austin,Austin,78701,+1 512 555 0100,,,,,,Lakeside Rentals,,,,${TENANT_DOMAIN},3/4/2026 9:15:02 AM`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
