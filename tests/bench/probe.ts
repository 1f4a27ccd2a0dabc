/**
 * Probe overhead and behaviour under load, against HTTPS SCIM servers on 127.0.0.1 (the same
 * test servers the integration tests use) and the built site's server.
 */
import { request } from 'node:https';
import { connect } from 'node:tls';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { ProbeResponseSchema, type ProbeResponse } from '~/lib/scim/contract';
import { apartmentIq } from '~/config/apartmentiq';
import { startSiteServer, type SiteServer } from '../support/site-server.ts';
import {
  startFaultServer,
  startScimServer,
  TEST_TOKEN,
  type TestServer,
} from '../support/scim-servers.ts';
import { createTestCa, type TestCa } from '../support/test-ca.ts';
import { median } from './report.ts';
import { startLatencyRelay } from './servers.ts';

const PROBE_ENV = {
  SCIM_PROBE_ALLOW_PRIVATE: '1',
  SCIM_PROBE_ALLOWED_HOSTS: '*',
  SCIM_PROBE_RATE_LIMIT: '0',
};

function directGet(url: string, ca: string, token?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        ca,
        agent: false,
        minVersion: 'TLSv1.2',
        maxVersion: 'TLSv1.2',
        headers: {
          Accept: 'application/scim+json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A TLS 1.2 handshake and nothing else: the probe's "connects the way Entra does" check. */
function directHandshake(base: string, ca: string): Promise<void> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(
      {
        host: url.hostname,
        port: Number(url.port || 443),
        ...(isIP(url.hostname) ? {} : { servername: url.hostname }),
        ca,
        minVersion: 'TLSv1.2',
        maxVersion: 'TLSv1.2',
      },
      () => {
        socket.end();
        resolve();
      },
    );
    socket.on('error', reject);
  });
}

/**
 * The probe's network work done directly by one client, in the probe's order: the TLS 1.2
 * handshake check, the anonymous ServiceProviderConfig, then the three authenticated requests at once.
 */
async function directRound(base: string, ca: string): Promise<number> {
  const start = performance.now();
  await directHandshake(base, ca);
  await directGet(`${base}/ServiceProviderConfig`, ca);
  const userFilter = encodeURIComponent(`userName eq "${randomUUID()}"`);
  const groupFilter = encodeURIComponent(`displayName eq "${randomUUID()}"`);
  await Promise.all([
    directGet(`${base}/ServiceProviderConfig`, ca, TEST_TOKEN),
    directGet(`${base}/Users?filter=${userFilter}`, ca, TEST_TOKEN),
    directGet(`${base}/Groups?excludedAttributes=members&filter=${groupFilter}`, ca, TEST_TOKEN),
  ]);
  return performance.now() - start;
}

async function probeRound(
  site: SiteServer,
  tenantUrl: string,
): Promise<{ ms: number; body: ProbeResponse }> {
  const start = performance.now();
  const result = await site.probe({ tenantUrl, token: TEST_TOKEN });
  const ms = performance.now() - start;
  const body = ProbeResponseSchema.parse(result.json);
  return { ms, body };
}

/** Probe vs direct on one endpoint, measured alternately in the same run. */
export interface OverheadRow {
  endpoint: string;
  /** Round-trip delay added on loopback (0: the bare loopback server). */
  rttMs: number;
  rounds: number;
  probeMedianMs: number;
  /** The probe's own `durationMs` (inside the server), to separate route overhead from network work. */
  probeServerMedianMs: number;
  directMedianMs: number;
  ratio: number;
  verdict: string;
}

export interface ProbeOverhead {
  /** The budget (ratio ≤ 1.10) applies to the delayed endpoint: how a user meets the probe. */
  delayed: OverheadRow;
  /** The bare loopback figure beside it: the fixed cost of the hop to the site's server dominates. */
  loopback: OverheadRow;
  slowDelayMs: number;
  slowProbeMedianMs: number;
  slowSequentialSumMs: number;
}

