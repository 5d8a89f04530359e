// Writes an import plan with the seed loader's own writer (the same MERGE statements, so
// imported and curated data are stored alike), a batch at a time with progress; stamps each
// written record with the import file's name, the time and the editor, and records every change
// in the audit trail (audit.ts).
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { statement } from '../../server/cypher';
import { toPlain } from '../../server/db';
import type { Db, Row } from '../../server/db';
import type { Rows } from '../loader/rows';
import { awaitIndexes, BATCH_SIZE, ensureSchema, writeRows } from '../loader/write';
import type { Run, WriteCounts } from '../loader/write';
import { ensureAuditSchema } from './audit';
import type { AuditTrail } from './audit';
import { diffSnapshots } from './changes';
import { byRel } from './plan';
import type { ImportPlan } from './plan';
import type { Progress } from './progress';
import { readSnapshots } from './snapshot';

const NO_ROWS: Rows = { sources: [], entities: [], relationships: [], evidence: [], evidenceCounts: [], context: [], contextCounts: [] };

/** Batches in the order the writer needs: sources, entities, then relationships with their evidence and context. */
export function* writeBatches(rows: Rows, size: number = BATCH_SIZE): Generator<Rows> {
  for (let i = 0; i < rows.sources.length; i += size) yield { ...NO_ROWS, sources: rows.sources.slice(i, i + size) };
  for (let i = 0; i < rows.entities.length; i += size) yield { ...NO_ROWS, entities: rows.entities.slice(i, i + size) };
  const evidenceOf = byRel(rows.evidence);
  const contextOf = byRel(rows.context);
  const countOf = new Map(rows.evidenceCounts.map((c) => [c.relId, c]));
  const contextCountOf = new Map(rows.contextCounts.map((c) => [c.relId, c]));
  for (let i = 0; i < rows.relationships.length; i += size) {
    const relationships = rows.relationships.slice(i, i + size);
    yield {
      ...NO_ROWS,
      relationships,
      evidence: relationships.flatMap((r) => evidenceOf.get(r.id) ?? []),
      evidenceCounts: relationships.flatMap((r) => countOf.get(r.id) ?? []),
      context: relationships.flatMap((r) => contextOf.get(r.id) ?? []),
      contextCounts: relationships.flatMap((r) => contextCountOf.get(r.id) ?? []),
    };
  }
}

export const recordCount = (rows: Rows): number => rows.sources.length + rows.entities.length + rows.relationships.length;

export interface WriteOptions { at: Date; editor: string; progress: Progress; audit: AuditTrail }

/** A Run on an open transaction, so that the loader's writer joins the batch's transaction. */
const inTransaction = (tx: ManagedTransaction): Run => async (stmt) =>
  (await tx.run(stmt.cypher, stmt.params)).records.map((r) => toPlain(r.toObject()) as Row);

/**
 * Writes the plan a batch at a time. Each batch is one transaction that reads the records'
 * properties, writes and stamps them, reads them again and records what changed, so the audit
 * trail holds a change exactly when the database does.
 */
export async function writePlan(db: Db, plan: ImportPlan, opts: WriteOptions): Promise<WriteCounts> {
  const totals: WriteCounts = { sources: 0, entities: 0, relationships: 0, evidence: 0, staleEvidenceRemoved: 0, context: 0, staleContextRemoved: 0 };
  await ensureAuditSchema(db);
  if (recordCount(plan.rows) === 0) return totals;
  // An empty database has no constraints or search index yet; the loader's schema statements are idempotent.
  await ensureSchema(db);
  const fileName = (file: string | undefined): string => path.basename(file ?? 'import');
  const { progress, audit } = opts;
  progress.start('Writing', recordCount(plan.rows));
  for (const batch of writeBatches(plan.rows)) {
    const { counts, pending } = await db.transaction('WRITE', async (tx) => {
      const run = inTransaction(tx);
      const before = await readSnapshots(run, batch);
      const written = await writeRows(run, batch);
      await run(statement('export/stamp-imported', {
        sources: batch.sources.map((s) => ({ id: s.id, file: fileName(plan.fileOf.sources.get(s.id)) })),
        entities: batch.entities.map((e) => ({ id: e.id, file: fileName(plan.fileOf.entities.get(e.id)) })),
        relationships: batch.relationships.map((r) => ({ id: r.id, from: r.from, file: fileName(plan.fileOf.relationships.get(r.id)) })),
        at: opts.at.toISOString(),
        by: opts.editor,
      }));
      const changes = audit.prepare(diffSnapshots(before, await readSnapshots(run, batch)));
      if (changes.statement) await run(changes.statement);
      return { counts: written, pending: changes };
    });
    pending.commit();
    for (const key of Object.keys(totals) as (keyof WriteCounts)[]) totals[key] += counts[key];
    progress.advance(recordCount(batch));
  }
  progress.finish();
  await awaitIndexes(db);
  return totals;
}
