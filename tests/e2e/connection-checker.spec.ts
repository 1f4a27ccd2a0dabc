/**
 * The connection checker on the built site, in Chromium, against real SCIM servers on
 * 127.0.0.1 (the probe's test servers, with certificates from the CA the site trusts).
 */
import type { Locator, Page } from '@playwright/test';
import type { FaultBehaviour } from '../support/scim-servers';
import {
  axeViolations,
  expect,
  expectCodeWithFixLink,
  expectNoColourViolationsIn,
  openChecker,
  switchTheme,
  test,
  TEST_TOKEN,
} from './support/connection-checker';

// Page loads, hydration and real probes are slow on a shared CI machine; nothing here asserts on time.
test.describe.configure({ timeout: 90_000 });
/** How long to wait for a probe's answer: a real probe, on a loaded machine. */
const PROBE_WAIT = { timeout: 30_000 };

const GOOD_URL = 'https://acme.apartmentiq.io/scim/v2';
const GOOD_TOKEN = 'aiqGoodLookingToken_0123456789abcdefXYZ';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
function jwt(claims: object): string {
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJlc2lnbmF0dXJl`;
}
const nowSeconds = Math.floor(Date.now() / 1000);

/** Everything in the browser that could have kept the token. */
async function everywhereTheTokenCouldBe(page: Page): Promise<string> {
  const inPage = await page.evaluate(() => ({
    local: JSON.stringify({ ...window.localStorage }),
    session: JSON.stringify({ ...window.sessionStorage }),
    cookie: document.cookie,
    url: window.location.href,
    historyLength: window.history.length,
  }));
  const cookies = JSON.stringify(await page.context().cookies());
  return [inPage.local, inPage.session, inPage.cookie, inPage.url, page.url(), cookies].join('\n');
}

/** Presses Tab until `target` has focus; fails if it takes more than `max` presses. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('field checks as you type', () => {
  const badTenantUrls: [string, string][] = [
    ['not a url', 'not-a-url'],
    ['http://acme.apartmentiq.io/scim/v2', 'not-https'],
    [`${GOOD_URL}/`, 'trailing-slash'],
    [` ${GOOD_URL} `, 'whitespace'],
    ['https://user:secret@acme.apartmentiq.io/scim/v2', 'has-credentials'],
    [`${GOOD_URL}#top`, 'has-fragment'],
    [`${GOOD_URL}/Users`, 'resource-path'],
    ['https://acme.apartmentiq.io//scim/v2', 'duplicate-slashes'],
    ['https://acme.apartmentiq.io/scim/scim/v2', 'doubled-scim-segment'],
    [`${GOOD_URL}?x=1`, 'has-query'],
    ['https://acme.example.com/scim/v2', 'unexpected-host'],
    ['https://203.0.113.7/scim/v2', 'ip-address-host'],
    ['https://acme.apartmentiq.io:8443/scim/v2', 'non-default-port'],
    ['https://localhost/scim/v2', 'localhost'],
    ['https://<tenant>.apartmentiq.io/scim/v2', 'placeholder'],
  ];
  const badTokens: [string, string, string][] = [
    ['a Bearer prefix', `Bearer ${GOOD_TOKEN}`, 'bearer-prefix'],
    ['quotes', `"${GOOD_TOKEN}"`, 'quoted'],
    ['spaces around it', ` ${GOOD_TOKEN} `, 'whitespace'],
    ['a short value', 'abc123', 'too-short'],
    ['a URL', GOOD_URL, 'looks-like-url'],
    ['a placeholder', '<your-secret-token>', 'placeholder'],
    ['characters a token cannot have', `${GOOD_TOKEN}é€`, 'invalid-characters'],
    ['an expired JWT', jwt({ sub: 'scim', exp: nowSeconds - 86_400 }), 'jwt-expired'],
    [
      'a JWT not valid yet',
      jwt({ sub: 'scim', nbf: nowSeconds + 86_400, exp: nowSeconds + 100 * 86_400 }),
      'jwt-not-yet-valid',
    ],
    [
      'a JWT expiring soon',
      jwt({ sub: 'scim', exp: nowSeconds + 2 * 86_400 }),
      'jwt-expiring-soon',
    ],
  ];

  test('each kind of bad Tenant URL shows its code and fix link', async ({ page }) => {
    test.setTimeout(120_000);
    // The field checks are a chunk of their own, loaded on a field's first focus, not with the page.
    const fieldChecks: string[] = [];
    page.on('request', (request) => {
      if (/\/field-checks\.[\w-]+\.js$/.test(request.url())) fieldChecks.push(request.url());
    });
    const widget = await openChecker(page);
    expect(fieldChecks, 'loaded before a field had focus').toEqual([]);
    await widget.tenantUrl.focus();
    await expect.poll(() => fieldChecks.length).toBe(1);
    for (const [value, code] of badTenantUrls) {
      await test.step(`${JSON.stringify(value)} → ${code}`, async () => {
        await widget.tenantUrl.fill(value);
        await expectCodeWithFixLink(widget.tenantFindings, code);
      });
    }
  });

  test('each kind of bad Secret Token shows its code and fix link', async ({ page }) => {
    test.setTimeout(120_000);
    const widget = await openChecker(page);
    for (const [label, value, code] of badTokens) {
      await test.step(`${label} → ${code}`, async () => {
        await widget.token.fill(value);
        await expectCodeWithFixLink(widget.tokenFindings, code);
      });
    }
  });

  test('each field names its findings to assistive technology and offers the cleaned-up value', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const widget = await openChecker(page);
    await widget.tenantUrl.fill(`${GOOD_URL}/`);
    // The checks load on the field's first focus: wait for the finding, then read the wiring.
    await expect(widget.tenantFindings).toContainText('Warning');
    const describedBy = (await widget.tenantUrl.getAttribute('aria-describedby')) ?? '';
    const findingsId = await widget.tenantFindings.getAttribute('id');
    expect(describedBy.split(' ')).toContain(findingsId);

    await widget.root.getByRole('button', { name: 'Copy cleaned-up Tenant URL' }).click();
    await expect(widget.root.getByText('Copied', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(GOOD_URL);

    await widget.token.fill(`Bearer ${GOOD_TOKEN}`);
    await widget.root.getByRole('button', { name: 'Copy cleaned-up Secret Token' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(GOOD_TOKEN);
  });

  test('the token is a password field with a real Show/Hide button', async ({ page }) => {
    const widget = await openChecker(page);
    await expect(widget.token).toHaveAttribute('type', 'password');
    await expect(widget.token).toHaveAttribute('autocomplete', 'off');
    await expect(widget.token).toHaveAttribute('spellcheck', 'false');
    await widget.token.fill(GOOD_TOKEN);
    await widget.showToken.click();
    await expect(widget.token).toHaveAttribute('type', 'text');
    await expect(widget.showToken).toHaveText('Hide token');
    await widget.showToken.click();
    await expect(widget.token).toHaveAttribute('type', 'password');
  });

  test('Test connection stays disabled while a field has an error', async ({ page }) => {
    const widget = await openChecker(page);
    await expect(widget.testConnection).toBeDisabled();
    await widget.tenantUrl.fill(GOOD_URL);
    await widget.token.fill(`Bearer ${GOOD_TOKEN}`);
    // Judged once the checks have loaded (on the first focus): the finding shows, the button waits.
    await expect(widget.tokenFindings).toBeVisible();
    await expect(widget.testConnection).toBeDisabled();
    await widget.token.fill(GOOD_TOKEN);
    await expect(widget.testConnection).toBeEnabled();
  });
});

test.describe('remembering the Tenant URL, never the token', () => {
  test('?tenant= prefills the Tenant URL and wins over the remembered one; ?token= is never read', async ({
    page,
  }) => {
    await openChecker(page, '/prepare/');
    await page.evaluate(() =>
      window.sessionStorage.setItem('aiq-scim:tenant-url', 'https://old.apartmentiq.io/scim/v2'),
    );
    const widget = await openChecker(
      page,
      `/connect/?tenant=${encodeURIComponent(GOOD_URL)}&token=${GOOD_TOKEN}`,
    );
    await expect(widget.tenantUrl).toHaveValue(GOOD_URL);
    await expect(widget.token).toHaveValue('');
  });

  test('the Tenant URL typed on Prepare is there again on Connect', async ({ page }) => {
    const prepare = await openChecker(page, '/prepare/');
    await prepare.tenantUrl.fill(GOOD_URL);
    await prepare.token.fill(GOOD_TOKEN);
    // Remembered once the checks (loaded on the first focus) have judged the value.
    await expect(prepare.tenantFindings).toBeVisible();
    const connect = await openChecker(page, '/connect/');
    await expect(connect.tenantUrl).toHaveValue(GOOD_URL);
    await expect(connect.token).toHaveValue('');
    expect(await everywhereTheTokenCouldBe(page)).not.toContain(GOOD_TOKEN);
  });

  test('leaving the page drops the token from memory', async ({ page }) => {
    const widget = await openChecker(page);
    await widget.token.fill(GOOD_TOKEN);
    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })),
    );
    await expect(widget.token).toHaveValue('');
  });

  test('a token pasted into the Tenant URL field is not remembered', async ({ page }) => {
    const widget = await openChecker(page);
    await widget.tenantUrl.fill(GOOD_TOKEN);
    // The checks have judged it (its finding shows) before storage is read.
    await expect(widget.tenantFindings).toBeVisible();
    expect(
      await page.evaluate(() => window.sessionStorage.getItem('aiq-scim:tenant-url')),
    ).toBeNull();
  });
});

