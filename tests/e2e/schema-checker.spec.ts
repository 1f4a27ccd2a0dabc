import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import {
  INVALID_JSON_FILE,
  invalidJsonFixture,
  largeSchemaText,
} from '../unit/schema/fixture-builder';
import { apartmentIq } from '../../src/config/apartmentiq';
import { planMappings } from '../../src/lib/entra/default-mappings';
import { axeViolations, expectNoColourViolationsIn } from './support/a11y';

const PAGE = '/attribute-mapping/';

// The machine running these may be busy; these waits are for results to appear, not timings.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });
// Copy and paste go through the real clipboard.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
const FIXTURES = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));
const fixturePath = (file: string) => `${FIXTURES}${file}`;
const fixtureText = (file: string) => readFileSync(fixturePath(file), 'utf8');

// What the shipped config keeps of Entra's 22 defaults, in portal order: the counts follow the config.
const PLAN = planMappings(apartmentIq.scim);
const SUPPORTED = PLAN.filter((row) => row.decision === 'keep').map((row) => row.target);
const REMOVED = PLAN.length - SUPPORTED.length;
const KEEP_REMOVE = `keep ${SUPPORTED.length}, remove ${REMOVED}`;

type Schema = {
  synchronizationRules: {
    objectMappings: {
      sourceObjectName: string;
      enabled: boolean;
      attributeMappings: { targetAttributeName: string }[];
    }[];
  }[];
};

/** Opens the page and waits until the island has hydrated (its fields are enabled only then). */
async function openChecker(page: Page) {
  await page.goto(PAGE);
  const field = page.getByLabel('Provisioning schema JSON', { exact: true });
  await field.scrollIntoViewIfNeeded();
  await expect(field).toBeEnabled();
  return field;
}

/** Pastes like an admin does: the text on the clipboard, then Ctrl+V (⌘V) in the field. */
async function paste(page: Page, field: Locator, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.press('ControlOrMeta+V');
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, '.schema-checker-section')).toEqual([]);
}

const statusLine = (page: Page) => page.locator('.schema-checker > [role="status"]');
const cleanedField = (page: Page) => page.getByLabel('Cleaned schema', { exact: true });

function expectOnlySupportedAndNoGroups(schema: Schema) {
  for (const rule of schema.synchronizationRules) {
    for (const mapping of rule.objectMappings) {
      if (mapping.sourceObjectName === 'User')
        expect(mapping.attributeMappings.map((attribute) => attribute.targetAttributeName)).toEqual(
          SUPPORTED,
        );
      if (mapping.sourceObjectName === 'Group') expect(mapping.enabled).toBe(false);
    }
  }
}

test.describe('without a schema', () => {
  test('shows Entra’s 22 default user mappings with keep / remove, and what ApartmentIQ receives', async ({
    page,
  }) => {
    await openChecker(page);
    const table = page
      .locator('.schema-checker')
      .getByRole('table', { name: /Entra’s default user mappings/ });
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toContainText(KEEP_REMOVE);
    await expect(table.locator('tbody tr')).toHaveCount(22);
    const keepRows = table.locator('tbody tr', {
      has: page.locator('.schema-status', { hasText: /^Keep$/ }),
    });
    await expect(keepRows.locator('th code')).toHaveText(SUPPORTED);
    await expect(table.getByRole('row', { name: /^active / })).toContainText(
      'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
    );
    await expect(table.getByRole('row', { name: /^active / })).toContainText('Remove');
    await expect(page.getByRole('heading', { name: 'What ApartmentIQ receives' })).toBeVisible();
    await expect(page.locator('.schema-sample__request')).toContainText(
      '"userName": "avery.lee@contoso.com"',
    );
    await expect(page.locator('.schema-sample__request')).not.toContainText('displayName');
    await expectNoAxeViolations(page);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('still shows the manual table and the paste-back steps', async ({ page }) => {
      await page.goto(PAGE);
      const table = page
        .locator('.schema-checker')
        .getByRole('table', { name: /Entra’s default user mappings/ });
      await expect(table.locator('tbody tr')).toHaveCount(22);
      await expect(table.locator('.schema-status', { hasText: /^Remove$/ })).toHaveCount(REMOVED);
      await expect(
        page.getByRole('heading', { name: 'Paste the cleaned schema back into Entra' }),
      ).toBeVisible();
      await expect(page.getByLabel('Provisioning schema JSON', { exact: true })).toBeDisabled();
    });
  });
});

