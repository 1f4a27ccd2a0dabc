/**
 * Real HTTPS servers on loopback for testing the connection probe. Every server listens on
 * 127.0.0.1 (or ::1) on a port the OS picks, and stops when you call `close()`.
 *
 * API (stable; the integration tests, the Playwright tests and the benchmark reuse it):
 *
 *   interface TestServer {
 *     url: string            // the SCIM base URL to paste as Tenant URL, e.g. https://127.0.0.1:41234/scim/v2
 *     origin: string         // https://127.0.0.1:41234
 *     host: string; port: number;
 *     requestCount: number   // HTTP requests received so far (the canary: TCP connections)
 *     requests: RecordedRequest[]  // method, path (with query) and headers of each request
 *     maxInFlight: number    // most requests in progress at once (fault servers), e.g. to see concurrency
 *     close(): Promise<void>
 *   }
 *
 *   startScimServer({ ca, token?, host?, certificateHosts? })
 *     A correct SCIM 2.0 endpoint: SCIMMY + scimmy-routers on express, bearer-protected (token
 *     defaults to TEST_TOKEN), with one user (alice@example.com) and no groups. The probe passes.
 *
 *   startFaultServer(behaviour, { ca, token?, host?, certificateHosts?, delayMs?, location?, status?, bodyBytes? })
 *     A plain node:https server that misbehaves in one way (see FAULT_BEHAVIOURS); where the
 *     behaviour does not say otherwise it answers like a correct SCIM endpoint.
 *       unauthorized | forbidden | not-found | method-not-allowed  → 401 | 403 | 404 | 405 on every path
 *       redirect           → 302 to `location` (default https://127.0.0.1:9/login, where nothing listens)
 *       rate-limited       → 429 with Retry-After: 30
 *       server-error       → `status` (default 500) on every path
 *       html               → 200 text/html sign-in page
 *       not-json           → 200 application/scim+json whose body is not JSON
 *       not-scim           → 200 JSON of the wrong shape
 *       filter-ignored     → /Users ignores the filter and lists two users
 *       groups-404         → /Groups is 404, everything else correct
 *       paging-as-text     → /Users lists write totalResults, startIndex and itemsPerPage as text
 *       no-match-404       → a /Users filter that matches nobody answers 404 with a SCIM error
 *                            (Okta accepts it; Entra does not), everything else correct
 *       huge-body          → 200 whose body is `bodyBytes` (default 2 MiB) long
 *       never-answers      → reads the request and never answers
 *       reset              → resets the TCP connection when a request arrives
 *       tls13-only         → refuses TLS 1.2, accepts TLS 1.3
 *       wrong-host-cert    → certificate for wrong-host.example.test (signed by `ca`)
 *       expired-cert       → certificate that expired yesterday (signed by `ca`)
 *       untrusted-cert     → certificate signed by a CA nobody trusts
 *       slow               → correct answers after `delayMs` (default 1000 ms)
 *
 *   startCanaryServer({ host?, port? })
 *     Counts TCP connections on 127.0.0.1 and ::1 (same port, best effort for the second); answers
 *     nothing. The probe's address guard must leave it at requestCount 0.
 *
 *   closedPort(host?)  → a port on loopback where nothing listens (connection refused)
 *   TEST_TOKEN, makeTestToken()  → bearer tokens for the servers
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import {
  createServer as createNetServer,
  type AddressInfo,
  type Server as NetServer,
  type Socket,
} from 'node:net';
import express from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';
import { createTestCa, issueCertificate, type TestKeyPair } from './test-ca';

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface TestServer {
  url: string;
  origin: string;
  host: string;
  port: number;
  readonly requestCount: number;
  readonly requests: readonly RecordedRequest[];
  /** Most requests this server was answering at the same time (fault servers; 0 elsewhere). */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The CA the server's certificate is signed with (the probe must trust it via NODE_EXTRA_CA_CERTS). */
  ca: TestKeyPair;
  /** The bearer token the server accepts. */
  token?: string;
  /** `127.0.0.1` (default) or `::1`. */
  host?: string;
  /** Names in the server certificate (default localhost, 127.0.0.1, ::1). */
  certificateHosts?: readonly string[];
}

export interface FaultOptions extends ServerOptions {
  delayMs?: number;
  location?: string;
  status?: number;
  bodyBytes?: number;
}

export const FAULT_BEHAVIOURS = [
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'redirect',
  'rate-limited',
  'server-error',
  'html',
  'html-without-token',
  'not-json',
  'not-scim',
  'filter-ignored',
  'groups-404',
  'paging-as-text',
  'no-match-404',
  'huge-body',
  'never-answers',
  'reset',
  'tls13-only',
  'wrong-host-cert',
  'expired-cert',
  'untrusted-cert',
  'slow',
] as const;
export type FaultBehaviour = (typeof FAULT_BEHAVIOURS)[number];

