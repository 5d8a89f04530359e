// Whole-graph counts, from Neo4j's count store, and what the tallies keep (server/tally): the
// entities per kind and the span of dates the links cover. The sources' span comes from the two
// ends of their date index. A database whose tallies are not counted yet (they are on the next
// start or load) is counted by scanning instead, slower but never wrong.
import { statement } from '../cypher';
import type { Db, Run } from '../db';
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import type { EntityKind } from '#vocabulary';
import type { TypeCount } from './types';

export interface Stats {
  entities: number;
  relationships: number;
  sources: number;
  datedRelationships: number;
  linkDates: DateSpan;
  sourceDates: DateSpan;
  byType: TypeCount[];
  byKind: { kind: EntityKind; count: number }[];
}

/** Partial dates as written; both null when nothing is dated. */
export interface DateSpan { from: string | null; to: string | null }

type Row = Record<string, unknown> | undefined;
interface KindCount { kind: EntityKind; count: number }

const spanOf = (row: Row): DateSpan => ({
  from: typeof row?.earliest === 'string' ? row.earliest : null,
  to: typeof row?.latest === 'string' ? row.latest : null,
});

/** The kept figures, or the same figures counted by a scan when the tallies are not ready. */
async function keptOrCounted(run: Run): Promise<{ links: Row; byKind: KindCount[] }> {
  const [kept] = await run(statement('query/stats/kept', {}));
  if (kept?.ready === true) {
    return { links: kept, byKind: (kept.kinds as KindCount[]).map((k) => ({ kind: k.kind, count: Number(k.count) })) };
  }
  const byKind = await run(statement('query/stats/by-kind', { kinds: Object.keys(ENTITY_KINDS) }));
  const [links] = await run(statement('query/stats/link-dates', { types: Object.keys(RELATION_TYPES) }));
  return { links, byKind: byKind.map((r) => ({ kind: r.kind as EntityKind, count: Number(r.count) })) };
}

/** One read transaction, so that the figures agree with each other (and one session, not four). */
export function graphStats(db: Db): Promise<Stats> {
  return db.transaction('READ', async (tx) => {
    const run = db.runner(tx);
    const [totals] = await run(statement('query/stats/totals', {}));
    const byType = await run(statement('query/stats/by-type', {}));
    const { links, byKind } = await keptOrCounted(run);
    const [sources] = await run(statement('query/stats/source-dates', {}));
    return shape(totals, byType, links, byKind, sources);
  });
}

function shape(totals: Row, byType: Record<string, unknown>[], links: Row, byKind: KindCount[], sources: Row): Stats {
  const order = Object.keys(ENTITY_KINDS);
  return {
    entities: Number(totals?.entities ?? 0),
    relationships: Number(totals?.relationships ?? 0),
    sources: Number(totals?.sources ?? 0),
    datedRelationships: Number(links?.dated ?? 0),
    linkDates: spanOf(links),
    sourceDates: spanOf(sources),
    byType: byType.map((r) => r as unknown as TypeCount).filter((t) => t.count > 0),
    byKind: byKind.filter((k) => k.count > 0).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)),
  };
}
