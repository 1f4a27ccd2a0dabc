import { describe, expect, it } from 'vitest';
import {
  ALL_DIAGNOSTIC_CODES,
  CATALOGUE_GROUPS,
  DIAGNOSTIC_CODE_LISTS,
  DOCUMENT_CODES,
  DRY_RUN_CODES,
  ENTRA_LOG_CODES,
  LOG_DOCTOR_CODES,
  SCHEMA_FINDING_CODES,
  SCHEMA_INPUT_CODES,
  PROBE_CODES,
  PROBE_ROUTE_ERROR_CODES,
  SEVERITIES,
  TENANT_URL_CODES,
  TOKEN_CODES,
  catalogueEntry,
  diagnosticCatalogue,
  entraLogEntries,
  SEVERITY_LABELS,
  troubleshootingHref,
  diagnosticFinding,
} from '~/lib/scim';

describe('diagnostic catalogue', () => {
  it('has exactly one entry per diagnostic code, keyed by its own code', () => {
    expect(Object.keys(diagnosticCatalogue).sort()).toEqual([...ALL_DIAGNOSTIC_CODES].sort());
    for (const code of ALL_DIAGNOSTIC_CODES) expect(diagnosticCatalogue[code].code).toBe(code);
  });

  it.each([...ALL_DIAGNOSTIC_CODES])('%s has a group, a severity and non-empty texts', (code) => {
    const entry = catalogueEntry(code);
    expect(CATALOGUE_GROUPS).toContain(entry.group);
    expect(SEVERITIES).toContain(entry.severity);
    for (const text of [entry.title, entry.explanation, entry.fix]) {
      expect(text.trim().length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('groups codes by the field or stage they are about', () => {
    const shared = TENANT_URL_CODES.filter((code) =>
      (TOKEN_CODES as readonly string[]).includes(code),
    );
    expect(shared.sort()).toEqual(['empty', 'placeholder', 'whitespace']);
    for (const code of shared) expect(diagnosticCatalogue[code].group).toBe('both-fields');
    for (const code of TENANT_URL_CODES.filter((c) => !shared.includes(c)))
      expect(diagnosticCatalogue[code].group).toBe('tenant-url');
    for (const code of TOKEN_CODES.filter((c) => !(shared as string[]).includes(c)))
      expect(diagnosticCatalogue[code].group).toBe('token');
    for (const code of DOCUMENT_CODES) expect(diagnosticCatalogue[code].group).toBe('endpoint');
    for (const code of [...PROBE_CODES, ...PROBE_ROUTE_ERROR_CODES])
      expect(diagnosticCatalogue[code].group).toBe('connection-test');
    for (const code of DRY_RUN_CODES) expect(diagnosticCatalogue[code].group).toBe('dry-run');
    for (const code of LOG_DOCTOR_CODES) expect(diagnosticCatalogue[code].group).toBe('log-doctor');
    for (const code of [...SCHEMA_FINDING_CODES, ...SCHEMA_INPUT_CODES])
      expect(diagnosticCatalogue[code].group).toBe('mapping-checker');
    for (const code of ENTRA_LOG_CODES) expect(diagnosticCatalogue[code].group).toBe('entra-log');
  });

  it('lists each code once: only the three field codes are shared, by the two fields', () => {
    const listed = Object.values(DIAGNOSTIC_CODE_LISTS).flat();
    const repeated = listed.filter((code, index) => listed.indexOf(code) !== index);
    expect(repeated.sort()).toEqual(['empty', 'placeholder', 'whitespace']);
  });

  it('has one word per severity, for every island and page', () => {
    expect(SEVERITY_LABELS).toEqual({ error: 'Error', warning: 'Warning', info: 'Note' });
  });

  it('names the exact Entra field in every Tenant URL and Secret Token entry', () => {
    for (const entry of Object.values(diagnosticCatalogue)) {
      if (entry.group === 'tenant-url')
        expect(`${entry.title} ${entry.explanation} ${entry.fix}`).toMatch(/Tenant URL/);
      if (entry.group === 'token')
        expect(`${entry.title} ${entry.explanation} ${entry.fix}`).toMatch(/Secret Token/);
    }
  });

  it('keeps the severities the checks rely on', () => {
    expect(diagnosticCatalogue['patch-unsupported'].severity).toBe('error');
    expect(diagnosticCatalogue['filter-unsupported'].severity).toBe('error');
    expect(diagnosticCatalogue['no-bearer-scheme'].severity).toBe('info');
    expect(diagnosticCatalogue['jwt-expiring-soon'].severity).toBe('warning');
    expect(diagnosticCatalogue['jwt-unreadable'].severity).toBe('info');
    for (const code of [
      'unexpected-host',
      'ip-address-host',
      'non-default-port',
      'localhost',
      'trailing-slash',
      'tls-version',
      'groups-not-found',
    ] as const) {
      expect(diagnosticCatalogue[code].severity).toBe('warning');
    }
  });

  it('links each code to its Troubleshooting anchor', () => {
    expect(troubleshootingHref('unauthorized')).toBe('/troubleshooting/#unauthorized');
    expect(troubleshootingHref('resource-path')).toBe('/troubleshooting/#resource-path');
  });
});

describe('Entra provisioning-log codes', () => {
  const shownOf = (entry: (typeof entraLogEntries)[number]) => entry.entra.shown;

  it('decodes the codes and messages the Troubleshooting page promises', () => {
    const shown = entraLogEntries.map(shownOf);
    for (const expected of [
      'SystemForCrossDomainIdentityManagementServiceIncompatible',
      'DuplicateTargetEntries',
      'NotEffectivelyEntitled',
      'SchemaAttributeNotFound',
      'MandatoryFieldsMissing',
    ]) {
      expect(shown).toContain(expected);
    }
    expect(shown.some((text) => /quarantine/i.test(text))).toBe(true);
    expect(shown).toContain(
      'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account.',
    );
  });

  it('names each Entra code once, so the log doctor finds one explanation per code', () => {
    const names = entraLogEntries
      .filter((entry) => entry.entra.kind === 'code' || entry.entra.kind === 'skip-reason')
      .flatMap((entry) =>
        [entry.entra.shown, ...(entry.entra.alsoShown ?? [])].map((name) => name.toLowerCase()),
      );
    expect(new Set(names).size).toBe(names.length);
    for (const code of [
      'SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering',
      'SystemForCrossDomainIdentityManagementBadRequest',
      'RedundantExport',
      'MissingValues',
      'TooManyRequests',
    ])
      expect(names).toContain(code.toLowerCase());
  });

  it('is every entra-log entry of the catalogue, each with its sighting and related codes that exist', () => {
    expect(entraLogEntries.map((entry) => entry.code)).toEqual([...ENTRA_LOG_CODES]);
    for (const entry of entraLogEntries) {
      expect(entry.code).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(entry.explanation.length).toBeGreaterThan(20);
      expect(entry.fix.length).toBeGreaterThan(20);
      expect(entry.entra.where.length).toBeGreaterThan(5);
      for (const code of entry.entra.related) expect(ALL_DIAGNOSTIC_CODES).toContain(code);
    }
  });
});

describe('diagnosticFinding', () => {
  it('fills message, severity and fix from the catalogue unless given', () => {
    expect(diagnosticFinding('redirect')).toEqual({
      code: 'redirect',
      severity: 'error',
      message: diagnosticCatalogue.redirect.explanation,
      fix: diagnosticCatalogue.redirect.fix,
    });
    expect(
      diagnosticFinding('groups-not-found', '/Groups answered 404.', {
        severity: 'error',
        fix: 'x',
      }),
    ).toEqual({
      code: 'groups-not-found',
      severity: 'error',
      message: '/Groups answered 404.',
      fix: 'x',
    });
  });
});