test.describe('with a schema', () => {
  test('a pasted default schema gives the source guide’s report and a cleaned schema', async ({
    page,
  }) => {
    const field = await openChecker(page);
    await paste(page, field, fixtureText('entra-default-scim.json'));
    await expect(statusLine(page)).toHaveText(
      `Checked the pasted text: ${REMOVED} attribute mappings to remove, group provisioning to turn off. The cleaned schema below does both.`,
    );

    const table = page
      .locator('.schema-checker')
      .getByRole('table', { name: /Provision Microsoft Entra ID Users/ });
    await expect(table.locator('caption')).toContainText(KEEP_REMOVE);
    await expect(table.getByRole('row', { name: /^userName/ })).toContainText(
      'matching, precedence 1',
    );
    await expect(page.locator('[data-code="group-provisioning-on"]')).toContainText(
      'Group provisioning is on',
    );
    await expect(page.locator('[data-code="email-from-mail"]')).toContainText('userPrincipalName');
    await expect(page.locator('[data-code="active-trade-off"]')).toContainText(
      'permanently deleted in Entra while still assigned',
    );

    const cleaned = JSON.parse(await cleanedField(page).inputValue()) as Schema;
    expect(cleaned).toEqual(JSON.parse(fixtureText('already-cleaned.json')));
    await expect(cleanedField(page)).toHaveAttribute('readonly', '');
    await expect(page.locator('.schema-sample__request')).toContainText('"familyName": "Lee"');
    await expect(page.locator('.schema-sample__request')).not.toContainText('enterprise');
    await expectNoAxeViolations(page);
    // The status and finding colours in the other theme too.
    await expectNoColourViolationsIn(page, 'dark', '.schema-checker-section');
  });

  test('a chosen file is checked at once; a minified, already cleaned schema needs nothing', async ({
    page,
  }) => {
    await openChecker(page);
    await page
      .getByLabel('Or choose the downloaded schema file (.json)')
      .setInputFiles(fixturePath('entra-default-customappsso.json'));
    await expect(statusLine(page)).toContainText(
      `Checked the file entra-default-customappsso.json: ${REMOVED} attribute mappings to remove`,
    );
    await expect(page.getByLabel('Provisioning schema JSON', { exact: true })).toHaveValue(
      fixtureText('entra-default-customappsso.json'),
    );

    await page
      .getByLabel('Or choose the downloaded schema file (.json)')
      .setInputFiles(fixturePath('already-cleaned.json'));
    await expect(statusLine(page)).toHaveText(
      'Checked the file already-cleaned.json: nothing to remove, group provisioning is off.',
    );
    await expect(page.locator('.schema-cleaned')).toContainText('already matches ApartmentIQ');
  });

  test('two rules, a custom extension and another matching attribute are reported', async ({
    page,
  }) => {
    const field = await openChecker(page);
    await paste(page, field, fixtureText('two-rules.json'));
    await expect(page.locator('[data-code="several-user-mappings"]')).toBeVisible();
    await expect(page.locator('.schema-checker').getByRole('table')).toHaveCount(2);

    await paste(page, field, fixtureText('custom-extension.json'));
    await expect(
      page
        .locator('.schema-checker')
        .getByRole('row', { name: /CustomExtensionName:2\.0:User:costCenter/ }),
    ).toContainText('Remove');

    await paste(page, field, fixtureText('matching-external-id.json'));
    await expect(page.locator('[data-code="matching-not-username"]')).toContainText('externalId');
  });

  test('Copy puts the cleaned schema on the clipboard', async ({ page }) => {
    const field = await openChecker(page);
    await paste(page, field, fixtureText('entra-default-scim.min.json'));
    await expect(cleanedField(page)).not.toHaveValue('');
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.locator('.schema-action-status')).toHaveText('Copied the cleaned schema.');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await cleanedField(page).inputValue());
    expectOnlySupportedAndNoGroups(JSON.parse(clipboard) as Schema);
  });

  test('Download saves JSON that leaves exactly the supported attributes and no group provisioning', async ({
    page,
  }) => {
    const field = await openChecker(page);
    await paste(page, field, fixtureText('entra-default-customappsso.json'));
    await expect(cleanedField(page)).not.toHaveValue('');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('apartmentiq-schema-cleaned.json');
    const saved = readFileSync(await download.path(), 'utf8');
    const schema = JSON.parse(saved) as Schema;
    expectOnlySupportedAndNoGroups(schema);
    const original = JSON.parse(fixtureText('entra-default-customappsso.json')) as Schema & {
      directories: unknown;
      id: string;
    };
    expect((schema as typeof original).directories).toEqual(original.directories);
    expect((schema as typeof original).id).toBe(original.id);
  });

  test('a paste of several megabytes leaves the page responsive', async ({ page }) => {
    test.setTimeout(300_000);
    const big = largeSchemaText(5 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const field = await openChecker(page);
    // Another input on the page, to prove the main thread still handles typing while the worker checks.
    await page.evaluate(() => {
      const probe = document.createElement('input');
      probe.id = 'responsiveness-probe';
      probe.setAttribute('aria-label', 'Responsiveness probe');
      document.querySelector('.schema-checker')?.append(probe);
    });
    await paste(page, field, big);
    const probe = page.locator('#responsiveness-probe');
    await probe.pressSequentially('still typing');
    await expect(probe).toHaveValue('still typing');
    await expect(page.locator('.schema-hidden-input')).toContainText(
      'is checked in full but not shown here',
    );
    await expect(statusLine(page)).toContainText(
      `Checked the pasted text: ${REMOVED} attribute mappings to remove`,
      { timeout: 120_000 },
    );
    await expect(page.locator('.schema-cleaned')).toContainText(
      'Copy and Download give the whole schema',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as Schema;
    expectOnlySupportedAndNoGroups(saved);
  });
});

