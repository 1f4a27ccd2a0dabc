import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';
import { loadOrCreateTestCa, makeTemporaryDir } from './tests/support/test-ca';

const port = Number(process.env.E2E_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;

// The probe verifies certificates, and Node reads NODE_EXTRA_CA_CERTS only when the server
// starts, so the throwaway test CA must exist before Playwright launches the web server. The
// config is loaded again in every worker: they inherit E2E_CA_DIR and reuse the same CA, so the
// SCIM test servers the tests start are signed by the CA the server trusts. The process that
// makes the directory (the runner, which outlives its workers and the server) removes it on exit.
process.env.E2E_CA_DIR ??= makeTemporaryDir('aiq-e2e-ca-');
const testCa = loadOrCreateTestCa(process.env.E2E_CA_DIR);

// End-to-end tests run against the built production server (`npm run build` first).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Measured on the 2-core CI machine kind: 2 workers finish first; 1 leaves the CPU idle while a
  // test waits (probe time limits, search index), 3 only adds contention (more CPU, no less time).
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL,
    // Recording a trace (a screencast and DOM snapshots around every action) cost about a third of
    // the suite's CPU even for tests that pass. Record it only when a failed test runs again (CI
    // retries once); elsewhere rerun a failing test with `--trace on`.
    trace: 'on-first-retry',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: 'node ./dist/server/entry.mjs',
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      // Let the probe reach the SCIM test servers on 127.0.0.1 with the test CA, without a rate limit.
      NODE_EXTRA_CA_CERTS: testCa.caFile,
      SCIM_PROBE_ALLOW_PRIVATE: '1',
      SCIM_PROBE_ALLOWED_HOSTS: '*',
      SCIM_PROBE_RATE_LIMIT: '0',
      // A shorter whole-probe limit so the "never answers" test finishes sooner (the integration
      // tests use the same 6 s); still roomy for a correct endpoint on loopback on a busy machine.
      SCIM_PROBE_TOTAL_TIMEOUT_MS: '6000',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