test.describe('Test connection against real SCIM servers', () => {
  test('a good pair passes and shows the capabilities, with Entra’s needs marked; 401, 404 and a redirect fail with their codes', async ({
    page,
    scim,
  }) => {
    test.setTimeout(120_000);
    // The answer's styles are a stylesheet of their own, fetched with the answer view, not with the page.
    const answerStyles: string[] = [];
    page.on('request', (request) => {
      if (/\/probe-result\.[\w-]+\.css$/.test(request.url())) answerStyles.push(request.url());
    });
    const server = await scim.good();
    const widget = await openChecker(page);
    await widget.tenantUrl.fill(server.url);
    await widget.token.fill(TEST_TOKEN);
    expect(answerStyles, 'fetched before a test was asked for').toEqual([]);
    await widget.testConnection.click();
    await expect(widget.result).toContainText('Verdict: Pass', PROBE_WAIT);
    expect(answerStyles).toHaveLength(1);
    // ...and they apply: the verdict box and the capability table are styled when they show.
    await expect(widget.result.locator('.aiq-cc__verdict')).toHaveCSS('display', 'flex');
    await expect(widget.capabilities).toHaveCSS('border-collapse', 'collapse');
    await expect(widget.checks.getByRole('listitem').first()).toContainText('Pass');
    const rows = widget.capabilities.getByRole('row');
    await expect(rows.filter({ hasText: 'PATCH' })).toContainText('Required');
    await expect(rows.filter({ hasText: 'Filter' })).toContainText('Required');
    for (const name of ['Bulk', 'ETag', 'Sort', 'Authentication schemes']) {
      await expect(rows.filter({ hasText: name })).toContainText('Not required');
    }
    await expect(widget.status).toContainText('Connection test finished. Pass');
    const transcript = widget.root.locator('details.aiq-cc__transcript');
    await transcript.locator('summary').click();
    await expect(transcript).toContainText('GET ');
    await expect(transcript).not.toContainText(TEST_TOKEN);

    // On the same page, endpoints that fail: each with its code and fix link.
    const failures: [string, FaultBehaviour, string][] = [
      ['401', 'unauthorized', 'unauthorized'],
      ['404', 'not-found', 'not-found'],
      ['a redirect', 'redirect', 'redirect'],
    ];
    for (const [label, behaviour, code] of failures) {
      await test.step(`${label} fails with ${code} and its fix link`, async () => {
        const failing = await scim.fault(behaviour);
        await widget.tenantUrl.fill(failing.url);
        await widget.testConnection.click();
        await expect(widget.result).toContainText('Verdict: Fail', PROBE_WAIT);
        await expect(widget.status).toContainText(code);
        const failed = widget.checks.getByRole('listitem').filter({ hasText: 'Fail' });
        await expectCodeWithFixLink(failed, code);
      });
    }
  });

  test('an endpoint that never answers fails with timeout', async ({ page, scim }) => {
    test.setTimeout(120_000);
    const server = await scim.fault('never-answers');
    const widget = await openChecker(page);
    await widget.tenantUrl.fill(server.url);
    await widget.token.fill(TEST_TOKEN);
    await widget.testConnection.click();
    await expect(widget.root.locator('.aiq-cc__progress')).toBeVisible();
    await expect(widget.testConnection).toBeDisabled();
    await expect(widget.result).toContainText('Verdict: Fail', { timeout: 60_000 });
    await expectCodeWithFixLink(widget.checks, 'timeout');
  });

  test('two clicks in a row send one probe', async ({ page, scim }) => {
    const reference = await scim.good();
    const server = await scim.good();
    const probeRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/probe')) probeRequests.push(request.method());
    });

    // One probe against a reference server tells how many requests one probe makes.
    let widget = await openChecker(page);
    await widget.tenantUrl.fill(reference.url);
    await widget.token.fill(TEST_TOKEN);
    await widget.testConnection.click();
    await expect(widget.result).toContainText('Verdict:', PROBE_WAIT);
    const requestsPerProbe = reference.requestCount;
    expect(requestsPerProbe).toBeGreaterThan(0);

    widget = await openChecker(page);
    probeRequests.length = 0;
    await widget.tenantUrl.fill(server.url);
    await widget.token.fill(TEST_TOKEN);
    // Two clicks in the same task, before React can re-render the button as disabled.
    await widget.testConnection.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(widget.result).toContainText('Verdict:', PROBE_WAIT);
    expect(probeRequests).toEqual(['POST']);
    expect(server.requestCount).toBe(requestsPerProbe);
  });
});

