/**
 * Evaluated before the Node adapter's server module (src/server/entry.ts imports it first): the
 * adapter must not start its own server, the site's entry starts one with headers and limits.
 * `ASTRO_NODE_AUTOSTART=disabled` set by whoever runs the entry (e.g. `astro preview`) is kept.
 */
export const autostart = process.env['ASTRO_NODE_AUTOSTART'] !== 'disabled';
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
