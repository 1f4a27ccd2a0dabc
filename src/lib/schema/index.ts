// The attribute mapping checker: read Entra's provisioning schema, report, clean, preview.
export * from './analyze';
export * from './attributes';
export * from './check';
export * from './clean';
export * from './entra-defaults';
export * from './json-syntax';
export * from './model';
export * from './parse';
export * from './sample-body';