test.describe('when the route itself cannot help', () => {
  // In an order where no two neighbours say the same, so each case waits for its own answer.
  const routeFailures: [string, Parameters<Page['route']>[1], RegExp, string | undefined][] = [
    [
      'a static deployment (404)',
      (route) =>
        route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }),
      /not available on this deployment; the field checks above still work/,
      'probe-unavailable',
    ],
    [
      'the rate limit (429)',
      (route) =>
        route.fulfill({
          status: 429,
          contentType: 'application/json',
          headers: { 'retry-after': '30' },
          body: JSON.stringify({
            error: {
              code: 'rate-limited',
              message: 'Too many connection tests from this address.',
            },
          }),
        }),
      /Try again in 30 seconds/,
      'rate-limited',
    ],
    [
      'a static deployment (405)',
      (route) => route.fulfill({ status: 405, body: '' }),
      /not available on this deployment/,
      'probe-unavailable',
    ],
    [
      'a cross-site refusal (403)',
      (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'cross-site-request',
              message: 'This test only answers the guide’s own pages.',
            },
          }),
        }),
      /only answers the guide’s own pages/,
      'cross-site-request',
    ],
    [
      'a network failure',
      (route) => route.abort('failed'),
      /could not reach its connection test/,
      undefined,
    ],
    [
      'an answer that is not JSON',
      (route) => route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad gateway' }),
      /cannot read \(HTTP 502\)/,
      undefined,
    ],
  ];
  test('explains each refusal, and the field checks keep working', async ({ page }) => {
    test.setTimeout(120_000);
    // One page for every case: what changes between them is the route's answer, not the page.
    const widget = await openChecker(page);
    for (const [label, handler, message, code] of routeFailures) {
      await test.step(label, async () => {
        await page.unroute('**/api/probe');
        await page.route('**/api/probe', handler);
        await widget.tenantUrl.fill(GOOD_URL);
        await widget.token.fill(GOOD_TOKEN);
        await widget.testConnection.click();
        await expect(widget.result).toContainText(message, PROBE_WAIT);
        if (code) await expectCodeWithFixLink(widget.result, code);
        // The field checks keep working.
        await widget.tenantUrl.fill(`${GOOD_URL}/`);
        await expectCodeWithFixLink(widget.tenantFindings, 'trailing-slash');
      });
    }
  });
});

