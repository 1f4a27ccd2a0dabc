// Launcher for `npm run bench`: bundles the TypeScript bench (which imports the site's own
// library through the `~` alias) with esbuild, then runs it. node_modules stay external.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(root, 'node_modules/.cache/bench/run.mjs');

// The bundle lives elsewhere than its sources, so give each source its own import.meta values
// (tests/support/site-server.ts finds the project from import.meta.dirname).
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(path)))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href));
      return { contents, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: [join(root, 'tests/bench/run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  alias: { '~': join(root, 'src') },
  plugins: [keepImportMeta],
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
