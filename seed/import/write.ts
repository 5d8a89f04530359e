// Writes an import plan with the seed loader's own writer (the same MERGE statements, so
// imported and curated data are stored alike), a batch at a time with progress, then stamps
// each written record with the import file's name and the time.
import path from 'node:path';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import type { Rows } from '../loader/rows';
import { awaitIndexes, BATCH_SIZE, ensureSchema, writeRows } from '../loader/write';
import type { WriteCounts } from '../loader/write';
import type { ImportPlan } from './plan';
import type { Progress } from './progress';

const NO_ROWS: Rows = { sources: [], entities: [], relationships: [], evidence: [], evidenceCounts: [] };

/** Batches in the order the writer needs: sources, entities, then relationships with their evidence. */
export function* writeBatches(rows: Rows, size: number = BATCH_SIZE): Generator<Rows> {
  for (let i = 0; i < rows.sources.length; i += size) yield { ...NO_ROWS, sources: rows.sources.slice(i, i + size) };
  for (let i = 0; i < rows.entities.length; i += size) yield { ...NO_ROWS, entities: rows.entities.slice(i, i + size) };
  const evidenceOf = new Map<string, Rows['evidence']>();
  for (const ev of rows.evidence) {
    const list = evidenceOf.get(ev.relId);
    if (list) list.push(ev);
    else evidenceOf.set(ev.relId, [ev]);
  }
  const countOf = new Map(rows.evidenceCounts.map((c) => [c.relId, c]));
  for (let i = 0; i < rows.relationships.length; i += size) {
    const relationships = rows.relationships.slice(i, i + size);
    yield {
      ...NO_ROWS,
      relationships,
      evidence: relationships.flatMap((r) => evidenceOf.get(r.id) ?? []),
      evidenceCounts: relationships.flatMap((r) => countOf.get(r.id) ?? []),
    };
  }
}

export const recordCount = (rows: Rows): number => rows.sources.length + rows.entities.length + rows.relationships.length;

export async function writePlan(db: Db, plan: ImportPlan, at: Date, progress: Progress): Promise<WriteCounts> {
  const totals: WriteCounts = { sources: 0, entities: 0, relationships: 0, evidence: 0, staleEvidenceRemoved: 0 };
  if (recordCount(plan.rows) === 0) return totals;
  // An empty database has no constraints or search index yet; the loader's schema statements are idempotent.
  await ensureSchema(db);
  const fileName = (file: string | undefined): string => path.basename(file ?? 'import');
  progress.start('Writing', recordCount(plan.rows));
  for (const batch of writeBatches(plan.rows)) {
    const counts = await writeRows((stmt) => db.write(stmt), batch);
    for (const key of Object.keys(totals) as (keyof WriteCounts)[]) totals[key] += counts[key];
    await db.write(statement('export/stamp-imported', {
      sources: batch.sources.map((s) => ({ id: s.id, file: fileName(plan.fileOf.sources.get(s.id)) })),
      entities: batch.entities.map((e) => ({ id: e.id, file: fileName(plan.fileOf.entities.get(e.id)) })),
      relationships: batch.relationships.map((r) => ({ id: r.id, from: r.from, file: fileName(plan.fileOf.relationships.get(r.id)) })),
      at: at.toISOString(),
    }));
    progress.advance(recordCount(batch));
  }
  progress.finish();
  await awaitIndexes(db);
  return totals;
}
