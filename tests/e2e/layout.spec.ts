/**
 * Every widget state, readable on a phone (360 px), in a half-screen window beside the Entra
 * admin center (640 px) and on a desktop (1280 px), in the light and the dark theme: see
 * support/layout.ts for what "readable" checks. One page load per widget; each state is reached
 * the way a reader reaches it and then checked at every size and theme in place. The screenshots
 * land in test-results/, one folder per test (and in the HTML report when one is asked for).
 */
import { fileURLToPath } from 'node:url';
import { expect as baseExpect, type Page } from '@playwright/test';
import { guideSteps } from '../../src/lib/steps';
import { fixturePath as exportFixture, sampleLogEntries } from '../unit/exports/fixtures';
import { checker, openChecker, test, TEST_TOKEN } from './support/connection-checker';
import { openWidget } from './support/file-checks';
import { expectReadableEverywhere } from './support/layout';

// Each test walks several states, each at three sizes in two themes, on a shared machine.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
const PROBE_WAIT = { timeout: 30_000 };
const SCHEMA_FIXTURES = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));

test('connection checker: empty, field findings, pass with the transcript open and the capabilities, warn, fail with nested findings', async ({
  page,
  scim,
}, testInfo) => {
  const [good, groups404, notScim] = await Promise.all([
    scim.good(),
    scim.fault('groups-404'),
    scim.fault('not-scim'),
  ]);
  const widget = await openChecker(page);
  await expectReadableEverywhere(page, testInfo, 'Connection checker, empty', widget.root);

  await widget.tenantUrl.fill('http://acme.example.com/scim/v2/?x=1');
  await widget.token.fill(`Bearer "${TEST_TOKEN}"`);
  await expect(widget.tenantFindings.getByRole('listitem').first()).toBeVisible();
  await expect(widget.tokenFindings.getByRole('listitem').first()).toBeVisible();
  await expectReadableEverywhere(page, testInfo, 'Connection checker, field findings', widget.root);

  const probe = async (url: string, verdict: string) => {
    await widget.tenantUrl.fill(url);
    await widget.token.fill(TEST_TOKEN);
    await widget.testConnection.click();
    await expect(widget.result).toContainText(`Verdict: ${verdict}`, PROBE_WAIT);
  };
  await probe(good.url, 'Pass');
  await widget.root.locator('details.aiq-cc__transcript summary').click();
  await expect(widget.capabilities).toBeVisible();
  await expectReadableEverywhere(
    page,
    testInfo,
    'Connection checker, pass, transcript open, capabilities',
    widget.root,
  );

  await probe(groups404.url, 'Pass with warnings');
  await expectReadableEverywhere(page, testInfo, 'Connection checker, warn', widget.root);

  await probe(notScim.url, 'Fail');
  await expect(checker(page).checks.locator('.aiq-cc__findings--nested').first()).toBeVisible();
  await expectReadableEverywhere(
    page,
    testInfo,
    'Connection checker, fail, nested findings',
    widget.root,
  );
});

test('attribute mapping checker: results with findings and tables, a JSON error', async ({
  page,
}, testInfo) => {
  await page.goto('/attribute-mapping/');
  const field = page.getByLabel('Provisioning schema JSON', { exact: true });
  await field.scrollIntoViewIfNeeded();
  await expect(field).toBeEnabled();
  const widget = page.locator('.schema-checker-section');
  await page
    .getByLabel('Or choose the downloaded schema file (.json)')
    .setInputFiles(`${SCHEMA_FIXTURES}entra-default-customappsso.json`);
  await expect(widget.getByRole('table').first()).toBeVisible();
  await expectReadableEverywhere(page, testInfo, 'Schema checker, results', widget);

  await field.fill('{\n  "synchronizationRules": [\n    {"objectMappings": [] \'x\'}\n  ]\n}');
  await expect(widget.locator('.schema-error')).toBeVisible();
  await expectReadableEverywhere(page, testInfo, 'Schema checker, JSON error', widget);
});

