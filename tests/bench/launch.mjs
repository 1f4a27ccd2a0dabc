// Launcher for `npm run bench`: bundles the TypeScript bench (which imports the site's own
// library through the `~` alias) with esbuild, then runs it. node_modules stay external.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(root, 'node_modules/.cache/bench/run.mjs');
await build({
  entryPoints: [join(root, 'tests/bench/run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  alias: { '~': join(root, 'src') },
  logLevel: 'warning',
});
process.env.BENCH_ROOT = root;
await import(pathToFileURL(outfile).href);