export async function probeOverhead(
  rounds = 21,
  rttMs = 25,
  slowDelayMs = 300,
): Promise<ProbeOverhead> {
  const ca: TestCa = createTestCa();
  const healthy: TestServer = await startScimServer({ ca });
  const relay = await startLatencyRelay(healthy, rttMs);
  const slow: TestServer = await startFaultServer('slow', { ca, delayMs: slowDelayMs });
  const site = await startSiteServer({ caFile: ca.caFile, env: PROBE_ENV });
  const endpoints = [
    {
      endpoint: `loopback + ${rttMs} ms round trip`,
      rttMs,
      url: viaRelay(healthy.url, relay.port),
    },
    { endpoint: 'loopback', rttMs: 0, url: healthy.url },
  ];
  try {
    const times = endpoints.map(() => ({
      probe: [] as number[],
      server: [] as number[],
      direct: [] as number[],
      verdict: '',
    }));
    // Warm every path once (JIT, TLS code), then alternate probe and direct, switching which goes
    // first each round so neither always meets a warmer machine.
    for (const { url } of endpoints) {
      await probeRound(site, url);
      await directRound(url, ca.certPem);
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, { url }] of endpoints.entries()) {
        const into = times[index];
        if (!into) continue;
        const probe = async () => {
          const result = await probeRound(site, url);
          into.verdict = result.body.verdict;
          into.probe.push(result.ms);
          into.server.push(result.body.durationMs);
        };
        const direct = async () => {
          into.direct.push(await directRound(url, ca.certPem));
        };
        for (const step of round % 2 === 0 ? [probe, direct] : [direct, probe]) await step();
      }
    }
    const rows = endpoints.map(({ endpoint, rttMs: delay }, index): OverheadRow => {
      const measured = times[index] ?? { probe: [], server: [], direct: [], verdict: '' };
      return {
        endpoint,
        rttMs: delay,
        rounds,
        probeMedianMs: Number(median(measured.probe).toFixed(1)),
        probeServerMedianMs: Number(median(measured.server).toFixed(1)),
        directMedianMs: Number(median(measured.direct).toFixed(1)),
        ratio: Number((median(measured.probe) / median(measured.direct)).toFixed(2)),
        verdict: measured.verdict,
      };
    });
    const slowTimes: number[] = [];
    for (let round = 0; round < 3; round += 1)
      slowTimes.push((await probeRound(site, slow.url)).ms);
    const [delayed, loopback] = rows;
    if (!delayed || !loopback) throw new Error('probe overhead: an endpoint was not measured');
    return {
      delayed,
      loopback,
      slowDelayMs,
      slowProbeMedianMs: Math.round(median(slowTimes)),
      // Four HTTP requests, each delayed: what a probe that ran them one after another would take at least.
      slowSequentialSumMs: 4 * slowDelayMs,
    };
  } finally {
    await site.close();
    await relay.stop();
    await Promise.all([healthy.close(), slow.close()]);
  }
}

/** The same SCIM base URL, through the latency relay's port. */
function viaRelay(url: string, port: number): string {
  const relayed = new URL(url);
  relayed.port = String(port);
  return relayed.href.replace(/\/$/, '');
}

export interface LoadResult {
  slowProbes: number;
  slowTimeouts: number;
  slowLongestMs: number;
  /** The longest `durationMs` a silent probe reported itself (inside the server). */
  slowLongestServerMs: number;
  probeLimitMs: number;
  healthyProbes: number;
  healthyPassed: number;
  pageSamples: number;
  pageMedianMs: number;
  pageWorstMs: number;
  peakRssMiB: number | undefined;
}

/** 50 probes against an endpoint that never answers plus 50 against a healthy one, all at once. */
export async function probeUnderLoad(count = 50): Promise<LoadResult> {
  const ca = createTestCa();
  const healthy = await startScimServer({ ca });
  const silent = await startFaultServer('never-answers', { ca });
  const site = await startSiteServer({ caFile: ca.caFile, env: PROBE_ENV });
  const limit = apartmentIq.probe.totalTimeoutMs;
  try {
    let loading = true;
    const pageTimes: number[] = [];
    const sampler = (async () => {
      while (loading) {
        const start = performance.now();
        const response = await fetch(`${site.origin}/connect/`);
        await response.arrayBuffer();
        pageTimes.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const timed = async (url: string) => {
      const start = performance.now();
      const result = await site.probe({ tenantUrl: url, token: TEST_TOKEN });
      return { ms: performance.now() - start, body: ProbeResponseSchema.parse(result.json) };
    };
    const [slowResults, healthyResults] = await Promise.all([
      Promise.all(Array.from({ length: count }, () => timed(silent.url))),
      Promise.all(Array.from({ length: count }, () => timed(healthy.url))),
    ]);
    loading = false;
    await sampler;
    return {
      slowProbes: slowResults.length,
      slowTimeouts: slowResults.filter((r) =>
        r.body.checks.some((check) => check.code === 'timeout'),
      ).length,
      slowLongestMs: Math.round(Math.max(...slowResults.map((r) => r.ms))),
      slowLongestServerMs: Math.round(Math.max(...slowResults.map((r) => r.body.durationMs))),
      probeLimitMs: limit,
      healthyProbes: healthyResults.length,
      healthyPassed: healthyResults.filter((r) => r.body.verdict === 'pass').length,
      pageSamples: pageTimes.length,
      pageMedianMs: Number(median(pageTimes).toFixed(1)),
      pageWorstMs: Math.round(Math.max(...pageTimes)),
      peakRssMiB:
        site.peakRssBytes() === undefined
          ? undefined
          : Math.round((site.peakRssBytes() ?? 0) / 2 ** 20),
    };
  } finally {
    await site.close();
    await Promise.all([healthy.close(), silent.close()]);
  }
}