test.describe('errors', () => {
  const invalid = invalidJsonFixture();
  const cases: { label: string; file: string; code: string; message: RegExp }[] = [
    {
      label: 'invalid JSON',
      file: INVALID_JSON_FILE,
      code: 'schema-invalid-json',
      message: new RegExp(
        `This is not valid JSON: line ${invalid.line}, column ${invalid.column}\\. There is a comma just before a closing`,
      ),
    },
    {
      label: 'JSON that is not a schema',
      file: 'not-a-schema.json',
      code: 'not-a-schema',
      message: /This is a SCIM document .* not Entra's provisioning schema/,
    },
    {
      label: 'a schema without a user mapping',
      file: 'no-user-mapping.json',
      code: 'no-user-mapping',
      message: /This provisioning schema has no user mapping/,
    },
  ];

  for (const { label, file, code, message } of cases) {
    test(`${label} is named, pasted or uploaded`, async ({ page }) => {
      const field = await openChecker(page);
      await paste(page, field, fixtureText(file));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The pasted text could not be checked.');
      await expect(alert).toContainText(message);
      await expect(alert).toHaveAttribute('data-code', code);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(cleanedField(page)).toHaveCount(0);
      // The manual table stays as the way forward.
      await expect(
        page
          .locator('.schema-checker')
          .getByRole('table', { name: /Entra’s default user mappings/ }),
      ).toBeVisible();
      await expectNoAxeViolations(page);

      await page
        .getByLabel('Or choose the downloaded schema file (.json)')
        .setInputFiles(fixturePath(file));
      await expect(alert).toContainText(`The file ${file} could not be checked.`);
      await expect(alert).toContainText(message);
    });
  }

  test('invalid JSON shows the broken line with a caret under the column', async ({ page }) => {
    const field = await openChecker(page);
    await field.fill('{\n  "synchronizationRules": [\n    {"objectMappings": [] \'x\'}\n  ]\n}');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('line 3, column 27');
    await expect(alert).toContainText('Single quotes are not allowed');
    await expect(alert.locator('pre')).toHaveText(
      `2 |   "synchronizationRules": [\n3 |     {"objectMappings": [] 'x'}\n  | ${' '.repeat(26)}^`,
    );
  });

  test('an empty file is named, and clearing the field returns to the manual table', async ({
    page,
  }) => {
    const field = await openChecker(page);
    await page
      .getByLabel('Or choose the downloaded schema file (.json)')
      .setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file empty.json could not be checked.');
    await expect(alert).toContainText('Paste the provisioning schema JSON');
    await expect(alert).toHaveAttribute('data-code', 'schema-empty');
    await paste(page, field, fixtureText('entra-default-scim.json'));
    await expect(cleanedField(page)).toHaveCount(1);
    await field.fill('');
    await expect(cleanedField(page)).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(
      page.locator('.schema-checker').getByRole('table', { name: /Entra’s default user mappings/ }),
    ).toBeVisible();
  });
});
