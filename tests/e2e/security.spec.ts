/**
 * Security headers on the built site, in Chromium (issue 12, item 4): the headers on the exact
 * URLs users open (`/connect/` with its trailing slash), framing refused from a cross-origin page
 * this test serves on 127.0.0.1, and the theme switch, search (Pagefind's WebAssembly) and the
 * schema checker's Web Worker working under the policy without a violation (site.spec.ts checks
 * every page, its islands hydrated, for violations).
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { watchCspViolations } from './support/csp';

test.describe.configure({ timeout: 120_000 });

test('/connect/ (as users open it), /connect and the API send the security headers', async ({
  request,
}) => {
  for (const path of ['/connect/', '/connect', '/', '/no-such-page/']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/frame-ancestors 'none'/);
    expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp, path).toMatch(/worker-src 'self'/);
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['permissions-policy'], path).toMatch(/camera=\(\).*geolocation=\(\)/);
    // Served over plain HTTP here: no HSTS.
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  const api = await request.get('/api/probe');
  expect(api.status()).toBe(405);
  expect(api.headers()['content-security-policy']).toMatch(/^default-src 'none'/);
  expect(api.headers()['x-frame-options']).toBe('DENY');
});

test.describe('framing', () => {
  let framer: Server;
  let framerOrigin = '';

  test.beforeAll(async ({ baseURL }) => {
    // Another origin (another port on 127.0.0.1) that tries to frame the Secret Token page.
    framer = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><title>Framer</title><iframe src="${baseURL}/connect/"></iframe>`,
      );
    });
    framer.listen(0, '127.0.0.1');
    await once(framer, 'listening');
    framerOrigin = `http://127.0.0.1:${(framer.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    framer.close();
    await once(framer, 'close');
  });

  test('a cross-origin page cannot frame the guide', async ({ page, baseURL }) => {
    const blocked = page.waitForEvent('console', (message) =>
      /frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(message.text()),
    );
    await page.goto(framerOrigin);
    await blocked;
    const frame = page.frames().find((each) => each !== page.mainFrame());
    expect(frame).toBeDefined();
    // The frame holds the browser's error page, never the guide.
    expect(
      frame?.url().startsWith(`${baseURL}/connect/`) &&
        (await frame.locator('main h1').count()) > 0,
    ).toBe(false);
  });
});

test('nothing breaks the policy: an island, the theme switch, search and the worker work', async ({
  page,
}) => {
  // Every page with its islands hydrated reports no violation: site.spec.ts, on its one visit to each.
  const violations = await watchCspViolations(page);

  // The connection checker island hydrated under the policy.
  await page.goto('/connect/');
  const checker = page.locator('.aiq-cc');
  await checker.scrollIntoViewIfNeeded();
  await expect(checker).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });

  // Starlight's inline theme script runs: the switch changes the theme.
  const theme = page.getByRole('combobox', { name: 'Select theme' }).first();
  await theme.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and finds a word on the site.
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('Tenant URL');
  await expect(page.getByRole('dialog').locator('a[href*="/"]').first()).toBeVisible({
    timeout: 20_000,
  });

  // The schema checker's Web Worker starts (worker-src 'self').
  await page.goto('/attribute-mapping/');
  const field = page.getByLabel('Provisioning schema JSON', { exact: true });
  await field.scrollIntoViewIfNeeded();
  await expect(field).toBeEnabled();
  const worker = page.waitForEvent('worker');
  await field.fill('{"not": "a schema"}');
  expect((await worker).url()).toMatch(/\/_astro\/schema\.worker/);
  await expect(page.locator('.schema-checker [role="status"]').first()).not.toHaveText('', {
    timeout: 20_000,
  });
  expect(await violations()).toEqual([]);
});

test('?tenant= fills in only an ApartmentIQ Tenant URL; another host is flagged; a token is never shown or kept', async ({
  page,
}) => {
  const token = 'Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5';
  const open = async (tenant: string, path = '/connect/') => {
    await page.goto(`${path}?tenant=${encodeURIComponent(tenant)}`);
    const widget = page.locator('.aiq-cc');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    return widget.getByRole('list', { name: 'The link that opened this page' });
  };
  const stored = () => page.evaluate(() => window.sessionStorage.getItem('aiq-scim:tenant-url'));

  let notice = await open('https://acme.apartmentiq.io.evil.example/scim/v2');
  await expect(page.getByLabel('Tenant URL', { exact: true })).toHaveValue('');
  await expect(notice).toContainText('did not come from ApartmentIQ’s guide as expected');
  await expect(notice).toContainText('Error');
  await expect(notice.locator('a[href="/troubleshooting/#untrusted-link"]')).toBeVisible();
  expect(await stored()).toBeNull();

  notice = await open(`https://acme.apartmentiq.io/scim/v2?t=${token}`);
  await expect(page.getByLabel('Tenant URL', { exact: true })).toHaveValue('');
  await expect(notice.locator('a[href="/troubleshooting/#token-in-link"]')).toBeVisible();
  expect(await page.content()).not.toContain(token);
  expect(page.url()).not.toContain(token.slice(0, 12));
  expect(await stored()).toBeNull();

  // On the Okta track the notice names Okta's field, not Entra's.
  notice = await open('https://acme.apartmentiq.io.evil.example/scim/v2', '/okta/connect/');
  await expect(notice).toContainText(
    'a SCIM connector base URL on acme.apartmentiq.io.evil.example',
  );
  await expect(notice).not.toContainText(/Tenant URL|Secret Token/);
});