/** A bearer token shaped like a real one (48 URL-safe characters). */
export function makeTestToken(): string {
  return `aiq${randomBytes(36).toString('base64url')}`;
}

/** The default token of every test server in this process. */
export const TEST_TOKEN = makeTestToken();

export const SCIM_BASE_PATH = '/scim/v2';

const SCIM_JSON = 'application/scim+json; charset=utf-8';
const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const DAY_MS = 24 * 60 * 60 * 1000;

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Listens on port 0 and builds the TestServer view shared by every kind of server. */
async function listen(
  server: HttpsServer | NetServer,
  host: string,
  requests: RecordedRequest[],
  counter: () => number,
  sockets: Set<Socket>,
  maxInFlight: () => number = () => 0,
): Promise<TestServer> {
  server.listen(0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `https://${hostForUrl(host)}:${port}`;
  return {
    url: `${origin}${SCIM_BASE_PATH}`,
    origin,
    host,
    port,
    get requestCount() {
      return counter();
    },
    get maxInFlight() {
      return maxInFlight();
    },
    requests,
    close: () => closeServer(server, sockets),
  };
}

function trackSockets(server: HttpsServer | NetServer): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

async function closeServer(server: HttpsServer | NetServer, sockets: Set<Socket>): Promise<void> {
  if (!server.listening) return;
  const closed = once(server, 'close');
  server.close();
  for (const socket of sockets) socket.destroy();
  await closed;
}

function record(requests: RecordedRequest[], request: IncomingMessage): void {
  requests.push({
    method: request.method ?? '',
    path: request.url ?? '',
    headers: { ...request.headers },
  });
}

// ---------------------------------------------------------------------------------------------
// The correct endpoint: SCIMMY on express.

/** What the test servers hold per user; SCIMMY needs `id` and `userName`, the rest is free. */
type ScimmyUser = { id: string; userName: string } & Record<string, unknown>;

interface ScimmyContext {
  users: ScimmyUser[];
}

let scimmyDeclared = false;

/** SCIMMY's resource registry is global, so declare it once; each server passes its own data as context. */
function declareScimmyResources(): void {
  if (scimmyDeclared) return;
  scimmyDeclared = true;
  // SCIMMY applies the request's filter with Filter.match, which is typed loosely (any[]).
  SCIMMY.Resources.declare(SCIMMY.Resources.User).egress((resource, context?: ScimmyContext) => {
    const users = context?.users ?? [];
    if (resource.id) return users.filter((user) => user['id'] === resource.id);
    return resource.filter ? (resource.filter.match(users) as typeof users) : users;
  });
  SCIMMY.Resources.declare(SCIMMY.Resources.Group).egress((resource) => {
    const groups: Array<{ id: string; displayName: string } & Record<string, unknown>> = [];
    return resource.filter ? (resource.filter.match(groups) as typeof groups) : groups;
  });
}

export async function startScimServer(options: ServerOptions): Promise<TestServer> {
  declareScimmyResources();
  const token = options.token ?? TEST_TOKEN;
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const context: ScimmyContext = {
    users: [
      {
        id: randomUUID(),
        userName: 'alice@example.com',
        name: { givenName: 'Alice', familyName: 'Example' },
      },
    ],
  };
  const app = express();
  app.use((request, _response, next) => {
    record(requests, request);
    next();
  });
  app.use(
    SCIM_BASE_PATH,
    new SCIMMYRouters({
      type: 'bearer',
      handler: (request) => {
        if (request.header('Authorization') !== `Bearer ${token}`)
          throw new Error('Authorization failed');
        return 'probe-test';
      },
      context: () => context,
    }) as unknown as express.Router,
  );
  const { keyPem, certPem } = issueCertificate(
    options.ca,
    options.certificateHosts ? { hosts: options.certificateHosts } : {},
  );
  const server = createHttpsServer({ key: keyPem, cert: certPem }, app);
  const sockets = trackSockets(server);
  return listen(server, host, requests, () => requests.length, sockets);
}

// ---------------------------------------------------------------------------------------------
// Fault servers: plain node:https.

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': SCIM_JSON,
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

function scimError(
  response: ServerResponse,
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { schemas: [ERROR_SCHEMA], status: String(status), detail }, headers);
}