test.describe('support report', () => {
  test('copies verdict, codes, host and capabilities, never the token', async ({
    page,
    context,
    scim,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const server = await scim.fault('unauthorized');
    const widget = await openChecker(page);
    await widget.tenantUrl.fill(`${server.url}/`);
    await widget.token.fill(` ${TEST_TOKEN} `);
    await widget.testConnection.click();
    await expect(widget.result).toContainText('Verdict: Fail', PROBE_WAIT);
    await widget.copyReport.click();
    await expect(widget.root.getByText('Copied', { exact: true })).toBeVisible();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Verdict: FAIL');
    expect(report).toMatch(/Codes: .*trailing-slash.*whitespace.*unauthorized/);
    expect(report).toContain(`Host: ${server.host}:${server.port}`);
    expect(report).toMatch(/Date: \d{4}-\d{2}-\d{2}T/);
    expect(report).toMatch(/Site version: \d+\.\d+\.\d+/);
    expect(report).not.toContain(TEST_TOKEN);
  });

  test('shows the report to copy by hand when the clipboard is unavailable', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    const widget = await openChecker(page);
    await widget.token.fill(GOOD_TOKEN);
    await widget.copyReport.click();
    await expect(widget.root.getByText(/^Could not copy:/)).toBeVisible();
    const fallback = widget.root.getByLabel('Report for support');
    await expect(fallback).toContainText('ApartmentIQ SCIM connection report');
    expect(await fallback.inputValue()).not.toContain(GOOD_TOKEN);
  });
});

