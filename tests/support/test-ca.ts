/**
 * A throwaway certificate authority for tests, made at test time (nothing secret is committed).
 *
 * API (stable; the Playwright tests and the benchmark reuse it):
 *
 *   createTestCa({ dir?, commonName? }): TestCa
 *     Makes a new CA (RSA 2048, valid from yesterday for 10 days) and writes its certificate to
 *     `<dir>/test-ca.pem` (dir defaults to a fresh temp directory). Point the server under test at
 *     it with `NODE_EXTRA_CA_CERTS=<ca.caFile>`: Node reads that variable only at process start.
 *
 *   loadOrCreateTestCa(dir): TestCa
 *     The same CA for every process that passes the same dir: the first call writes
 *     `test-ca.pem` and `test-ca-key.pem`, later calls read them. Synchronous, so a Playwright
 *     config can call it before it starts the web server.
 *
 *   issueCertificate(ca, { hosts?, notBefore?, notAfter?, commonName? }): TestKeyPair
 *     A leaf certificate signed by `ca` for `hosts` (default `localhost`, `127.0.0.1`, `::1`;
 *     IP addresses become IP subjectAltNames). Pass dates in the past for an expired certificate,
 *     other hosts for a wrong-host certificate, and a second CA (not given to the server) for an
 *     untrusted one. `{ keyPem, certPem }` go straight into `https.createServer({ key, cert })`.
 *
 * Keys come from node:crypto (fast, native); node-forge only assembles and signs the certificates.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isIP } from 'node:net';
import forge from 'node-forge';

export interface TestKeyPair {
  keyPem: string;
  certPem: string;
}

export interface TestCa extends TestKeyPair {
  /** Absolute path of the CA certificate (PEM), for NODE_EXTRA_CA_CERTS. */
  caFile: string;
}

export interface IssueOptions {
  /** DNS names and IP addresses the certificate is valid for. */
  hosts?: readonly string[];
  notBefore?: Date;
  notAfter?: Date;
  commonName?: string;
}

export const DEFAULT_TEST_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** One RSA key pair is enough for every leaf certificate of a test run; making keys is the slow part. */
let sharedLeafKeys:
  | { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey; keyPem: string }
  | undefined;

function newRsaKeys(): {
  publicKey: forge.pki.rsa.PublicKey;
  privateKey: forge.pki.rsa.PrivateKey;
  keyPem: string;
} {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const forgePrivate = forge.pki.privateKeyFromPem(privateKey);
  const forgePublic = forge.pki.setRsaPublicKey(forgePrivate.n, forgePrivate.e);
  return { publicKey: forgePublic, privateKey: forgePrivate, keyPem: privateKey };
}

function leafKeys(): {
  publicKey: forge.pki.rsa.PublicKey;
  privateKey: forge.pki.rsa.PrivateKey;
  keyPem: string;
} {
  sharedLeafKeys ??= newRsaKeys();
  return sharedLeafKeys;
}

function serialNumber(): string {
  // Positive (leading bit clear) 16-byte serial, as RFC 5280 asks.
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function buildCa(commonName: string): TestKeyPair {
  const keys = newRsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = new Date(Date.now() + 10 * DAY_MS);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { keyPem: keys.keyPem, certPem: forge.pki.certificateToPem(cert) };
}

/**
 * Makes a temporary directory that goes away with the run, so tests leave no trace: under the
 * run's own directory when Vitest made one (tests/support/temp-root.ts; its workers skip exit
 * handlers), else removed when this process exits (the Playwright runner).
 */
export function makeTemporaryDir(prefix: string): string {
  const runDir = process.env['AIQ_TEST_TMPDIR'];
  if (runDir !== undefined && existsSync(runDir)) return mkdtempSync(join(runDir, prefix));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Makes a new CA and writes its certificate to `<dir>/test-ca.pem`; without `dir`, in a
 * temporary directory removed when the process exits.
 */
export function createTestCa(options: { dir?: string; commonName?: string } = {}): TestCa {
  const dir = options.dir ?? makeTemporaryDir('scim-probe-ca-');
  mkdirSync(dir, { recursive: true });
  const ca = buildCa(options.commonName ?? `SCIM probe test CA ${serialNumber().slice(0, 8)}`);
  const caFile = join(dir, 'test-ca.pem');
  writeFileSync(caFile, ca.certPem);
  writeFileSync(join(dir, 'test-ca-key.pem'), ca.keyPem, { mode: 0o600 });
  return { ...ca, caFile };
}

/** The CA stored in `dir`, made on first use: lets several processes share one CA. */
export function loadOrCreateTestCa(dir: string): TestCa {
  const caFile = join(dir, 'test-ca.pem');
  const keyFile = join(dir, 'test-ca-key.pem');
  if (existsSync(caFile) && existsSync(keyFile)) {
    const certPem = readFileSync(caFile, 'utf8');
    const stillValid =
      forge.pki.certificateFromPem(certPem).validity.notAfter.getTime() > Date.now() + DAY_MS;
    if (stillValid) return { certPem, keyPem: readFileSync(keyFile, 'utf8'), caFile };
  }
  return createTestCa({ dir });
}

/** A leaf certificate for `hosts`, signed by `ca`. */
export function issueCertificate(ca: TestKeyPair, options: IssueOptions = {}): TestKeyPair {
  const hosts = options.hosts ?? DEFAULT_TEST_HOSTS;
  const keys = leafKeys();
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 5 * DAY_MS);
  cert.setSubject([{ name: 'commonName', value: options.commonName ?? hosts[0] ?? 'localhost' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      // type 2 = dNSName, type 7 = iPAddress (RFC 5280 GeneralName).
      altNames: hosts.map((host) =>
        isIP(host) ? { type: 7, ip: host } : { type: 2, value: host },
      ),
    },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { keyPem: keys.keyPem, certPem: forge.pki.certificateToPem(cert) };
}
