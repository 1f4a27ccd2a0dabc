/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Unit tests (pure library, config, pure server pieces) and integration tests (the built server's
// POST /api/probe against real HTTPS servers on 127.0.0.1). End-to-end tests live in tests/e2e and
// run under Playwright. `vitest run --project unit` / `--project integration` picks one.
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/support/temp-root.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Builds dist/ when it is missing or older than src/ (the tests run the built server).
          globalSetup: ['tests/support/temp-root.ts', 'tests/integration/global-setup.ts'],
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
