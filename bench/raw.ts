// The floor (issue 12's first peer): the very statements each Linkage request ran, with the same
// parameters, sent straight through neo4j-driver, with no HTTP, GraphQL, limits or shaping in
// between. Each request's statements run one after another in one session, each in a managed read
// transaction like the API's, and every record is read. The API starts some statements of a request
// side by side (its DataLoaders), so a sum of one-after-another times can even exceed the API's.
// paths is a search whose next statement depends on the last one's answer (server/services/
// path-search): its query/paths/expand levels are not replayed but searched again, the same
// bidirectional search through the driver (its statements, caps and assembly), so that the floor
// includes what the assembly costs and nothing of HTTP or GraphQL; the request's other statements
// (query/paths/links, the entity reads) are replayed as traced.
import { Neo4jError } from 'neo4j-driver';
import type { Driver, Session } from 'neo4j-driver';
import { searchPaths } from '../server/services/path-search';
import type { LevelRead, LevelRow } from '../server/services/path-search';
import { PATH_CAPS } from '../server/services/paths';
import type { TracedStatement } from './recording-db';
import { percentile } from './measure';

export interface RawResult { n: number; errors: number; timeouts: number; firstError: string | null; p50: number; p95: number; max: number; timingsMs: number[] }

/** Where the raw driver runs: the API's own query timeout applies to it too. */
export interface RawTarget { driver: Driver; database: string | undefined; timeoutMs: number }

/** The ends and bound of a request's paths search (its level statements do not say where it ends). */
export interface RawSearch { from: string; to: string; maxHops: number }

/** The search a request's variables ask for, if it is a paths request. */
export function rawSearchOf(variables: Record<string, unknown>): RawSearch | null {
  const { from, to, maxHops } = variables;
  return typeof from === 'string' && typeof to === 'string' && typeof maxHops === 'number' ? { from, to, maxHops } : null;
}

const PATH_LEVEL = 'query/paths/expand';

/** The paths search again, each level a managed read transaction in the request's session. */
async function search(session: Session, target: RawTarget, level: TracedStatement, ends: RawSearch): Promise<void> {
  const read = async ({ frontier, targets }: LevelRead): Promise<LevelRow[]> => session.executeRead(async (tx) =>
    (await tx.run(level.cypher, { ...level.params, frontier, targets })).records.map((r) => r.toObject() as unknown as LevelRow), { timeout: target.timeoutMs });
  // first only cuts the ranked answer; the search's work is the same for any.
  await searchPaths(read, { ...ends, first: 10 }, PATH_CAPS);
}

async function replay(target: RawTarget, trace: readonly TracedStatement[], ends: RawSearch | null): Promise<number> {
  const started = performance.now();
  const session = target.driver.session({ database: target.database, defaultAccessMode: 'READ' });
  try {
    let searched = false;
    for (const stmt of trace) {
      if (ends !== null && stmt.name === PATH_LEVEL) {
        if (!searched) await search(session, target, stmt, ends);
        searched = true;
        continue;
      }
      await session.executeRead(async (tx) => (await tx.run(stmt.cypher, stmt.params)).records.length, { timeout: target.timeoutMs });
    }
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

/**
 * Runs each traced request again (the first `warmup` untimed), within the same budget as the API's;
 * `searches[i]` is the i-th request's paths search, if it made one.
 */
export async function measureRaw(target: RawTarget, traces: readonly (readonly TracedStatement[])[], warmup: number, budgetMs: number, searches: readonly (RawSearch | null)[] = []): Promise<RawResult> {
  const started = Date.now();
  const timings: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let firstError: string | null = null;
  for (const [i, trace] of traces.entries()) {
    if (Date.now() - started > budgetMs) break;
    try {
      const ms = await replay(target, trace, searches[i] ?? null);
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