const SERVICE_PROVIDER_CONFIG = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: 100 },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'OAuth Bearer Token',
      description: 'Bearer token in the Authorization header',
      primary: true,
    },
  ],
  meta: {
    resourceType: 'ServiceProviderConfig',
    location: `${SCIM_BASE_PATH}/ServiceProviderConfig`,
  },
};

function listResponse(resources: unknown[]): Record<string, unknown> {
  return {
    schemas: [LIST_RESPONSE],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

function someUsers(): unknown[] {
  return ['alice@example.com', 'bob@example.com'].map((userName) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: randomUUID(),
    userName,
    active: true,
  }));
}

/** What a correct, minimal SCIM endpoint answers; faults override parts of it. */
function answerCorrectly(request: IncomingMessage, response: ServerResponse, token: string): void {
  const url = new URL(request.url ?? '/', 'https://test.invalid');
  const resource = url.pathname.startsWith(SCIM_BASE_PATH)
    ? url.pathname.slice(SCIM_BASE_PATH.length)
    : undefined;
  const authorized = request.headers.authorization === `Bearer ${token}`;
  if (resource === '/ServiceProviderConfig') {
    if (!authorized) return scimError(response, 401, 'Authorization failed');
    return sendJson(response, 200, SERVICE_PROVIDER_CONFIG);
  }
  if (resource === '/Users' || resource === '/Groups') {
    if (!authorized) return scimError(response, 401, 'Authorization failed');
    return sendJson(response, 200, listResponse([]));
  }
  scimError(response, 404, 'Resource not found');
}

const SIGN_IN_PAGE = `<!doctype html>
<html lang="en"><head><title>Sign in</title></head>
<body><form method="post" action="/login"><label>Email <input name="email"></label><button>Sign in</button></form></body></html>`;

function handleFault(behaviour: FaultBehaviour, options: FaultOptions, token: string) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'https://test.invalid').pathname;
    switch (behaviour) {
      case 'unauthorized':
        return scimError(response, 401, 'Authorization failed', {
          'WWW-Authenticate': 'Bearer realm="scim"',
        });
      case 'forbidden':
        return scimError(response, 403, 'This token may not use the SCIM API');
      case 'not-found':
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return void response.end(`Cannot ${request.method ?? 'GET'} ${path}`);
      case 'method-not-allowed':
        response.writeHead(405, { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' });
        return void response.end('Method Not Allowed');
      case 'redirect':
        response.writeHead(302, { Location: options.location ?? 'https://127.0.0.1:9/login' });
        return void response.end();
      case 'rate-limited':
        return scimError(response, 429, 'Too many requests', { 'Retry-After': '30' });
      case 'server-error':
        return scimError(response, options.status ?? 500, 'Internal error');
      case 'html':
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return void response.end(SIGN_IN_PAGE);
      case 'html-without-token':
        // A sign-in page for anyone without the token (200, not 401); SCIM for Entra, which sends it.
        if (request.headers.authorization !== `Bearer ${token}`) {
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          return void response.end(SIGN_IN_PAGE);
        }
        return answerCorrectly(request, response, token);
      case 'not-json':
        response.writeHead(200, { 'Content-Type': SCIM_JSON });
        return void response.end(
          '{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"], "patch": ',
        );
      case 'not-scim':
        return sendJson(response, 200, { status: 'ok', items: [], message: 'Welcome to the API' });
      case 'filter-ignored':
        if (path.endsWith('/Users')) return sendJson(response, 200, listResponse(someUsers()));
        return answerCorrectly(request, response, token);
      case 'groups-404':
        if (path.endsWith('/Groups'))
          return scimError(response, 404, 'Resource type Groups not found');
        return answerCorrectly(request, response, token);
      case 'paging-as-text':
        if (path.endsWith('/Users'))
          return sendJson(response, 200, {
            schemas: [LIST_RESPONSE],
            totalResults: '0',
            startIndex: '1',
            itemsPerPage: '0',
            Resources: [],
          });
        return answerCorrectly(request, response, token);
      case 'no-match-404':
        if (path.endsWith('/Users') && (request.url ?? '').includes('filter='))
          return scimError(response, 404, 'User not found');
        return answerCorrectly(request, response, token);
      case 'huge-body':
        return streamHugeBody(response, options.bodyBytes ?? 2 * 1024 * 1024);
      case 'never-answers':
        return; // Keep the socket open until the client gives up or the server closes.
      case 'reset':
        return resetConnection(request.socket);
      case 'slow': {
        const timer = setTimeout(
          () => answerCorrectly(request, response, token),
          options.delayMs ?? 1000,
        );
        response.on('close', () => clearTimeout(timer));
        return;
      }
      case 'tls13-only':
      case 'wrong-host-cert':
      case 'expired-cert':
      case 'untrusted-cert':
        return answerCorrectly(request, response, token);
    }
  };
}