test('provisioning dry run: summary and the users table with a request open', async ({
  page,
}, testInfo) => {
  const { widget, input } = await openWidget(
    page,
    '/start-provisioning/',
    'Provisioning dry run',
    'Users file (.csv)',
  );
  await input.setInputFiles(exportFixture('exportUsers_2026-11-30.csv'));
  const table = widget.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await table.locator('tbody tr', { hasText: 'Zoë Ångström' }).getByText('Request').click();
  await expectReadableEverywhere(page, testInfo, 'Dry run, report', widget);
});

test('support page: the log doctor’s groups and the diagnostic code table', async ({
  page,
}, testInfo) => {
  const { widget, input } = await openWidget(
    page,
    '/support/',
    'Provisioning-log doctor',
    'Provisioning-log file (.json)',
  );
  await input.setInputFiles({
    name: 'ProvisioningLogs.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sampleLogEntries())),
  });
  await expect(widget.locator('.aiq-x__group')).toHaveCount(8);
  await expectReadableEverywhere(page, testInfo, 'Log doctor, report', widget);
  // Not a widget, but the table that made this page scroll sideways on a phone; seventy rows.
  await expectReadableEverywhere(
    page,
    testInfo,
    'Support, diagnostic codes',
    page.locator('.aiq-code-table'),
    { screenshots: ['360 light'] },
  );
});

test('CSM link builder: a refused Tenant URL, then the link and the email', async ({
  page,
}, testInfo) => {
  await page.goto('/for-csms/');
  const widget = page.locator('aiq-csm-link-builder');
  const tenant = page.getByRole('textbox', { name: 'Tenant URL', exact: true });
  await tenant.fill('http://acme.apartmentiq.io/scim/v2');
  await page.getByRole('button', { name: 'Build link and email' }).click();
  await expect(tenant).toHaveAttribute('aria-invalid', 'true');
  await expectReadableEverywhere(page, testInfo, 'CSM link builder, refused', widget);

  await page
    .getByRole('textbox', { name: /^Customer name/ })
    .fill('Lakeside Rentals of Greater Springfield');
  await tenant.fill('https://lakeside-rentals-of-greater-springfield.apartmentiq.io/scim/v2');
  await page.getByRole('button', { name: 'Build link and email' }).click();
  await expect(page.getByRole('textbox', { name: /^Link to the guide/ })).toBeVisible();
  await expectReadableEverywhere(page, testInfo, 'CSM link builder, output', widget);
});

async function markDone(page: Page, slugs: string[]) {
  await page.addInitScript(
    (done) => localStorage.setItem('aiq-scim:progress', JSON.stringify({ v: 1, done })),
    slugs,
  );
}

test('progress summary with steps done', async ({ page }, testInfo) => {
  await markDone(
    page,
    guideSteps.slice(0, 2).map((step) => step.slug),
  );
  await page.goto('/');
  const widget = page.locator('aiq-progress-summary');
  await expect(widget.getByText(`2 of ${guideSteps.length} steps done.`)).toBeVisible();
  await expectReadableEverywhere(page, testInfo, 'Progress summary, 2 done', widget);
});

test('role check with the request shown, and a step marked done', async ({ page }, testInfo) => {
  await page.goto('/prepare/');
  const roleCheck = page.locator('aiq-role-check');
  await roleCheck.getByRole('radio', { name: 'No, I do not' }).check();
  await expect(roleCheck.getByRole('textbox')).toBeVisible();
  await expectReadableEverywhere(page, testInfo, 'Role check, request', roleCheck);

  const stepDone = page.locator('aiq-step-done');
  await stepDone.getByRole('checkbox', { name: 'Mark this step as done' }).check();
  await expect(stepDone.getByRole('status')).toContainText('Next open step');
  await expectReadableEverywhere(page, testInfo, 'Step done, marked', stepDone);
});
