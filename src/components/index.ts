// One import for the guide's components: `import { PortalPath } from '~/components'` in MDX.
export { default as SchemaChecker } from './SchemaCheckerSection.astro';
