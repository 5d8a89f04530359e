// Times GraphQL requests over HTTP on loopback, one at a time, as a client sees them: from
// sending the request to having the whole body. Every loop is bounded by a count, a per-request
// timeout and a per-operation budget, so a pathological operation slows the run but never hangs it.

export interface Operation {
  name: string;
  query: string;
  /** Variables of the i-th request (warm-up requests count too), so samples can rotate. */
  variables: (i: number) => Record<string, unknown>;
  /** The p95 this operation should stay under on the reference machine (2 cores). */
  targetMs: number;
}

export interface OpResult {
  name: string;
  targetMs: number;
  n: number;
  errors: number;
  /** Of the errors, how many were timeouts (the API's query timeout or this client's). */
  timeouts: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Mean response size, to tell a slow query from a large answer. */
  meanBytes: number;
  firstError: string | null;
  /** Each timed request in order (request i used the operation's variables(warmup + i)). */
  timingsMs: number[];
  /** True when the budget ran out before all repetitions. */
  cutShort: boolean;
  slow: boolean;
}

export interface MeasureSettings {
  reps: number;
  warmup: number;
  budgetMs: number;
  /** Called around each request (warm-up ones too), e.g. to trace the statements it runs. */
  around?: { before: (i: number) => void; after: (i: number) => void };
}

// Above the API's own 15 s query timeout, so that the API's error, not ours, is what gets reported.
const REQUEST_TIMEOUT_MS = 30_000;
/** How the API words its query timeout (server/db), how Neo4j's reaches @neo4j/graphql's clients, and how fetch reports ours. */
export const isTimeout = (error: string): boolean =>
  error.includes('did not answer in time') || error.includes('has not completed within the timeout') || error.startsWith('TimeoutError');

export interface Timed { ms: number; bytes: number; error: string | null }

/** One request, timed from sending it to having the whole body; a failure is data, never thrown. */
export async function post(url: string, query: string, variables: Record<string, unknown>): Promise<Timed> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    const body = JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: string } }[] };
    const first = body.errors?.[0];
    const error = first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message ?? ''}` : res.ok ? null : `HTTP ${res.status}`;
    return { ms, bytes: text.length, error };
  } catch (err) {
    return { ms: performance.now() - started, bytes: 0, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export async function measure(url: string, op: Operation, settings: MeasureSettings): Promise<OpResult> {
  const started = Date.now();
  const timings: number[] = [];
  let bytes = 0;
  let errors = 0;
  let timeouts = 0;
  let firstError: string | null = null;
  let cutShort = false;
  const total = settings.warmup + settings.reps;
  for (let i = 0; i < total; i++) {
    if (Date.now() - started > settings.budgetMs) {
      cutShort = true;
      break;
    }
    settings.around?.before(i);
    const t = await post(url, op.query, op.variables(i));
    settings.around?.after(i);
    if (t.error !== null) {
      errors += 1;
      if (isTimeout(t.error)) timeouts += 1;
      firstError ??= t.error;
    }
    if (i < settings.warmup) continue;
    timings.push(t.ms);
    bytes += t.bytes;
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  return {
    name: op.name,
    targetMs: op.targetMs,
    n: sorted.length,
    errors,
    timeouts,
    p50: percentile(sorted, 50),
    p95,
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? sorted.reduce((s, v) => s + v, 0) / sorted.length : Number.NaN,
    meanBytes: sorted.length ? Math.round(bytes / sorted.length) : 0,
    timingsMs: timings.map((t) => Math.round(t)),
    firstError,
    cutShort,
    slow: !(p95 <= op.targetMs),
  };
}
