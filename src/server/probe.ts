/**
 * The connection probe: tests a SCIM endpoint the way an identity provider does, from this server.
 * This file runs the steps and does the I/O; the requests and their order are a plan
 * (./probe-plan.ts, Entra's Test connection by default), what each result means is the policy
 * (./probe-policy.ts), and every sentence is in the wording (./probe-wording.ts).
 *
 * Steps: field checks → host allowed? → one DNS lookup, every address public? → TLS 1.2 handshake
 * (TLS 1.3 retry to tell `tls-version`) → the plan's requests, stage by stage. Each step is one check
 * in the answer; a step that cannot run because an earlier one failed is reported as `skip` with the
 * earlier step's code.
 *
 * The token goes only into the Authorization header of the requests the plan sends with it. Every
 * text in the answer that came from the endpoint passes through the one secret finder
 * (src/lib/secret), in case it echoes the token in any encoding: such a field is withheld whole.
 * The finished answer passes through it once more, string by string, as the last line of defence.
 */
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import type {
  Capabilities,
  CheckStatus,
  DiagnosticCode,
  Finding,
  ProbeCheck,
  ProbeCheckId,
  ProbeRequest,
  ProbeResponse,
  TranscriptEntry,
} from '~/lib/scim/contract';
import { catalogueEntry, checkTenantUrl, checkToken, maskSecret } from '~/lib/scim';
import { createSecretFinder, withholdEverywhere, type SecretFinder } from '~/lib/secret/finder';
import { trimTrailing } from '~/lib/text/trim';
import { classifyAddress } from './address-guard';
import {
  describeNetworkError,
  errorCodeOf,
  httpsGet,
  systemLookup,
  tlsHandshake,
  TLS_1_2_ONLY,
  TLS_1_2_OR_1_3,
  TLS_1_3_ONLY,
  type HostLookup,
  type NetworkFailure,
  type ResolvedAddress,
  type Target,
  type TlsVersionRange,
} from './network';
import { recordResponse } from './probe-answer';
import { checkIdsOf, ENTRA_PLAN, type PlannedRequest, type ProbePlan } from './probe-plan';
import {
  isNoSuchName,
  judgeField,
  refusedAddress,
  tls12Refused,
  tlsFailureToReport,
  verdictOf,
} from './probe-policy';
import { CHECK_TITLES, say } from './probe-wording';
import { isHostAllowed, type ProbeSettings } from './settings';

export interface ProbeDependencies {
  /** DNS lookup; tests replace it to simulate a failing resolver without sending a packet. */
  lookup?: HostLookup;
}

/** What the server logs about one probe: never the token, never bodies. */
export interface ProbeLogRecord {
  host: string | undefined;
  /** Why a host was refused before any connection (`no-such-name`, `loopback`, `private`…): never an address. */
  dnsNote?: string;
  verdict: ProbeResponse['verdict'];
  checks: Array<{
    id: ProbeCheckId;
    status: CheckStatus;
    code: DiagnosticCode;
    durationMs?: number;
  }>;
  durationMs: number;
}

