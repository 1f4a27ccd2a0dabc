// What the connection checker island needs beyond the SCIM checks: calling the probe,
// the capabilities table, the remembered Tenant URL and the support report.
export * from './capabilities';
export * from './probe-client';
export * from './report';
export * from './tenant-memory';
