// The drill's samples folded into what an operator asks: per phase, how many requests, which
// answers, how fast; and whether anything but a good answer or, while Neo4j was down, a quick 503
// reached a client.
import { percentile } from '../measure';

/** before: Neo4j up; down: from the kill (requests in flight at it included) to the first good answer; after: from then on. */
export type Phase = 'before' | 'down' | 'after';

export interface Sample {
  readonly phase: Phase;
  /** The HTTP status; 0 when the connection itself failed. */
  readonly status: number;
  readonly ms: number;
  /** When it ended, ms from the start of the load. */
  readonly at: number;
}

export interface Latency { p50: number; p95: number; max: number }

export interface PhaseSummary {
  phase: Phase;
  requests: number;
  seconds: number;
  perSecond: number;
  statuses: Record<string, number>;
  /** Anything but a 200, or the outage's own 503 while down (other 5xx, 4xx, failed connections). */
  unexpected: number;
  ok: Latency | null;
  unavailable: Latency | null;
}

export interface Drill {
  clients: number;
  killToFirstGoodMs: number | null;
  restarts: number;
  countsBefore: unknown;
  countsAfter: unknown;
  loadAverage: number;
  metrics: string[];
  phases: PhaseSummary[];
}

/** Nearest-rank percentiles, as the rest of bench/ reports them (measure.ts). */
export function latency(ms: readonly number[]): Latency | null {
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0 };
}

function summarisePhase(phase: Phase, samples: readonly Sample[]): PhaseSummary {
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[String(s.status)] = (statuses[String(s.status)] ?? 0) + 1;
  const ats = samples.map((s) => s.at);
  const seconds = samples.length > 1 ? (Math.max(...ats) - Math.min(...ats)) / 1000 : 0;
  const unexpected = samples.filter((s) => s.status !== 200 && !(s.status === 503 && phase === 'down')).length;
  return {
    phase,
    requests: samples.length,
    seconds,
    perSecond: seconds > 0 ? samples.length / seconds : 0,
    statuses,
    unexpected,
    ok: latency(samples.filter((s) => s.status === 200).map((s) => s.ms)),
    unavailable: latency(samples.filter((s) => s.status === 503).map((s) => s.ms)),
  };
}

export function summarise(samples: readonly Sample[], rest: Omit<Drill, 'phases'>): Drill {
  const phases = (['before', 'down', 'after'] as const).map((p) => summarisePhase(p, samples.filter((s) => s.phase === p)));
  return { ...rest, phases };
}
