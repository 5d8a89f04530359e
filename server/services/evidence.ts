// The quotes behind relationships, and the paragraph of the article each quote sits in.
import { statement } from '../cypher';
import type { Db } from '../db';
import type { EvidenceRow } from './types';

export async function evidenceByRelIds(db: Db, relIds: readonly string[]): Promise<EvidenceRow[][]> {
  const rows = await db.read(statement('query/evidence/by-rel-ids', { relIds }));
  const byRel = new Map<string, EvidenceRow[]>();
  for (const r of rows) {
    const row = r as unknown as EvidenceRow;
    byRel.set(row.relId, [...(byRel.get(row.relId) ?? []), row]);
  }
  return relIds.map((id) => byRel.get(id) ?? []);
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