export interface ProbeOutcome {
  response: ProbeResponse;
  log: ProbeLogRecord;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** One step's result before it becomes a check in the answer. */
interface StepResult {
  status: CheckStatus;
  code: DiagnosticCode;
  message: string;
  findings?: Finding[];
}

function check(id: ProbeCheckId, step: StepResult, extra: Partial<ProbeCheck> = {}): ProbeCheck {
  const fix =
    step.status === 'pass' || step.code === 'ok' ? undefined : catalogueEntry(step.code).fix;
  return {
    id,
    title: CHECK_TITLES[id],
    status: step.status,
    code: step.code,
    message: step.message,
    ...(fix === undefined ? {} : { fix }),
    ...(step.findings && step.findings.length > 0 ? { findings: step.findings } : {}),
    ...extra,
  };
}

function networkStep(failure: NetworkFailure): StepResult {
  return { status: 'fail', code: failure.code, message: failure.detail };
}

/** Runs one probe. Never throws for anything the endpoint does; the answer says what happened. */
export async function runProbe(
  input: ProbeRequest,
  settings: ProbeSettings,
  dependencies: ProbeDependencies = {},
  plan: ProbePlan = ENTRA_PLAN,
): Promise<ProbeOutcome> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const lookup = dependencies.lookup ?? systemLookup;
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), settings.totalTimeoutMs);
  const limits = { connectTimeoutMs: settings.connectTimeoutMs, signal: controller.signal };
  const timeLimits = {
    connectTimeoutMs: settings.connectTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
  };
  const order = checkIdsOf(plan);

  const checks = new Map<ProbeCheckId, ProbeCheck>();
  const transcript: TranscriptEntry[] = [];
  let capabilities: Capabilities | undefined;
  let host: string | undefined;
  /** Why the host was refused, for the server log only (never an address). */
  let dnsNote: string | undefined;
  // The token as sent and as the admin typed it: either may come back, in any encoding.
  const finder = createSecretFinder([input.token, checkToken(input.token).normalized]);

  const skipRest = (because: { code: DiagnosticCode; message: string }): void => {
    for (const id of order) {
      if (!checks.has(id)) {
        checks.set(
          id,
          check(id, { status: 'skip', code: because.code, message: say.skipped(because.message) }),
        );
      }
    }
  };

  try {
    // 1. The two fields, with the library's rules.
    const tenant = checkTenantUrl(input.tenantUrl);
    const tokenCheck = checkToken(input.token);
    const tenantOutcome = judgeField(tenant, 'tenant-url');
    const tokenOutcome = judgeField(tokenCheck, 'token');
    const baseUrl = tenant.ok ? safeUrl(tenant.normalized ?? input.tenantUrl.trim()) : undefined;
    // The library accepted a value this server still cannot use: say so rather than guess.
    const unusable = tenantOutcome.status !== 'fail' && (!baseUrl || baseUrl.protocol !== 'https:');
    checks.set(
      'tenant-url',
      check(
        'tenant-url',
        unusable
          ? {
              status: 'fail',
              code: 'not-a-url',
              message: say.notAnHttpsUrl(),
              findings: tenant.findings,
            }
          : {
              ...tenantOutcome,
              message: tenantOutcome.decisive?.message ?? say.tenantUrlPass(tenant.normalized),
            },
      ),
    );
    checks.set(
      'token',
      check('token', {
        ...tokenOutcome,
        message: tokenOutcome.decisive?.message ?? say.tokenPass(),
      }),
    );
    const tenantFailure = checks.get('tenant-url')?.status === 'fail';
    if (tenantFailure || tokenOutcome.status === 'fail' || !baseUrl) {
      const field = tenantFailure ? 'tenant-url' : 'token';
      skipRest({
        code: checks.get(field)?.code ?? tokenOutcome.code,
        message: say.fixFieldFirst(field),
      });
      return finish();
    }
    const token = tokenCheck.normalized ?? input.token.trim();
    const hostname = baseUrl.hostname
      .replace(/^\[(.*)\]$/, '$1')
      .replace(/\.$/, '')
      .toLowerCase();
    host = finder.withhold(hostname);

    // 2. Host allowed? One lookup, and only public addresses.
    const dnsStarted = performance.now();
    const dnsFailed = (step: StepResult, timed: boolean): ProbeOutcome => {
      checks.set(
        'dns',
        check('dns', step, timed ? { durationMs: round(performance.now() - dnsStarted) } : {}),
      );
      skipRest(step);
      return finish();
    };
    if (!isHostAllowed(hostname, settings.allowedHostPatterns)) {
      const message = say.hostNotAllowed(host, settings.allowedHostPatterns);
      return dnsFailed({ status: 'fail', code: 'host-not-allowed', message }, false);
    }
    const unreachable: StepResult = {
      status: 'fail',
      code: 'blocked-address',
      message: say.unreachable(host),
    };
    let addresses: ResolvedAddress[];
    const ipFamily = isIP(hostname);
    if (ipFamily !== 0) {
      addresses = [{ address: hostname, family: ipFamily === 6 ? 6 : 4 }];
    } else {
      try {
        addresses = await withDeadline(lookup(hostname), controller.signal);
        if (addresses.length === 0)
          throw Object.assign(new Error('no addresses'), { code: 'ENODATA' });
      } catch (error) {
        // "No such name" and "a private address" get the same answer (no DNS oracle); the log tells them apart.
        if (isNoSuchName(errorCodeOf(error))) {
          dnsNote = 'no-such-name';
          return dnsFailed(unreachable, true);
        }
        return dnsFailed(networkStep(describeNetworkError(error, host, timeLimits)), true);
      }
    }
    const verdicts = addresses.map((item) => classifyAddress(item.address));
    const refused = refusedAddress(verdicts, settings.allowPrivateAddresses);
    if (refused) {
      // Which kind of address, never which address: the answer says only "not reachable or not allowed".
      dnsNote = refused.kind;
      return dnsFailed(unreachable, true);
    }
    const chosen = addresses[0] as ResolvedAddress;
    checks.set(
      'dns',
      check(
        'dns',
        {
          status: 'pass',
          code: 'ok',
          message: say.resolved({
            host,
            ipLiteral: ipFamily !== 0,
            shown: verdicts.map((item) => item.address).slice(0, 4),
            chosen: chosen.address,
            privateAllowed: verdicts.some((item) => !item.isPublic),
          }),
        },
        { durationMs: round(performance.now() - dnsStarted) },
      ),
    );
    const target: Target = {
      hostname,
      hostHeader: baseUrl.host, // With the port only when it is not 443, as Entra's client sends it.
      address: chosen.address,
      family: chosen.family,
      port: baseUrl.port === '' ? 443 : Number(baseUrl.port),
      hostnameIsIp: ipFamily !== 0,
    };

    // 3. TLS the way Entra connects: 1.2 only; if that fails at the handshake, does 1.3 work?
    const tlsStarted = performance.now();
    const tls = await checkTls(target, limits, timeLimits);
    checks.set(
      'tls',
      check('tls', tls.step, { durationMs: round(performance.now() - tlsStarted) }),
    );
    if (!tls.range) {
      skipRest(tls.step);
      return finish();
    }

    // 4. The plan's requests, stage by stage.
    const context: HttpContext = {
      target,
      range: tls.range,
      settings,
      signal: controller.signal,
      finder,
      transcript,
      origin: baseUrl.origin,
      basePath: trimTrailing(baseUrl.pathname, '/'),
      timeLimits,
      token,
      userAgent: plan.userAgent,
      nonce: randomUUID(),
    };
    for (const stage of plan.stages) {
      const results = await Promise.all(stage.map((planned) => httpCheck(context, planned)));
      for (const result of results) checks.set(result.check.id, result.check);
      // A later stage's ServiceProviderConfig (with the token) says more than an earlier one.
      capabilities = results.find((result) => result.capabilities)?.capabilities ?? capabilities;
      const failure = results.find((result) => result.networkFailure)?.networkFailure;
      if (failure) {
        skipRest(networkStep(failure));
        return finish();
      }
    }
    return finish();
  } finally {
    clearTimeout(deadline);
  }

  function finish(): ProbeOutcome {
    const ordered = order
      .map((id) => checks.get(id))
      .filter((item): item is ProbeCheck => item !== undefined);
    // Transcript entries in check order (the concurrent requests finish in any order).
    transcript.sort((a, b) => order.indexOf(a.checkId) - order.indexOf(b.checkId));
    const durationMs = round(performance.now() - started);
    // Last line of defence: any string anywhere in the answer that still holds the token (e.g. a
    // message naming a host or certificate the admin or the endpoint chose) is withheld whole.
    const response: ProbeResponse = withholdEverywhere(
      {
        verdict: verdictOf(ordered),
        ...(host === undefined ? {} : { host }),
        checks: ordered,
        ...(capabilities === undefined ? {} : { capabilities }),
        transcript,
        startedAt,
        durationMs,
      },
      finder,
    );
    const log: ProbeLogRecord = {
      host,
      ...(dnsNote === undefined ? {} : { dnsNote }),
      verdict: response.verdict,
      checks: ordered.map((item) => ({
        id: item.id,
        status: item.status,
        code: item.code,
        ...(item.durationMs === undefined ? {} : { durationMs: item.durationMs }),
      })),
      durationMs,
    };
    return { response, log };
  }
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function withDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted)
    return Promise.reject(Object.assign(new Error('probe time limit'), { code: 'ETIMEDOUT' }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void =>
      reject(Object.assign(new Error('probe time limit'), { code: 'ETIMEDOUT' }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function checkTls(
  target: Target,
  limits: { connectTimeoutMs: number; signal: AbortSignal },
  timeLimits: { connectTimeoutMs: number; totalTimeoutMs: number },
): Promise<{ step: StepResult; range?: TlsVersionRange }> {
  try {
    const handshake = await tlsHandshake(target, TLS_1_2_ONLY, limits);
    return {
      step: { status: 'pass', code: 'ok', message: say.tls12(handshake, target.hostname) },
      range: TLS_1_2_ONLY,
    };
  } catch (error) {
    const failure = describeNetworkError(error, target.hostname, timeLimits);
    if (!tls12Refused(failure)) return { step: networkStep(failure) };
    try {
      const handshake = await tlsHandshake(target, TLS_1_3_ONLY, limits);
      return {
        step: {
          status: 'warn',
          code: 'tls-version',
          message: say.tls13Only(failure.errorCode ?? failure.code, handshake, target.hostname),
        },
        range: TLS_1_2_OR_1_3,
      };
    } catch (retryError) {
      const retry = describeNetworkError(retryError, target.hostname, timeLimits);
      return { step: networkStep(tlsFailureToReport(failure, retry)) };
    }
  }
}

interface HttpContext {
  target: Target;
  range: TlsVersionRange;
  settings: ProbeSettings;
  signal: AbortSignal;
  finder: SecretFinder;
  transcript: TranscriptEntry[];
  origin: string;
  /** The Tenant URL's path without a trailing slash. */
  basePath: string;
  timeLimits: { connectTimeoutMs: number; totalTimeoutMs: number };
  token: string;
  userAgent: string;
  nonce: string;
}

async function httpCheck(
  context: HttpContext,
  planned: PlannedRequest,
): Promise<{ check: ProbeCheck; capabilities?: Capabilities; networkFailure?: NetworkFailure }> {
  const { settings, finder } = context;
  const path = `${context.basePath}${planned.path(context.nonce)}`;
  const headers: Record<string, string> = {
    Accept: 'application/scim+json',
    'User-Agent': context.userAgent,
    ...(planned.credentials === 'token' ? { Authorization: `Bearer ${context.token}` } : {}),
  };
  const shownHeaders: Record<string, string> = { Host: context.target.hostHeader };
  for (const [name, value] of Object.entries(headers)) {
    shownHeaders[name] = name === 'Authorization' ? `Bearer ${maskSecret(context.token)}` : value;
  }
  const request = { method: 'GET', url: `${context.origin}${path}`, headers: shownHeaders };
  const described = `GET ${path.split('?', 1)[0] ?? path}`;
  const started = performance.now();
  try {
    const response = await httpsGet(context.target, context.range, path, headers, {
      connectTimeoutMs: settings.connectTimeoutMs,
      signal: context.signal,
      maxBytes: settings.maxResponseBytes,
    });
    const durationMs = round(performance.now() - started);
    const { entry, judgement } = recordResponse(planned, request, response, {
      finder,
      transcriptBodyBytes: settings.transcriptBodyBytes,
      durationMs,
      described,
    });
    context.transcript.push(entry);
    return {
      check: check(planned.id, judgement, {
        http: { method: 'GET', path, status: response.status, durationMs },
        durationMs,
      }),
      ...(judgement.capabilities ? { capabilities: judgement.capabilities } : {}),
    };
  } catch (error) {
    const durationMs = round(performance.now() - started);
    const failure = describeNetworkError(error, context.target.hostname, context.timeLimits);
    context.transcript.push({
      checkId: planned.id,
      request,
      error: `${failure.code}: ${failure.detail}`,
      durationMs,
    });
    const step: StepResult = {
      ...networkStep(failure),
      message: say.noAnswer(described, failure.detail),
    };
    return {
      check: check(planned.id, step, { http: { method: 'GET', path, durationMs }, durationMs }),
      networkFailure: failure,
    };
  }
}
