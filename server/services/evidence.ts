// The quotes behind relationships, the background sentences kept beside them, the latest date a
// link was reported on, and the paragraph of the article each quote sits in.
import { statement } from '../cypher';
import type { Db, Row } from '../db';
import type { ContextRow, EvidenceRow } from './types';

/** Rows of one statement grouped by relId, in the order asked for (a relationship with none gets []). */
function byRelId<T extends { relId: string }>(relIds: readonly string[], rows: readonly Row[]): T[][] {
  const byRel = new Map<string, T[]>();
  for (const r of rows) {
    const row = r as unknown as T;
    byRel.set(row.relId, [...(byRel.get(row.relId) ?? []), row]);
  }
  return relIds.map((id) => byRel.get(id) ?? []);
}

export async function evidenceByRelIds(db: Db, relIds: readonly string[]): Promise<EvidenceRow[][]> {
  return byRelId<EvidenceRow>(relIds, await db.read(statement('query/evidence/by-rel-ids', { relIds })));
}

export async function contextByRelIds(db: Db, relIds: readonly string[]): Promise<ContextRow[][]> {
  return byRelId<ContextRow>(relIds, await db.read(statement('query/context/by-rel-ids', { relIds })));
}

/** The latest reportedOn of each relationship's SUPPORTS evidence, or null. */
export async function lastReportedByRelIds(db: Db, relIds: readonly string[]): Promise<(string | null)[]> {
  const rows = await db.read(statement('query/evidence/last-reported', { relIds }));
  const byRel = new Map(rows.map((r) => [String(r.relId), typeof r.lastReportedOn === 'string' ? r.lastReportedOn : null]));
  return relIds.map((id) => byRel.get(id) ?? null);
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The paragraph of `text` that holds `quote`, compared modulo runs of white space as the seed
 * loader checks quotes. Falls back to single lines, then to the quote itself.
 */
export function paragraphOf(text: string, quote: string): string {
  const wanted = squash(quote);
  for (const splitter of [/\n\s*\n/, /\n/]) {
    const hit = text.split(splitter).find((p) => squash(p).includes(wanted));
    if (hit !== undefined) return hit.trim();
  }
  return quote;
}
