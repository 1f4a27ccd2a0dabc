/**
 * The probe's network layer. Everything here connects only to an address the caller has already
 * vetted (never a host name: no second DNS lookup an attacker could answer differently), while TLS
 * still uses the original host name for SNI and for verifying the certificate. Certificates are
 * always verified against Node's trust store (system CAs plus NODE_EXTRA_CA_CERTS). No redirect is
 * ever followed, bodies are read as streams and cut off at a cap, and every wait has a limit.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';
import {
  checkServerIdentity,
  connect as tlsConnect,
  type PeerCertificate,
  type SecureVersion,
  type TLSSocket,
} from 'node:tls';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (one lookup per probe). Replaceable in tests. */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: HostLookup = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** Where to connect: the vetted address, plus the host name TLS and HTTP must present. */
export interface Target {
  /** Host name from the Tenant URL (IPv6 without brackets), used for SNI, certificate and Host header. */
  hostname: string;
  /** The Host header value (host plus a non-default port). */
  hostHeader: string;
  address: string;
  family: 4 | 6;
  port: number;
  /** SNI must not carry an IP address (RFC 6066). */
  hostnameIsIp: boolean;
}

export interface TlsVersionRange {
  minVersion: SecureVersion;
  maxVersion: SecureVersion;
}

export const TLS_1_2_ONLY: TlsVersionRange = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' };
export const TLS_1_3_ONLY: TlsVersionRange = { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' };
export const TLS_1_2_OR_1_3: TlsVersionRange = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' };

export type NetworkFailureCode =
  'timeout' | 'dns-failure' | 'connection-refused' | 'connection-reset' | 'tls-error';
export type TlsProblem =
  | 'untrusted-issuer'
  | 'self-signed'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-host'
  | 'revoked'
  | 'handshake';

export interface NetworkFailure {
  code: NetworkFailureCode;
  /** A specific sentence for the admin, e.g. "the certificate expired on …". */
  detail: string;
  tlsProblem?: TlsProblem;
  /** Node's error code, for the transcript. */
  errorCode?: string;
}

export interface Limits {
  connectTimeoutMs: number;
  /** Aborts when the whole probe runs out of time. */
  signal: AbortSignal;
}

/** Thrown by our own timers, so a timeout is never mistaken for a reset. */
class ProbeTimeoutError extends Error {
  constructor(readonly phase: 'connect' | 'total') {
    super(phase === 'connect' ? 'connect timeout' : 'probe time limit');
    this.name = 'ProbeTimeoutError';
  }
}

/** Node's error code (`ENOTFOUND`, `ECONNRESET`…), when the error has one. */
export function errorCodeOf(error: unknown): string | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  )
    return error.code;
  return undefined;
}

const UNTRUSTED_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
]);
const SELF_SIGNED_CODES = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);

