// The concurrent run (issue 12): N clients, each sending its next request as soon as its last
// answer is in, for a fixed time, against one GraphQL endpoint, with a mix of questions. It
// reports throughput (answers per second over the whole run) and latency percentiles, overall
// and per kind of question. The clients run in this process, next to the API they load: each
// request costs them a fetch and a JSON parse, which is counted in the latency as a client sees it.
import { percentile, post } from './measure';
import type { Timed } from './measure';

export interface MixItem { kind: string; query: string; variables: Record<string, unknown> }

export interface ConcurrentSettings {
  clients: number;
  durationMs: number;
  /** The i-th request of the run, over all clients (so the mix is the same whoever sends it). */
  next: (i: number) => MixItem;
}

/** One answered request: when it started (ms after the run began) and how long it took. */
export interface ConcurrentSample { kind: string; startMs: number; ms: number; error: string | null }

export interface LatencyStats { n: number; errors: number; p50: number; p95: number; max: number }

export interface ConcurrentSummary extends LatencyStats {
  clients: number;
  durationMs: number;
  /** Answers (errors included) per second of the run. */
  throughput: number;
  byKind: Record<string, LatencyStats>;
  firstError: string | null;
}

function stats(samples: readonly ConcurrentSample[]): LatencyStats {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    n: sorted.length,
    errors: samples.filter((s) => s.error !== null).length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** The figures of a run that lasted `elapsedMs`, from its samples. */
export function summarise(samples: readonly ConcurrentSample[], clients: number, elapsedMs: number): ConcurrentSummary {
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  return {
    clients,
    durationMs: Math.round(elapsedMs),
    throughput: elapsedMs > 0 ? samples.length / (elapsedMs / 1000) : 0,
    ...stats(samples),
    byKind: Object.fromEntries(kinds.map((k) => [k, stats(samples.filter((s) => s.kind === k))])),
    firstError: samples.find((s) => s.error !== null)?.error ?? null,
  };
}

export type Send = (url: string, query: string, variables: Record<string, unknown>) => Promise<Timed>;

/**
 * Runs the clients until the time is up; a request already sent is waited for (bounded by the
 * request timeout in `send`), so the elapsed time is until the last answer came in.
 */
export async function runConcurrent(url: string, settings: ConcurrentSettings, send: Send = post): Promise<ConcurrentSummary> {
  if (settings.clients < 1) throw new Error('at least one client');
  const started = performance.now();
  const deadline = started + settings.durationMs;
  const samples: ConcurrentSample[] = [];
  let issued = 0;
  const client = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const item = settings.next(issued++);
      const startMs = performance.now() - started;
      const t = await send(url, item.query, item.variables);
      samples.push({ kind: item.kind, startMs, ms: t.ms, error: t.error });
    }
  };
  await Promise.all(Array.from({ length: settings.clients }, client));
  return summarise(samples, settings.clients, performance.now() - started);
}
