/**
 * Probes per client address per minute (a sliding window of timestamps per key), and the key for
 * a client address: IPv4 as is, IPv6 by its /64 (one customer network usually owns a whole /64, so
 * rotating through it must not buy more probes).
 */
import ipaddr from 'ipaddr.js';

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the oldest counted probe leaves the window; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(key: string): RateLimitDecision;
}

const WINDOW_MS = 60_000;
/** Upper bound on remembered clients, so a flood of addresses cannot grow memory without end. */
const MAX_KEYS = 10_000;

export function createRateLimiter(
  limitPerMinute: number,
  now: () => number = Date.now,
): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    take(key: string): RateLimitDecision {
      if (limitPerMinute <= 0) return { allowed: true, retryAfterSeconds: 0 };
      const time = now();
      const recent = (hits.get(key) ?? []).filter((stamp) => time - stamp < WINDOW_MS);
      if (recent.length >= limitPerMinute) {
        hits.set(key, recent);
        const oldest = recent[0] ?? time;
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - time) / 1000)),
        };
      }
      recent.push(time);
      hits.delete(key); // Re-insert so Map order is least-recently-used first.
      hits.set(key, recent);
      if (hits.size > MAX_KEYS) {
        const stalest = hits.keys().next().value;
        if (stalest !== undefined) hits.delete(stalest);
      }
      return { allowed: true, retryAfterSeconds: 0 };
    },
  };
}

/** The rate-limit key for a client address; unparsable input is its own key. */
export function clientKey(address: string): string {
  const literal = address.trim().replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.isValid(literal)) return literal;
  const parsed = ipaddr.process(literal); // IPv4-mapped IPv6 becomes plain IPv4.
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const bytes = parsed.toByteArray().slice(0, 8);
  return `${ipaddr.fromByteArray([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]).toString()}/64`;
}