/** Turns a Node network/TLS error into one probe outcome with a specific explanation. */
export function describeNetworkError(
  error: unknown,
  hostname: string,
  limits: { connectTimeoutMs: number; totalTimeoutMs: number },
): NetworkFailure {
  if (error instanceof ProbeTimeoutError) {
    return error.phase === 'connect'
      ? {
          code: 'timeout',
          detail: `${hostname} did not complete a connection within ${limits.connectTimeoutMs / 1000} s.`,
        }
      : {
          code: 'timeout',
          detail: `The endpoint did not answer within the probe's limit of ${limits.totalTimeoutMs / 1000} s.`,
        };
  }
  const code = errorCodeOf(error);
  const withCode = (failure: NetworkFailure): NetworkFailure =>
    code === undefined ? failure : { ...failure, errorCode: code };
  if (code === undefined)
    return { code: 'connection-reset', detail: 'The connection failed unexpectedly.' };
  if (code === 'ECONNREFUSED')
    return withCode({
      code: 'connection-refused',
      detail: `${hostname} refused the connection: nothing accepts HTTPS connections on that port.`,
    });
  if (['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'].includes(code)) {
    return withCode({
      code: 'connection-refused',
      detail: `The network could not reach ${hostname} (${code}).`,
    });
  }
  if (['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE'].includes(code)) {
    return withCode({
      code: 'connection-reset',
      detail: `${hostname} closed the connection abruptly (${code}) before answering.`,
    });
  }
  if (code === 'ETIMEDOUT')
    return withCode({ code: 'timeout', detail: `The connection to ${hostname} timed out.` });
  if (['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA'].includes(code)) {
    return withCode({ code: 'dns-failure', detail: `No DNS record exists for ${hostname}.` });
  }
  if (['EAI_AGAIN', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED_DNS'].includes(code)) {
    return withCode({
      code: 'dns-failure',
      detail: `The DNS lookup for ${hostname} failed (${code}); the name servers did not answer.`,
    });
  }
  if (code === 'CERT_HAS_EXPIRED')
    return withCode({
      code: 'tls-error',
      tlsProblem: 'expired',
      detail: `The certificate of ${hostname} has expired.`,
    });
  if (code === 'CERT_NOT_YET_VALID')
    return withCode({
      code: 'tls-error',
      tlsProblem: 'not-yet-valid',
      detail: `The certificate of ${hostname} is not valid yet.`,
    });
  if (code === 'CERT_REVOKED')
    return withCode({
      code: 'tls-error',
      tlsProblem: 'revoked',
      detail: `The certificate of ${hostname} has been revoked.`,
    });
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return withCode({
      code: 'tls-error',
      tlsProblem: 'wrong-host',
      detail: `The certificate is not issued for ${hostname}${certificateNamesOf(error)}.`,
    });
  }
  if (SELF_SIGNED_CODES.has(code)) {
    return withCode({
      code: 'tls-error',
      tlsProblem: 'self-signed',
      detail: `The certificate of ${hostname} is self-signed, so no trusted certificate authority vouches for it.`,
    });
  }
  if (UNTRUSTED_CODES.has(code)) {
    return withCode({
      code: 'tls-error',
      tlsProblem: 'untrusted-issuer',
      detail: `The certificate of ${hostname} is signed by an issuer that is not publicly trusted (${code}), or the server does not send the intermediate certificates.`,
    });
  }
  if (
    code.startsWith('ERR_SSL_') ||
    code === 'EPROTO' ||
    code.startsWith('ERR_TLS_') ||
    code.startsWith('CERT_') ||
    code.startsWith('ERR_OSSL_')
  ) {
    return withCode({
      code: 'tls-error',
      tlsProblem: 'handshake',
      detail: `The TLS handshake with ${hostname} failed (${code}).`,
    });
  }
  return withCode({
    code: 'connection-reset',
    detail: `The connection to ${hostname} failed (${code}).`,
  });
}

function certificateNamesOf(error: unknown): string {
  const cert =
    typeof error === 'object' && error !== null && 'cert' in error
      ? (error as { cert?: PeerCertificate }).cert
      : undefined;
  const names = cert?.subjectaltname;
  return names ? `; it names ${names.replace(/DNS:|IP Address:/g, '').slice(0, 200)}` : '';
}

/**
 * Node's host name check. For an IP address host it compares IP subjectAltNames as text, and
 * OpenSSL writes IPv6 ones uncompressed (0:0:0:0:0:0:0:1 ≠ ::1), so compare those as addresses.
 */
function verifyIdentity(target: Target, cert: PeerCertificate): Error | undefined {
  const error = checkServerIdentity(target.hostname, cert);
  if (!error || !target.hostnameIsIp) return error;
  const wanted = ipaddr.parse(target.hostname).toNormalizedString();
  const names = (cert.subjectaltname ?? '').split(',').map((name) => name.trim());
  const matches = names.some((name) => {
    const address = name.startsWith('IP Address:') ? name.slice('IP Address:'.length) : '';
    return ipaddr.isValid(address) && ipaddr.parse(address).toNormalizedString() === wanted;
  });
  return matches ? undefined : error;
}

