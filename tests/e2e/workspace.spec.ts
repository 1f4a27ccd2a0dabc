import { expect as baseExpect, test, type Page } from '@playwright/test';
import { apartmentIq } from '../../src/config/apartmentiq';
import { guideSteps, stepHref } from '../../src/lib/steps';
import { expectNoAxeViolations, useTheme, watchForErrors } from './support/a11y';

/**
 * The shared-workspace features: step progress, the role check, the CSM link builder, copying a
 * section's link from its heading anchor, the printable checklist, the support page and site search.
 */

// The machine is shared and often loaded: generous waits, never timing assertions.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const PROGRESS_KEY = 'aiq-scim:progress';
const STEP_COUNT = guideSteps.length;
const [first, second, third] = guideSteps;
if (!first || !second || !third) throw new Error('these tests walk at least three guide steps');
const GOOD_TENANT_URL = 'https://acme.apartmentiq.io/scim/v2';
const TOKEN = 'Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5';

function markDone(page: Page) {
  return page.getByRole('checkbox', { name: 'Mark this step as done' });
}

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('step progress', () => {
  test.beforeEach(async ({ page }) => useTheme(page, 'light'));

  test('steps marked done survive a reload and show on the Overview; Reset clears them', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await page.goto(stepHref(first));
    await markDone(page).check();
    await expect(page.getByRole('status').filter({ hasText: 'Marked as done' })).toContainText(
      `Next open step: ${second.title}`,
    );

    await page.goto(stepHref(second));
    await expect(markDone(page)).not.toBeChecked();
    await markDone(page).check();
    await page.reload();
    await expect(markDone(page)).toBeChecked();

    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored ?? 'null')).toEqual({ v: 1, done: [first.slug, second.slug] });

    await page.goto('/');
    const summary = page.locator(`aiq-progress-summary[data-progress-key="${PROGRESS_KEY}"]`);
    await expect(summary.getByText(`2 of ${STEP_COUNT} steps done.`)).toBeVisible();
    await expect(summary.getByRole('progressbar')).toHaveAttribute('value', '2');
    const continueLink = summary.getByRole('link', {
      name: `Continue with step ${third.position}: ${third.title}`,
      exact: true,
    });
    await expect(continueLink).toHaveAttribute('href', stepHref(third));
    await expectNoAxeViolations(page, 'aiq-progress-summary');

    await summary.getByRole('button', { name: 'Reset progress' }).click();
    await expect(summary.getByText(`Progress reset. 0 of ${STEP_COUNT} steps done.`)).toBeVisible();
    await expect(
      summary.getByRole('link', { name: `Start with step 1: ${first.title}`, exact: true }),
    ).toHaveAttribute('href', stepHref(first));
    await expect(summary.getByRole('button', { name: 'Reset progress' })).toBeHidden();
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();

    await page.goto(stepHref(first));
    await expect(markDone(page)).not.toBeChecked();
    expect(errors).toEqual([]);
  });

  test('unticking a step marks it not done', async ({ page }) => {
    await page.goto(stepHref(third));
    await markDone(page).check();
    await expect(
      page.locator('aiq-step-done').getByRole('link', { name: first.title }),
    ).toHaveAttribute('href', stepHref(first));
    await expectNoAxeViolations(page, 'aiq-step-done');
    await markDone(page).uncheck();
    await expect(page.locator('aiq-step-done').getByRole('status')).toContainText(
      'Marked as not done',
    );
    await page.reload();
    await expect(markDone(page)).not.toBeChecked();
    await page.goto('/');
    await expect(
      page
        .locator(`aiq-progress-summary[data-progress-key="${PROGRESS_KEY}"]`)
        .getByText(`0 of ${STEP_COUNT} steps done.`),
    ).toBeVisible();
  });

  test('a stored value that is corrupt, of an old version or of the wrong shape is ignored without breaking the page', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await page.goto('/');
    // Every way a value can be unreadable: src/lib/progress's unit tests; here, the page's own read.
    for (const corrupt of [
      `{"v":1,"done":["${first.slug}"`,
      `{"v":0,"done":["${first.slug}","${third.slug}"]}`,
      `{"v":1,"done":"${first.slug}"}`,
    ]) {
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
        PROGRESS_KEY,
        corrupt,
      ] as const);
      await page.reload();
      await expect(
        page
          .locator(`aiq-progress-summary[data-progress-key="${PROGRESS_KEY}"]`)
          .getByText(`0 of ${STEP_COUNT} steps done.`),
      ).toBeVisible();
    }

    // The last of them is still stored: a step page reads it as nothing done and writes anew.
    await page.goto(stepHref(first));
    await expect(markDone(page)).toBeEnabled();
    await expect(markDone(page)).not.toBeChecked();
    await markDone(page).check();
    // Read at once, without waiting for the status line: the tick is saved when it is made.
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored ?? 'null')).toEqual({ v: 1, done: [first.slug] });
    expect(errors).toEqual([]);
  });

  // The control on every step page and on no other page, with its "Step N of M" line and axe in
  // both themes: site.spec.ts, on its one visit to each page.
});

