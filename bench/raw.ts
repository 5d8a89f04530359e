// The floor (issue 12's first peer): the very statements each Linkage request ran, with the same
// parameters, sent straight through neo4j-driver, with no HTTP, GraphQL, limits or shaping in
// between. Each request's statements run one after another in one session, each in a managed read
// transaction like the API's, and every record is read. The API starts some statements of a request
// side by side (its DataLoaders), so a sum of one-after-another times can even exceed the API's.
import { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { TracedStatement } from './recording-db';
import { percentile } from './measure';

export interface RawResult { n: number; errors: number; timeouts: number; firstError: string | null; p50: number; p95: number; max: number; timingsMs: number[] }

/** Where the raw driver runs: the API's own query timeout applies to it too. */
export interface RawTarget { driver: Driver; database: string | undefined; timeoutMs: number }

async function replay(target: RawTarget, trace: readonly TracedStatement[]): Promise<number> {
  const started = performance.now();
  const session = target.driver.session({ database: target.database, defaultAccessMode: 'READ' });
  try {
    for (const stmt of trace) await session.executeRead(async (tx) => (await tx.run(stmt.cypher, stmt.params)).records.length, { timeout: target.timeoutMs });
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

/** Runs each traced request again (the first `warmup` untimed), within the same budget as the API's. */
export async function measureRaw(target: RawTarget, traces: readonly (readonly TracedStatement[])[], warmup: number, budgetMs: number): Promise<RawResult> {
  const started = Date.now();
  const timings: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let firstError: string | null = null;
  for (const [i, trace] of traces.entries()) {
    if (Date.now() - started > budgetMs) break;
    try {
      const ms = await replay(target, trace);
      if (i >= warmup) timings.push(ms);
    } catch (err) {
      errors += 1;
      if (err instanceof Neo4jError && err.code.includes('TransactionTimedOut')) timeouts += 1;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
  }
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    n: sorted.length, errors, timeouts, firstError,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN,
    timingsMs: timings.map((t) => Math.round(t * 10) / 10),
  };
}