function tlsOptions(target: Target, range: TlsVersionRange) {
  return {
    host: target.address,
    port: target.port,
    family: target.family,
    ...(target.hostnameIsIp ? {} : { servername: target.hostname }),
    minVersion: range.minVersion,
    maxVersion: range.maxVersion,
    // Verify against the Tenant URL's host, not the address we dialled.
    checkServerIdentity: (_dialled: string, cert: PeerCertificate) => verifyIdentity(target, cert),
    rejectUnauthorized: true,
  };
}

/** Runs `start` until it settles, failing early when the probe's time is up. */
async function raceWithSignal<T>(
  signal: AbortSignal,
  start: (onAbort: (listener: () => void) => void) => Promise<T>,
): Promise<T> {
  if (signal.aborted) throw new ProbeTimeoutError('total');
  const listeners: Array<() => void> = [];
  const abort = (): void => listeners.forEach((listener) => listener());
  signal.addEventListener('abort', abort, { once: true });
  try {
    return await start((listener) => listeners.push(listener));
  } finally {
    signal.removeEventListener('abort', abort);
  }
}

function firstName(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export interface HandshakeResult {
  protocol: string;
  cipher: string;
  certificate: { subject: string; issuer: string; validTo: string };
}

/** One TLS handshake, then close: how the endpoint answers a given TLS version range. */
export function tlsHandshake(
  target: Target,
  range: TlsVersionRange,
  limits: Limits,
): Promise<HandshakeResult> {
  return raceWithSignal(limits.signal, (onAbort) => {
    return new Promise<HandshakeResult>((resolve, reject) => {
      const socket: TLSSocket = tlsConnect(tlsOptions(target, range));
      const timer = setTimeout(
        () => socket.destroy(new ProbeTimeoutError('connect')),
        limits.connectTimeoutMs,
      );
      onAbort(() => socket.destroy(new ProbeTimeoutError('total')));
      socket.once('secureConnect', () => {
        clearTimeout(timer);
        const cert = socket.getPeerCertificate();
        const cipher = socket.getCipher();
        resolve({
          protocol: socket.getProtocol() ?? 'unknown',
          cipher: cipher.standardName || cipher.name,
          certificate: {
            subject: firstName(cert.subject?.CN),
            issuer: firstName(cert.issuer?.CN ?? cert.issuer?.O),
            validTo: cert.valid_to ?? '',
          },
        });
        socket.end();
        socket.destroy();
      });
      socket.on('error', (error: Error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  });
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** At most `maxBytes` of the body. */
  body: Buffer;
  /** The body was longer than `maxBytes` and was cut off. */
  tooLarge: boolean;
}

/** One GET over a fresh connection to the vetted address. Redirects are returned, never followed. */
export function httpsGet(
  target: Target,
  range: TlsVersionRange,
  path: string,
  headers: Record<string, string>,
  limits: Limits & { maxBytes: number },
): Promise<HttpResponse> {
  return raceWithSignal(limits.signal, (onAbort) => {
    return new Promise<HttpResponse>((resolve, reject) => {
      const request = httpsRequest({
        ...tlsOptions(target, range),
        method: 'GET',
        path,
        headers: { ...headers, Host: target.hostHeader },
        agent: false,
      });
      const timer = setTimeout(
        () => request.destroy(new ProbeTimeoutError('connect')),
        limits.connectTimeoutMs,
      );
      onAbort(() => request.destroy(new ProbeTimeoutError('total')));
      request.once('socket', (socket) => socket.once('secureConnect', () => clearTimeout(timer)));
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        let received = 0;
        let tooLarge = false;
        const finish = (): void => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            tooLarge,
          });
        };
        response.on('data', (chunk: Buffer) => {
          const room = limits.maxBytes - received;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, Math.max(0, room)));
            received = limits.maxBytes;
            tooLarge = true;
            finish();
            request.destroy();
            return;
          }
          chunks.push(chunk);
          received += chunk.length;
        });
        response.once('end', finish);
        response.on('error', (error) => {
          if (!tooLarge) reject(error);
        });
        // A connection that closes mid-body without an error event is a reset too.
        response.once('close', () => {
          if (!response.complete && !tooLarge)
            reject(Object.assign(new Error('response closed early'), { code: 'ECONNRESET' }));
        });
      });
      request.end();
    });
  });
}
