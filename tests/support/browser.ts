import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium, which CI installs with apt-get; browsers cannot be downloaded here. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Chromium flags for every launch (tests and bench): no sandbox in a container, no network of its own. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launch options for every browser test: Debian's Chromium where it exists, else Playwright's
 * own browser (a developer's laptop). The flags keep Chromium from reaching for the network,
 * which is closed here; Playwright already gives each launch a fresh, empty user-data dir.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return existsSync(DEBIAN_CHROMIUM)
    ? { executablePath: DEBIAN_CHROMIUM, args: [...CHROMIUM_FLAGS] }
    : { args: [...CHROMIUM_FLAGS] };
}