test.describe('role check on Prepare', () => {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await useTheme(page, 'light');
  });

  test('passes a Cloud Application Administrator; shows the least-privilege request only to an admin without a role, ready to copy', async ({
    page,
  }) => {
    await page.goto('/prepare/');
    const roleCheck = page.locator('aiq-role-check');
    const request = roleCheck.getByRole('textbox', {
      name: 'Request for the Cloud Application Administrator role',
    });
    await expect(
      roleCheck.getByRole('group', { name: 'Do you have the right Entra role?' }),
    ).toBeVisible();
    await expect(request).toBeHidden();
    await expectNoAxeViolations(page, 'aiq-role-check');

    await roleCheck
      .getByRole('radio', {
        name: 'Yes, I have Cloud Application Administrator, Application Administrator or Global Administrator',
      })
      .check();
    await expect(roleCheck.getByText('You are ready.')).toBeVisible();
    await expect(request).toBeHidden();

    await roleCheck.getByRole('radio', { name: 'No, I do not' }).check();
    await expect(roleCheck.getByText('You are ready.')).toBeHidden();
    await expect(request).toBeVisible();
    await expect(request).toHaveValue(/Cloud Application Administrator role as enough/);
    await expect(
      roleCheck.getByText(/Ask your Global Administrator or Privileged Role Administrator/),
    ).toBeVisible();
    await roleCheck.getByRole('button', { name: 'Copy request' }).click();
    await expect(roleCheck.getByRole('status')).toHaveText('Copied.');
    const copied = await clipboardText(page);
    expect(copied).toMatch(
      /^Subject: Entra role request: set up ApartmentIQ user provisioning \(SCIM\)\n\nHello,/,
    );
    expect(copied).toContain('assign me the Cloud Application Administrator role');
    await expectNoAxeViolations(page, 'aiq-role-check');

    await roleCheck.getByRole('radio', { name: 'I am not sure' }).check();
    await expect(request).toBeVisible();
  });
});