test.describe('keyboard, screen readers and no JavaScript', () => {
  test('keyboard only, start to finish', async ({ page, scim }) => {
    test.setTimeout(120_000);
    const server = await scim.fault('unauthorized');
    const widget = await openChecker(page);
    await tabTo(page, widget.tenantUrl);
    await page.keyboard.type(server.url);
    // Past the Tenant URL's findings (their fix links are tab stops too) to the token field.
    await tabTo(page, widget.token);
    await page.keyboard.type(`Bearer ${TEST_TOKEN}`);
    await tabTo(page, widget.showToken);
    await page.keyboard.press('Enter');
    await expect(widget.token).toHaveAttribute('type', 'text');
    await page.keyboard.press('Space');
    await expect(widget.token).toHaveAttribute('type', 'password');
    // The token has a Bearer prefix: take the cleaned-up value, which returns focus to the field.
    await tabTo(page, widget.root.getByRole('button', { name: 'Use this value for Secret Token' }));
    await page.keyboard.press('Enter');
    await expect(widget.token).toBeFocused();
    await expect(widget.token).toHaveValue(TEST_TOKEN);
    await tabTo(page, widget.testConnection);
    await page.keyboard.press('Enter');
    await expect(widget.result).toContainText('Verdict: Fail', PROBE_WAIT);
    await expect(widget.root.locator('.aiq-cc__result-heading')).toBeFocused();
    // The failed check's fix link is reachable and leads to its troubleshooting entry.
    await tabTo(page, widget.checks.locator('a[href="/troubleshooting/#unauthorized"]').first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/troubleshooting\/#unauthorized$/);
    expect(await everywhereTheTokenCouldBe(page)).not.toContain(TEST_TOKEN);
  });

  test('axe finds nothing in any state: empty, findings, running, pass, fail', async ({
    page,
    scim,
  }) => {
    test.setTimeout(120_000);
    const good = await scim.good();
    const failing = await scim.fault('unauthorized');
    const widget = await openChecker(page);
    expect(await axeViolations(page, '.aiq-cc'), 'empty').toEqual([]); // the whole page: site.spec.ts

    await widget.tenantUrl.fill(`http://acme.example.com/scim/v2/`);
    await widget.token.fill(`Bearer "${GOOD_TOKEN}"`);
    await expect(widget.tenantFindings.getByRole('listitem').first()).toBeVisible();
    expect(await axeViolations(page, '.aiq-cc'), 'findings').toEqual([]);
    // The finding colours in the dark theme too (the whole page in both themes: site.spec.ts).
    await expectNoColourViolationsIn(page, 'dark', '.aiq-cc');
    await switchTheme(page, 'light');

    // Hold the probe request until axe has looked at the running state, then let it through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/probe', async (route) => {
      await held;
      await route.continue();
    });
    await widget.tenantUrl.fill(good.url);
    await widget.token.fill(TEST_TOKEN);
    await widget.testConnection.click();
    await expect(widget.root.locator('.aiq-cc__progress')).toBeVisible();
    await expect(widget.testConnection).toBeDisabled();
    expect(await axeViolations(page, '.aiq-cc'), 'running').toEqual([]);
    release();
    // On a very slow machine the held request may outlast the widget's own time limit; either
    // way the running state is over. Test again for the pass state.
    await expect(widget.result).toBeVisible(PROBE_WAIT);
    await page.unroute('**/api/probe');
    if (!((await widget.result.textContent()) ?? '').includes('Verdict: Pass')) {
      await widget.testConnection.click();
      await expect(widget.result).toContainText('Verdict: Pass', PROBE_WAIT);
    }
    await widget.root.locator('details.aiq-cc__transcript summary').click();
    expect(await axeViolations(page, '.aiq-cc'), 'pass').toEqual([]);

    await widget.tenantUrl.fill(failing.url);
    await widget.testConnection.click();
    await expect(widget.result).toContainText('Verdict: Fail', PROBE_WAIT);
    expect(await axeViolations(page, '.aiq-cc'), 'fail').toEqual([]);
  });

  test('without JavaScript the page says the checker needs it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/connect/');
    // Playwright's text locators skip <noscript>, so find the note by its class.
    const note = page.locator('.aiq-cc__noscript');
    await expect(note).toBeVisible();
    await expect(note).toContainText('This checker needs JavaScript.');
    await expect(page.getByLabel('Tenant URL', { exact: true })).toBeDisabled();
    await context.close();
  });

  test('after the whole flow the token is in no storage and no URL', async ({ page, scim }) => {
    const server = await scim.good();
    const widget = await openChecker(page, '/prepare/');
    await widget.tenantUrl.fill(server.url);
    await widget.token.fill(`Bearer ${TEST_TOKEN}`);
    await widget.showToken.click();
    await widget.root.getByRole('button', { name: 'Use this value for Secret Token' }).click();
    await expect(widget.token).toHaveValue(TEST_TOKEN);
    await widget.testConnection.click();
    await expect(widget.result).toContainText('Verdict:', PROBE_WAIT);
    await widget.copyReport.click();
    const connect = await openChecker(page, '/connect/');
    await expect(connect.tenantUrl).toHaveValue(server.url);
    await page.goBack();
    await page.goForward();
    const everywhere = await everywhereTheTokenCouldBe(page);
    expect(everywhere).not.toContain(TEST_TOKEN);
  });
});

