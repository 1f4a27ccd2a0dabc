/** The throwaway CA the integration and Playwright tests share: certificates chain and carry the names asked for. */
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createTestCa,
  issueCertificate,
  loadOrCreateTestCa,
  makeTemporaryDir,
} from '../../support/test-ca';

describe('test CA', () => {
  it('issues leaf certificates that chain to the CA and name localhost, 127.0.0.1 and ::1', () => {
    const ca = createTestCa();
    const leaf = new X509Certificate(issueCertificate(ca).certPem);
    const root = new X509Certificate(ca.certPem);
    expect(leaf.checkIssued(root)).toBe(true);
    expect(leaf.verify(root.publicKey)).toBe(true);
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(leaf.checkIP('::1')).toBe('::1');
    expect(leaf.checkHost('wrong.example.test')).toBeUndefined();
  });

  it('makes expired and wrong-host certificates on request', () => {
    const ca = createTestCa();
    const expired = new X509Certificate(
      issueCertificate(ca, {
        notBefore: new Date(Date.now() - 2e9),
        notAfter: new Date(Date.now() - 1e8),
      }).certPem,
    );
    expect(new Date(expired.validTo).getTime()).toBeLessThan(Date.now());
    const other = new X509Certificate(issueCertificate(ca, { hosts: ['scim.other.test'] }).certPem);
    expect(other.checkHost('scim.other.test')).toBe('scim.other.test');
    expect(other.checkIP('127.0.0.1')).toBeUndefined();
  });

  it('loadOrCreateTestCa gives every caller with the same directory the same CA', () => {
    const dir = makeTemporaryDir('ca-share-');
    const first = loadOrCreateTestCa(dir);
    const second = loadOrCreateTestCa(dir);
    expect(second.certPem).toBe(first.certPem);
    expect(second.caFile).toBe(join(dir, 'test-ca.pem'));
  });
});