test.describe('CSM link builder', () => {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await useTheme(page, 'light');
  });

  test('refuses a bad Tenant URL with the reason', async ({ page }) => {
    await page.goto('/for-csms/');
    const tenant = page.getByRole('textbox', { name: 'Tenant URL', exact: true });
    await tenant.fill('http://acme.apartmentiq.io/scim/v2');
    await page.getByRole('button', { name: 'Build link and email' }).click();
    await expect(tenant).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#aiq-csm-tenant-error')).toContainText(
      'The Tenant URL cannot go into a link yet.',
    );
    await expect(page.locator('#aiq-csm-tenant-error')).toContainText(/https/i);
    await expect(page.getByRole('textbox', { name: /^Link to the guide/ })).toBeHidden();
    await expect(tenant).toBeFocused();
    await expectNoAxeViolations(page, 'aiq-csm-link-builder');

    await tenant.fill('');
    await page.getByRole('button', { name: 'Build link and email' }).click();
    await expect(page.locator('#aiq-csm-tenant-error')).not.toBeEmpty();
    await expect(page.getByRole('textbox', { name: /^Link to the guide/ })).toBeHidden();
  });

  test('refuses a Secret Token pasted as the Tenant URL, says why and never shows it', async ({
    page,
  }) => {
    await page.goto('/for-csms/');
    const tenant = page.getByRole('textbox', { name: 'Tenant URL', exact: true });
    await tenant.fill(TOKEN);
    await tenant.press('Enter');
    await expect(page.locator('#aiq-csm-tenant-error')).toHaveText(
      /looks like a Secret Token, not a Tenant URL.*separate secure channel/,
    );
    await expect(tenant).toHaveValue('');
    await expect(page.getByRole('textbox', { name: /^Link to the guide/ })).toBeHidden();
    const html = await page.content();
    expect(html).not.toContain(TOKEN);
    expect(page.url()).not.toContain(TOKEN.slice(0, 10));
    await expectNoAxeViolations(page, 'aiq-csm-link-builder');
  });

  test('builds a link and an email; the link opens the guide with the Tenant URL prefilled', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/for-csms/');
    await page.getByRole('textbox', { name: /^Customer name/ }).fill('Acme Living');
    await page.getByRole('textbox', { name: 'Tenant URL', exact: true }).fill(GOOD_TENANT_URL);
    await page.getByRole('button', { name: 'Build link and email' }).click();

    const linkField = page.getByRole('textbox', { name: /^Link to the guide/ });
    await expect(linkField).toBeVisible();
    const link = await linkField.inputValue();
    const parsed = new URL(link);
    expect(parsed.origin).toBe(baseURL);
    expect(parsed.pathname).toBe('/prepare/');
    expect([...parsed.searchParams.keys()]).toEqual(['tenant']);
    expect(parsed.searchParams.get('tenant')).toBe(GOOD_TENANT_URL);
    expect(parsed.search).toBe(`?tenant=${encodeURIComponent(GOOD_TENANT_URL)}`);

    await expect(page.getByRole('textbox', { name: 'Email subject' })).toHaveValue(
      'Acme Living: set up ApartmentIQ user provisioning (SCIM) with Microsoft Entra ID',
    );
    const body = page.getByRole('textbox', { name: 'Email body' });
    await expect(body).toHaveValue(
      new RegExp(
        `Your Tenant URL: ${GOOD_TENANT_URL.replaceAll('/', '\\/').replaceAll('.', '\\.')}`,
      ),
    );
    await expect(body).toHaveValue(
      /Secret Token is not in this email\. You will receive it separately through a secure channel\./,
    );
    await expect(page.getByRole('link', { name: 'Open in your email app' })).toHaveAttribute(
      'href',
      /^mailto:\?subject=Acme%20Living/,
    );
    await expectNoAxeViolations(page, 'aiq-csm-link-builder');

    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    expect(await clipboardText(page)).toBe(link);
    await page.getByRole('button', { name: 'Copy email body' }).click();
    expect(await clipboardText(page)).toContain(link);

    // Editing an input hides the now-stale result.
    await page
      .getByRole('textbox', { name: 'Tenant URL', exact: true })
      .fill('https://other.apartmentiq.io/scim/v2');
    await expect(linkField).toBeHidden();

    // A customer on Okta gets a link into the Okta track, in Okta's words.
    await page.getByRole('textbox', { name: 'Tenant URL', exact: true }).fill(GOOD_TENANT_URL);
    await page.getByRole('radio', { name: 'Okta' }).check();
    await page.getByRole('button', { name: 'Build link and email' }).click();
    const oktaLink = await linkField.inputValue();
    expect(new URL(oktaLink).pathname).toBe('/okta/prepare/');
    await expect(page.getByRole('textbox', { name: 'Email subject' })).toHaveValue(
      'Acme Living: set up ApartmentIQ user provisioning (SCIM) with Okta',
    );
    await expect(body).toHaveValue(/API Token is not in this email/);

    await page.goto(link);
    const tenantUrlField = page.getByRole('textbox', { name: 'Tenant URL', exact: true });
    // The checker hydrates when it scrolls into view (client:visible).
    await tenantUrlField.scrollIntoViewIfNeeded();
    await expect(tenantUrlField).toHaveValue(GOOD_TENANT_URL);

    await page.goto(oktaLink);
    await expect(page.locator('html')).toHaveAttribute('data-aiq-track', 'okta');
    const baseUrlField = page.getByRole('textbox', { name: 'SCIM connector base URL' });
    await baseUrlField.scrollIntoViewIfNeeded();
    await expect(baseUrlField).toHaveValue(GOOD_TENANT_URL);
  });
});

