// Kept counts: Tally nodes (cypher/tally/) that the writers move in the same transaction as each
// change (fragments/tally-apply, included by the statements that write entities' kinds, links'
// dates and either's retirement), so that stats read the span of dates and the entities per kind
// from a handful of nodes instead of scanning five million links. Neo4j's count store covers
// labels and types but not a property's values, which is why these are kept by hand.
//
// A database made before tallies, by neo4j-admin's bulk import, or restored from an older backup
// has none: ensureTallies counts them once, from scratch, in one transaction, and marks them
// ready. The same pass gives old Evidence nodes the sourceId that a source's page is read by. Until then stats count by scanning (server/services/stats.ts), so they are never wrong.
import { RELATION_TYPES } from '#vocabulary';
import { applySchema, statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';

/** What a ready database keeps: 1, the tallies; 2, Evidence.sourceId too (cypher/tally/claim). */
export const KEPT_VERSION = 2;
const BACKFILL_BATCH = 10_000;

export interface TallyRebuild { rebuilt: boolean; kinds: number; keys: number; ms: number }

/** Counts the tallies from scratch unless they are already kept; safe to call on every start. */
export async function ensureTallies(db: Db, opts: { evidenceSourced?: boolean } = {}): Promise<TallyRebuild> {
  const started = Date.now();
  await applySchema(db, ['tally/schema']);
  const [claimed] = await db.read(statement('tally/ready', { version: int(KEPT_VERSION) }));
  if (claimed?.ready === true) return { rebuilt: false, kinds: 0, keys: 0, ms: Date.now() - started };
  for (let after = ''; opts.evidenceSourced !== true;) {
    const [batch] = await db.write(statement('tally/backfill-evidence-sources', { after, size: int(BACKFILL_BATCH) }));
    if (Number(batch?.read ?? 0) < BACKFILL_BATCH || typeof batch?.last !== 'string') break;
    after = batch.last;
  }
  const outcome = await db.transaction('WRITE', async (tx) => {
    const run = db.runner(tx);
    const [claim] = await run(statement('tally/claim', { version: int(KEPT_VERSION) }));
    if (claim?.ready === true) return { rebuilt: false, kinds: 0, keys: 0 };
    await run(statement('tally/clear', {}));
    const [kinds] = await run(statement('tally/count-kinds', {}));
    const [links] = await run(statement('tally/count-link-dates', { types: Object.keys(RELATION_TYPES) }));
    await run(statement('tally/mark-ready', { version: int(KEPT_VERSION) }));
    return { rebuilt: true, kinds: Number(kinds?.kinds ?? 0), keys: Number(links?.keys ?? 0) };
  });
  return { ...outcome, ms: Date.now() - started };
}
