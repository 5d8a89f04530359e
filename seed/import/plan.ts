// What an import would change: each imported record is new, changed or the same as what the
// database holds (compared in the export's shape, with the loader's defaults applied), and only
// new and changed records are written. That is what makes a second run of the same file a no-op.
import { seedEntity, seedRelationship, seedSource } from '../../server/export';
import type { ExportEntity, ExportRelationship, ExportSource } from '../../server/export';
import type { ContextWriteRow, EntityWriteRow, EvidenceWriteRow, RelationshipWriteRow, Rows, SourceWriteRow } from '../loader/rows';
import type { Located } from './types';
import type { CheckedImport } from './validate';

export interface Changes { created: string[]; changed: string[]; unchanged: number }

export interface ImportPlan {
  sources: Changes;
  entities: Changes;
  relationships: Changes;
  /** Quotes of new and changed relationships that are not stored yet, and stored ones the import drops. */
  quotes: { added: number; removed: number };
  /** The same for their context sentences. */
  context: { added: number; removed: number };
  /** The rows to write: new and changed records only. */
  rows: Rows;
  /** The import file each written record came from, by record kind and id. */
  fileOf: { sources: Map<string, string>; entities: Map<string, string>; relationships: Map<string, string> };
}

const asSource = (r: SourceWriteRow): ExportSource => ({ ...r });
const asEntity = (r: EntityWriteRow): ExportEntity => ({ id: r.id, name: r.name, kind: r.kind, country: r.country, aliases: r.aliases, description: r.description });
const asRelationship = (r: RelationshipWriteRow, evidence: readonly EvidenceWriteRow[], context: readonly ContextWriteRow[]): ExportRelationship => ({
  ...r, fromName: '', toName: '',
  evidence: evidence.map((ev) => ({
    source: ev.source, quote: ev.quote, reportedOn: ev.reportedOn, stance: ev.stance, sourceTitle: '', marksEnd: ev.marksEnd,
    attribution: { kind: ev.attributionKind, name: ev.attributionName, entity: ev.attributionEntityId },
  })),
  context: context.map((c) => ({ source: c.source, quote: c.quote, reportedOn: c.reportedOn, sourceTitle: '' })),
});

/** Rows grouped by their relationship id, in their order (Map.groupBy needs Node 21). */
export function byRel<T extends { relId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.relId);
    if (list) list.push(row);
    else out.set(row.relId, [row]);
  }
  return out;
}

function compare<T extends { id: string }>(items: readonly T[], stored: Map<string, T>, canonical: (x: T) => unknown): { changes: Changes; write: Set<string> } {
  const changes: Changes = { created: [], changed: [], unchanged: 0 };
  for (const item of items) {
    const before = stored.get(item.id);
    if (!before) changes.created.push(item.id);
    else if (JSON.stringify(canonical(before)) !== JSON.stringify(canonical(item))) changes.changed.push(item.id);
    else changes.unchanged += 1;
  }
  return { changes, write: new Set([...changes.created, ...changes.changed]) };
}

const quoteKey = (ev: { source: string; quote: string; reportedOn: string | null; stance: string }): string =>
  JSON.stringify([ev.source, ev.quote, ev.reportedOn, ev.stance]);
const contextKey = (c: { source: string; quote: string; reportedOn: string | null }): string => JSON.stringify([c.source, c.quote, c.reportedOn]);

/** Counts quotes present on one side only, as multisets (the same quote may back a link twice). */
function quoteDiff(before: readonly string[], after: readonly string[]): { added: number; removed: number } {
  const counts = new Map<string, number>();
  for (const k of before) counts.set(k, (counts.get(k) ?? 0) + 1);
  let added = 0;
  for (const k of after) {
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else added += 1;
  }
  return { added, removed: [...counts.values()].reduce((a, b) => a + b, 0) };
}

export function planImport(checked: CheckedImport): ImportPlan {
  const { batch, rows, stored } = checked;
  // Rows of stored records that were only referred to come after the import's own; they are never written.
  const sources = rows.sources.slice(0, batch.sources.length);
  const entities = rows.entities.slice(0, batch.entities.length);
  const evidenceOf = byRel(rows.evidence);
  const contextOf = byRel(rows.context);
  const relationships = rows.relationships.map((r) => asRelationship(r, evidenceOf.get(r.id) ?? [], contextOf.get(r.id) ?? []));

  const s = compare(sources.map(asSource), stored.sources, seedSource);
  const e = compare(entities.map(asEntity), stored.entities, seedEntity);
  const r = compare(relationships, stored.relationships, seedRelationship);
  const quotes = { added: 0, removed: 0 };
  const context = { added: 0, removed: 0 };
  const add = (into: { added: number; removed: number }, d: { added: number; removed: number }): void => {
    into.added += d.added;
    into.removed += d.removed;
  };
  for (const rel of relationships) {
    if (!r.write.has(rel.id)) continue;
    const was = stored.relationships.get(rel.id);
    add(quotes, quoteDiff((was?.evidence ?? []).map(quoteKey), rel.evidence.map(quoteKey)));
    add(context, quoteDiff((was?.context ?? []).map(contextKey), rel.context.map(contextKey)));
  }
  return {
    sources: s.changes, entities: e.changes, relationships: r.changes, quotes, context,
    rows: {
      sources: sources.filter((x) => s.write.has(x.id)),
      entities: entities.filter((x) => e.write.has(x.id)),
      relationships: rows.relationships.filter((x) => r.write.has(x.id)),
      evidence: rows.evidence.filter((x) => r.write.has(x.relId)),
      evidenceCounts: rows.evidenceCounts.filter((x) => r.write.has(x.relId)),
      context: rows.context.filter((x) => r.write.has(x.relId)),
      contextCounts: rows.contextCounts.filter((x) => r.write.has(x.relId)),
    },
    fileOf: { sources: filesOf(batch.sources, sources, s.write), entities: filesOf(batch.entities, entities, e.write), relationships: filesOf(batch.relationships, rows.relationships, r.write) },
  };
}

/** Import records and their rows are in the same order, so the i-th row came from the i-th record's file. */
function filesOf(located: readonly Located[], rows: readonly { id: string }[], written: Set<string>): Map<string, string> {
  return new Map(rows.flatMap((row, i): [string, string][] => {
    const file = located[i]?.origin.file;
    return file !== undefined && written.has(row.id) ? [[row.id, file]] : [];
  }));
}