test.describe('copy link to a section', () => {
  test.beforeEach(async ({ context }) =>
    context.grantPermissions(['clipboard-read', 'clipboard-write']),
  );

  test('Starlight’s heading anchor copies the section’s address, by mouse and by keyboard, and says so', async ({
    page,
    baseURL,
  }) => {
    // Arrived by a CSM's link: the query stays out of every copied section address.
    await page.goto(
      `/support/?tenant=${encodeURIComponent('https://acme.apartmentiq.io/scim/v2')}`,
    );
    const premium = page.getByRole('link', { name: 'Section titled “Premium tools”' });
    await expect(premium).toHaveAccessibleDescription('Copy link to this section');
    // Starlight's idiom: hidden until the heading is pointed at or the link has keyboard focus.
    await expect(premium).toHaveCSS('opacity', '0');
    await page.locator('h3#premium-tools').hover();
    await expect(premium).toHaveCSS('opacity', '1');
    await premium.click();
    await expect(premium.locator('.aiq-anchor-copied')).toHaveText('Link copied');
    // The bubble sits under the icon, ending at it, and the icon stays shown while it is up.
    await expect(premium.locator('.aiq-anchor-copied')).toHaveCSS('position', 'absolute');
    await page.mouse.move(0, 0);
    await expect(premium).toHaveCSS('opacity', '1');
    await expect(page.locator('[data-section-link-announcer]')).toHaveText(
      'Link to “Premium tools” copied.',
    );
    expect(await clipboardText(page)).toBe(`${baseURL}/support/#premium-tools`);
    // It still goes to the section, as the anchor always did.
    await expect(page).toHaveURL(/\/support\/\?tenant=[^#]+#premium-tools$/);
    await expect(page.locator('#premium-tools')).toHaveText('Premium tools');

    const quarantine = page.getByRole('link', { name: 'Section titled “Quarantine”' });
    await quarantine.focus();
    await expect(quarantine).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(quarantine.locator('.aiq-anchor-copied')).toHaveText('Link copied');
    await expect(page.locator('[data-section-link-announcer]')).toHaveText(
      'Link to “Quarantine” copied.',
    );
    expect(await clipboardText(page)).toBe(`${baseURL}/support/#quarantine`);
    // The old second control is gone: one link per heading.
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    // The headings with their anchors and the copied notes (the whole page: site.spec.ts).
    await expectNoAxeViolations(page, '.sl-heading-wrapper');
  });
});

test.describe('printable checklist', () => {
  test('lists every step, the supported attributes and the final notes', async ({ page }) => {
    await useTheme(page, 'light');
    await page.goto('/checklist/');
    for (const step of guideSteps) {
      await expect(
        page.getByRole('heading', { name: `Step ${step.position}: ${step.title}`, exact: true }),
      ).toBeVisible();
    }
    for (const attribute of apartmentIq.scim.supportedAttributes) {
      await expect(
        page.locator('.aiq-checklist code', { hasText: attribute }).first(),
      ).toBeVisible();
    }
    await expect(page.getByText(/Research Pro or Explore Pro seats/).first()).toBeVisible();
  });

  test('prints on one page, Letter and A4 alike, with every step on it', async ({ page }) => {
    await page.goto('/checklist/');
    for (const format of ['Letter', 'A4'] as const) {
      // Chromium's PDF writes one uncompressed "/Type /Page" dictionary per page.
      const pdf = (await page.pdf({ format })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [], `${format} pages`).toHaveLength(1);
    }
    // One page because it fits, not because something went missing on paper (where each step's
    // link shows its address after it).
    await page.emulateMedia({ media: 'print' });
    for (const step of guideSteps)
      await expect(
        page.getByRole('heading', { name: `Step ${step.position}: ${step.title} (` }),
      ).toBeVisible();
    await expect(page.getByText(/Research Pro or Explore Pro seats/).first()).toBeVisible();
  });

  test('print media hides the navigation and keeps the content', async ({ page }) => {
    const navigation = [
      page.locator('.page > header'),
      page.locator('#starlight__sidebar'),
      page.locator('.right-sidebar-container'),
      page.locator('.sl-skip-link'),
      page.locator('.pagination-links'),
    ];
    // The support page has every kind of navigation: header, sidebar, table of contents, pagination.
    await page.goto('/support/');
    await expect(page.locator('.page > header')).toBeVisible();
    await expect(page.locator('#starlight__sidebar')).toBeVisible();
    await expect(page.locator('.right-sidebar-container')).toBeVisible();
    await expect(page.locator('.pagination-links')).toBeVisible();
    await expect(page.locator('.sl-anchor-link').first()).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    for (const element of navigation) await expect(element).toBeHidden();
    await expect(page.locator('.sl-anchor-link').first()).toBeHidden();
    await expect(
      page.getByRole('heading', { name: 'Support quick reference', level: 1 }),
    ).toBeVisible();

    await page.goto('/checklist/');
    for (const element of navigation) await expect(element).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeHidden();
    await expect(
      page.getByRole('heading', { name: 'Printable checklist', level: 1 }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: `Step ${first.position}: ${first.title}` }),
    ).toBeVisible();

    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeVisible();
  });
});

test.describe('support quick reference', () => {
  test('lists every diagnostic code with a link to Troubleshooting, and the final notes with stable anchors', async ({
    page,
  }) => {
    await useTheme(page, 'light');
    await page.goto('/support/');
    await expect(page.getByRole('link', { name: 'unauthorized', exact: true })).toHaveAttribute(
      'href',
      '/troubleshooting/#unauthorized',
    );
    await expect(page.locator('.aiq-code-table tbody tr')).not.toHaveCount(0);
    for (const id of ['market-surveys', 'user-roles', 'premium-tools'])
      await expect(page.locator(`h3#${id}`)).toBeVisible();
    await expect(
      page.getByRole('cell', {
        name: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
        exact: true,
      }),
    ).toBeVisible();
  });

  // Whole-page axe in both themes for /support/, /for-csms/ and /checklist/: site.spec.ts checks every page.
});

// Site search: site.spec.ts (one dialog, every query support relies on).