/** Sends a TCP RST. The request's socket is the TLS layer; the reset has to go to the TCP socket under it. */
function resetConnection(socket: Socket): void {
  const tcpSocket = (socket as Socket & { _parent?: Socket })._parent ?? socket;
  try {
    tcpSocket.resetAndDestroy();
  } catch {
    socket.destroy();
  }
}

function streamHugeBody(response: ServerResponse, totalBytes: number): void {
  response.writeHead(200, { 'Content-Type': SCIM_JSON });
  const chunk = Buffer.alloc(64 * 1024, 0x20); // Spaces: valid JSON whitespace, so only the size is wrong.
  let sent = 0;
  const writeMore = (): void => {
    while (sent < totalBytes && !response.destroyed) {
      const piece = chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
      sent += piece.length;
      if (!response.write(piece)) {
        response.once('drain', writeMore);
        return;
      }
    }
    if (!response.destroyed) response.end();
  };
  response.write(
    '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],"padding":"',
  );
  writeMore();
}

function certificateFor(
  behaviour: FaultBehaviour,
  ca: TestKeyPair,
  hosts?: readonly string[],
): TestKeyPair {
  switch (behaviour) {
    case 'wrong-host-cert':
      return issueCertificate(ca, { hosts: ['wrong-host.example.test'] });
    case 'expired-cert':
      return issueCertificate(ca, {
        notBefore: new Date(Date.now() - 10 * DAY_MS),
        notAfter: new Date(Date.now() - DAY_MS),
      });
    case 'untrusted-cert':
      return issueCertificate(untrustedCa());
    default:
      return issueCertificate(ca, hosts ? { hosts } : {});
  }
}

let strangerCa: TestKeyPair | undefined;
function untrustedCa(): TestKeyPair {
  strangerCa ??= createTestCa({ commonName: 'Untrusted test CA' });
  return strangerCa;
}

export async function startFaultServer(
  behaviour: FaultBehaviour,
  options: FaultOptions,
): Promise<TestServer> {
  const token = options.token ?? TEST_TOKEN;
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const { keyPem, certPem } = certificateFor(behaviour, options.ca, options.certificateHosts);
  const respond = handleFault(behaviour, options, token);
  let inFlight = 0;
  let peak = 0;
  const server = createHttpsServer(
    {
      key: keyPem,
      cert: certPem,
      ...(behaviour === 'tls13-only' ? { minVersion: 'TLSv1.3' as const } : {}),
    },
    (request, response) => {
      record(requests, request);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      response.once('close', () => (inFlight -= 1));
      respond(request, response);
    },
  );
  // Never-answering requests must not hold the server open past close().
  server.requestTimeout = 0;
  const sockets = trackSockets(server);
  return listen(
    server,
    host,
    requests,
    () => requests.length,
    sockets,
    () => peak,
  );
}

// ---------------------------------------------------------------------------------------------
// The canary: counts every TCP connection on loopback, IPv4 and IPv6, on one port.

export async function startCanaryServer(
  options: { host?: string; port?: number } = {},
): Promise<TestServer> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const servers: NetServer[] = [];
  const makeServer = (): NetServer =>
    createNetServer((socket) => {
      connections += 1;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    });
  const primaryHost = options.host ?? '127.0.0.1';
  const primary = makeServer();
  primary.listen(options.port ?? 0, primaryHost);
  await once(primary, 'listening');
  servers.push(primary);
  const { port } = primary.address() as AddressInfo;
  // Also listen on the other loopback family, same port, when it is free (best effort).
  const otherHost = primaryHost === '::1' ? '127.0.0.1' : '::1';
  const secondary = makeServer();
  const secondaryListening = await new Promise<boolean>((resolve) => {
    secondary.once('error', () => resolve(false));
    secondary.listen(port, otherHost, () => resolve(true));
  });
  if (secondaryListening) servers.push(secondary);
  const origin = `https://${hostForUrl(primaryHost)}:${port}`;
  return {
    url: `${origin}${SCIM_BASE_PATH}`,
    origin,
    host: primaryHost,
    port,
    get requestCount() {
      return connections;
    },
    maxInFlight: 0,
    requests: [],
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(
        servers.map(async (server) => {
          const closed = once(server, 'close');
          server.close();
          await closed;
        }),
      );
    },
  };
}

/** A loopback port where nothing listens: bind, note the port, close. */
export async function closedPort(host = '127.0.0.1'): Promise<number> {
  const server = createNetServer();
  server.listen(0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const closed = once(server, 'close');
  server.close();
  await closed;
  return port;
}
