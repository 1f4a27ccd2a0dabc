/**
 * Vitest global setup: one temporary directory for the whole run, removed at the end. Test
 * workers do not run `process.on('exit')` handlers, so anything a test makes under
 * `makeTemporaryDir` (tests/support/test-ca.ts) lives here and goes with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'aiq-vitest-'));
  process.env['AIQ_TEST_TMPDIR'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
