/**
 * zod, set up once for the whole site: every module imports `z` from here, never from 'zod'
 * (eslint.config.js enforces it), so the setting below is in force before any schema runs.
 *
 * `jitless`: zod otherwise probes for `new Function` support, and under the site's strict
 * Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation in every page
 * and worker that parses with zod, even though zod catches the error.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
