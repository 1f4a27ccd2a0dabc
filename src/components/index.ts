// One import for the guide's components: `import { PortalPath } from '~/components'` in MDX.
export { default as ConnectionChecker } from './ConnectionChecker';
export { default as DiagnosticCatalogue } from './DiagnosticCatalogue.astro';
