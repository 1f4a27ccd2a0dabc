// One import for the guide's components: `import { PortalPath } from '~/components'` in MDX.
export { default as PortalPath } from './PortalPath.astro';
export { default as UiLabel } from './UiLabel.astro';
export { default as DefaultMappingsTable } from './DefaultMappingsTable.astro';
export { default as SupportedAttributes } from './SupportedAttributes.astro';
export { default as SupportContact } from './SupportContact.astro';
export { default as StepCards } from './StepCards.astro';
export { default as ConnectionChecker } from './ConnectionCheckerSection.astro';
export { default as DiagnosticCatalogue } from './DiagnosticCatalogue.astro';
export { default as SchemaChecker } from './SchemaCheckerSection.astro';
export { default as CsmLinkBuilder } from './workspace/CsmLinkBuilder.astro';
export { default as DiagnosticCodeTable } from './workspace/DiagnosticCodeTable.astro';
export { default as PrintableChecklist } from './workspace/PrintableChecklist.astro';
export { default as ProgressSummary } from './workspace/ProgressSummary.astro';
export { default as RoleCheck } from './workspace/RoleCheck.astro';
export { default as WhenSomeoneLeaves } from './WhenSomeoneLeaves.astro';
export { default as ProvisioningDryRun } from './DryRunSection.astro';
export { default as ProvisioningLogDoctor } from './LogDoctorSection.astro';
