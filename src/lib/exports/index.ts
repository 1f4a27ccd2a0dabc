// Entra's user and provisioning-log downloads, read in the browser: the dry run and the log doctor.
export * from './csv-export';
export * from './csv-shape';
export * from './decode';
export * from './dry-run';
export * from './json-array-stream';
export * from './limits';
export * from './log-doctor';
export * from './provisioning-log';
export * from './scim-reason';
export * from './users-file';
export * from './read-file';
