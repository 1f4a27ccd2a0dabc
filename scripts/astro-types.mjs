/**
 * The typed lint resolves `astro:content` through the types Astro generates in `.astro/`. A fresh clone
 * has none, so generate them once when they are missing (`npm test` runs `astro sync` itself before its
 * checks run side by side, so this never races astro check's own sync there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../.astro/types.d.ts', import.meta.url))) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['astro', 'sync'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
