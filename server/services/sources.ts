// Sources (articles) and the relationships each one backs.
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import { decodeCursor } from '../translate/cursor';
import { once, startEarly, toPage } from './page';
import type { Page, RelationshipRow, SourceRow, SourceSummary } from './types';

export async function sourcesByIds(db: Db, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  const rows = await db.read(statement('query/source/by-ids', { ids }));
  const byId = new Map(rows.map((r) => { const s = r.source as SourceRow; return [s.id, s]; }));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Sources by id without their texts (source(id) when `text` is not selected). */
export async function sourceSummariesByIds(db: Db, ids: readonly string[]): Promise<(SourceSummary | null)[]> {
  const rows = await db.read(statement('query/source/summaries-by-ids', { ids }));
  const byId = new Map(rows.map((r) => { const s = r.source as SourceSummary; return [s.id, s]; }));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Every source without its text (Source.text loads it through the source loader when asked). */
export async function allSources(db: Db): Promise<SourceSummary[]> {
  const rows = await db.read(statement('query/source/all', {}));
  return rows.map((r) => r.source as SourceSummary);
}

/** `countNow`: the caller will read totalCount, so the count starts beside the page instead of after it. */
export async function sourceRelationshipPage(db: Db, id: string, first: number, after: string | null | undefined, countNow = false): Promise<Page> {
  const afterRel = decodeCursor(after, 1)?.[0] ?? '';
  const count = once(async (): Promise<number> => {
    const [row] = await db.read(statement('query/source/relationships-count', { id }));
    return Number(row?.total ?? 0);
  });
  if (countNow) startEarly(count());
  const rows = await db.read(statement('query/source/relationships', { id, after: afterRel, first: int(first + 1) }));
  return toPage(rows.map((r) => r.rel as RelationshipRow), first, (r) => [r.id], count);
}