test.describe('Okta', () => {
  test('Okta’s field names and words; a good pair passes with Okta’s two requests only; axe clean', async ({
    page,
    scim,
  }) => {
    const server = await scim.good();
    const widget = await openChecker(page, '/okta/connect/');
    const baseUrl = widget.root.getByLabel('SCIM connector base URL', { exact: true });
    const token = widget.root.getByLabel('Authorization (API token)', { exact: true });
    await expect(widget.tenantUrl).toHaveCount(0);

    await baseUrl.fill(`${server.url}?aadOptscim062020`);
    await token.fill(`Bearer ${TEST_TOKEN}`);
    await expect(widget.root).toContainText('The API token starts with "Bearer".');
    await expect(widget.root).toContainText('The SCIM connector base URL contains a query');
    await expect(widget.root).not.toContainText(/Secret Token|Tenant URL|Entra/);

    await baseUrl.fill(server.url);
    await token.fill(TEST_TOKEN);
    const before = server.requests.length;
    await widget.testConnection.click();
    await expect(widget.result).toContainText('Verdict: Pass', PROBE_WAIT);
    await expect(widget.result).toContainText('the way Okta expects');
    await expect(widget.checks).toContainText("Okta's user list: the first two users");
    await expect(widget.capabilities).toHaveCount(0);
    // Server side: Okta's user list and look-up, nothing else.
    const paths = server.requests.slice(before).map((request) => request.path);
    expect(paths.map((path) => path.replace(/%22[^%]+%22/, '%22…%22')).sort()).toEqual([
      '/scim/v2/Users?filter=userName%20eq%20%22…%22&startIndex=1&count=100',
      '/scim/v2/Users?startIndex=1&count=2',
    ]);
    expect(await axeViolations(page, '.aiq-cc')).toEqual([]);
  });
});
