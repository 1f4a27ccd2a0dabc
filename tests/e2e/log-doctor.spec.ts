/**
 * The provisioning-log doctor on Troubleshooting and Support, in Chromium: pick or drop the JSON
 * download, read the groups, filter, copy the ticket summary, keyboard only, axe in both themes,
 * 360 px, and no request carries anything from the file.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CONFLICT_DETAIL, PEOPLE, sampleLogEntries } from '../unit/exports/fixtures';
import {
  chooseFileWithKeyboard,
  expectWidgetFits,
  openWidget,
  expectNothingSent,
  expectNothingStored,
  recordRequests,
  tabTo,
} from './support/file-checks';
import { expectNoAxeViolationsInBothThemes } from './support/a11y';

const WIDGET = 'section[aria-label="Provisioning-log doctor"]';
const LOG_FILE = {
  name: 'ProvisioningLogs.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(sampleLogEntries())),
};
const FILE_VALUES = [PEOPLE.priya.userPrincipalName, 'Priya', 'Ångström', 'claim the user'];

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const openDoctor = (page: Page, path: string) =>
  openWidget(page, path, 'Provisioning-log doctor', 'Provisioning-log file (.json)');

test('a log download on Troubleshooting: groups by cause, filter, ticket summary, nothing sent', async ({
  page,
  baseURL,
}) => {
  // Axe over the long Troubleshooting page is CPU-heavy on a shared 2-core machine.
  test.setTimeout(180_000);
  const { widget, input } = await openDoctor(page, '/troubleshooting/');
  const requests = recordRequests(page);
  await input.setInputFiles(LOG_FILE);

  await expect(widget.getByRole('status').first()).toHaveText(
    'Read ProvisioningLogs.json: 12 entries.',
  );
  await expect(widget.locator('.aiq-x__report > p').first()).toContainText(
    '12 entries in ProvisioningLogs.json about 8 users and groups, 2026-11-30 08:00 UTC to 2026-11-30 08:45 UTC, in 2 provisioning cycles.',
  );
  await expect(widget.locator('.aiq-x__counts')).toContainText('Failure: 4 entries (3 users)');
  await expect(widget.getByRole('list', { name: 'About the file findings' })).toContainText(
    '1 entry is about groups',
  );

  const groups = widget.locator('.aiq-x__group');
  await expect(groups).toHaveCount(8);
  const conflict = groups.first();
  await expect(conflict.getByRole('heading')).toHaveText(
    'Failure: SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering',
  );
  await expect(conflict).toContainText('2 entries · 1 user');
  await expect(conflict).toContainText(
    `HTTP 409 Conflict (scimType uniqueness): “${CONFLICT_DETAIL}”`,
  );
  await expect(conflict.getByRole('link', { name: /More on Troubleshooting/ })).toHaveAttribute(
    'href',
    '/troubleshooting/#scim-conflict',
  );
  await conflict.getByText('Affected user (1)').click();
  await expect(conflict).toContainText(PEOPLE.priya.userPrincipalName);
  // An unknown code is shown as Entra wrote it, with Entra's text.
  const unknown = groups.filter({ hasText: 'FrobnicationQuotaExceeded' });
  await expect(unknown).toContainText('A cause this guide does not explain yet');

  await widget.getByLabel('Show', { exact: true }).selectOption('skipped');
  await expect(groups).toHaveCount(2);
  await widget.getByLabel('Show', { exact: true }).selectOption('all');
  await widget.getByLabel('Find a user or code').fill('Zoë');
  await expect(groups).toHaveCount(2);
  await widget.getByLabel('Find a user or code').fill('');

  // The ticket summary leaves people out until asked, and copies.
  const summary = widget.getByLabel('Summary to copy');
  await expect(summary).toHaveValue(/Entries: 12, about 8 users and groups/);
  for (const value of FILE_VALUES) await expect(summary).not.toHaveValue(new RegExp(value));
  await widget.getByLabel('Include the affected users’ names').check();
  await expect(summary).toHaveValue(new RegExp(`Users: ${PEOPLE.priya.userPrincipalName}`));
  await widget.getByRole('button', { name: 'Copy summary' }).click();
  await expect(widget.getByText('Copied', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await summary.inputValue(),
  );

  expectNothingSent(requests, baseURL ?? '', FILE_VALUES);
  await expectNothingStored(page, FILE_VALUES);
  await expectNoAxeViolationsInBothThemes(page, WIDGET);
});

test('keyboard only at 360 px on Support: CSV and other JSON refused plainly, then a log read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // Start from the section's heading, as a reader following a link to it does.
  const { widget, input } = await openDoctor(page, '/support/#read-a-customers-provisioning-logs');

  await tabTo(page, input);
  await chooseFileWithKeyboard(page, {
    name: 'ProvisioningLogs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Date,Change ID,Action,Status\n2026-11-30T08:00:00Z,1c2b,Create,Success\n'),
  });
  const alert = widget.getByRole('alert');
  await expect(alert).toContainText('the log doctor reads only the JSON download');
  await expect(alert.getByRole('link', { name: /How to fix/ })).toHaveAttribute(
    'href',
    '/troubleshooting/#log-file-csv',
  );

  await input.focus();
  await chooseFileWithKeyboard(page, {
    name: 'schema.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"id":"scim","synchronizationRules":[]}'),
  });
  await expect(alert).toContainText('This file holds something else');

  await input.focus();
  await chooseFileWithKeyboard(page, LOG_FILE);
  await expect(widget.locator('.aiq-x__group')).toHaveCount(8);
  const filter = widget.getByLabel('Show', { exact: true });
  await tabTo(page, filter);
  await page.keyboard.press('ArrowDown');
  await expect(filter).toHaveValue('failure');
  await expect(widget.locator('.aiq-x__group')).toHaveCount(3);

  const names = widget.getByLabel('Include the affected users’ names');
  await tabTo(page, names);
  await page.keyboard.press('Space');
  await expect(names).toBeChecked();
  await expect(widget.getByLabel('Summary to copy')).toHaveValue(/Users: /);
  await expectWidgetFits(page, WIDGET);
});
