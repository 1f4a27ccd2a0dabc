/**
 * Helpers for the connection checker's browser tests: the SCIM test servers (the probe's own,
 * wrapped so they use the CA the site's server was started with) and the widget's locators.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { loadOrCreateTestCa, type TestCa } from '../../support/test-ca';
import {
  startFaultServer,
  startScimServer,
  TEST_TOKEN,
  type FaultBehaviour,
  type FaultOptions,
  type TestServer,
} from '../../support/scim-servers';

export { TEST_TOKEN };

/** The CA playwright.config.ts made before it started the site (NODE_EXTRA_CA_CERTS). */
export function e2eCa(): TestCa {
  const dir = process.env.E2E_CA_DIR;
  if (!dir) throw new Error('E2E_CA_DIR is not set: run these tests through playwright.config.ts');
  return loadOrCreateTestCa(dir);
}

export interface ScimServers {
  good(): Promise<TestServer>;
  fault(behaviour: FaultBehaviour, options?: Omit<FaultOptions, 'ca'>): Promise<TestServer>;
}

/** `scim` starts servers on 127.0.0.1 on demand and closes every one after the test. */
export const test = base.extend<{ scim: ScimServers }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern.
  scim: async ({}, use) => {
    const ca = e2eCa();
    const started: TestServer[] = [];
    const track = (server: TestServer) => {
      started.push(server);
      return server;
    };
    await use({
      good: async () => track(await startScimServer({ ca })),
      fault: async (behaviour, options = {}) =>
        track(await startFaultServer(behaviour, { ...options, ca })),
    });
    await Promise.all(started.map((server) => server.close()));
  },
});

export { expect };

/** The shared axe helper (one mode and tag set for every spec). */
export { axeViolations, expectNoColourViolationsIn, switchTheme } from './a11y';

export function checker(page: Page) {
  const root = page.locator('.aiq-cc');
  return {
    root,
    tenantUrl: page.getByLabel('Tenant URL', { exact: true }),
    token: page.getByLabel('Secret Token', { exact: true }),
    tenantFindings: root.locator('[id$="-tenant-url-findings"]'),
    tokenFindings: root.locator('[id$="-token-findings"]'),
    showToken: root.getByRole('button', { name: /^(Show|Hide) token$/ }),
    testConnection: root.getByRole('button', { name: 'Test connection', exact: true }),
    copyReport: root.getByRole('button', { name: 'Copy report for support', exact: true }),
    result: root.locator('.aiq-cc__result'),
    checks: root.getByRole('list', { name: 'Checks' }),
    capabilities: root.getByRole('table', { name: /What the endpoint supports/ }),
    status: root.getByRole('status'),
  };
}

/** Opens a page with the checker and waits until the island has hydrated. */
export async function openChecker(page: Page, path = '/connect/') {
  await page.goto(path);
  const widget = checker(page);
  // The island hydrates when visible (client:visible) and sits below the fold in the guide.
  await widget.root.scrollIntoViewIfNeeded();
  // Generous: on a busy CI machine parsing the island's script can take a while.
  await expect(widget.root).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  return widget;
}

/** A finding (or check) item that shows `code` as text and links to its troubleshooting entry. */
export async function expectCodeWithFixLink(scope: ReturnType<Page['locator']>, code: string) {
  await expect(scope.locator('code', { hasText: new RegExp(`^${code}$`) }).first()).toBeVisible();
  await expect(scope.locator(`a[href="/troubleshooting/#${code}"]`).first()).toBeVisible();
}
