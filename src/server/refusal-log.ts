/**
 * The probe route's log of refused requests: one line per refusal, but at most a few a minute per
 * client, so a client cannot flood the log (issue 12, item 7). Past the cap one line says so, and
 * when that client's minute is over one line says how many were left out.
 */
export interface RefusalLog {
  /** Writes `line` for `client` (its rate-limit key), unless that client is over its cap. */
  write(client: string, line: string): void;
}

const WINDOW_MS = 60_000;
/** Upper bound on remembered clients, so a flood of addresses cannot grow memory without end. */
const MAX_CLIENTS = 10_000;

interface ClientWindow {
  startedAt: number;
  written: number;
  suppressed: number;
}

export function createRefusalLog(
  output: (line: string) => void,
  perMinute: number,
  now: () => number = Date.now,
): RefusalLog {
  const clients = new Map<string, ClientWindow>();
  return {
    write(client, line) {
      const time = now();
      let window = clients.get(client);
      if (window && time - window.startedAt >= WINDOW_MS) {
        if (window.suppressed > 0) {
          output(
            `scim-probe refusal-log suppressed=${window.suppressed} (one client, last minute)`,
          );
        }
        window = undefined;
      }
      window ??= { startedAt: time, written: 0, suppressed: 0 };
      clients.delete(client); // Re-insert: Map order is least recently seen first.
      clients.set(client, window);
      if (clients.size > MAX_CLIENTS) {
        const stalest = clients.keys().next().value;
        if (stalest !== undefined) clients.delete(stalest);
      }
      if (window.written < perMinute) {
        window.written += 1;
        output(line);
        if (window.written === perMinute) {
          output(
            `scim-probe refusal-log cap=${perMinute}/min reached for one client; its further refusals this minute are counted, not logged`,
          );
        }
        return;
      }
      window.suppressed += 1;
    },
  };
}
