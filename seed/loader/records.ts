// The seed's (and an import's) write rows as the versioned records of server/revisions, so that
// both write through the one revision path and compare with what is stored in the records' JSON.
import type { ContextRecord, EntityRecord, EvidenceRecord, RecordBatch, RelationshipRecord, SourceRecord } from '../../server/revisions';
import type { Rows } from './rows';

function byRelId<T extends { relId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(row.relId, [...(out.get(row.relId) ?? []), row]);
  return out;
}

/** Records from rows (toRows' or an import plan's); evidence and context keep their ids and order. */
export function rowsToRecords(rows: Rows): RecordBatch {
  const evidence = byRelId(rows.evidence);
  const context = byRelId(rows.context);
  return {
    sources: rows.sources.map((s): SourceRecord => ({
      id: s.id, title: s.title, publisher: s.publisher, author: s.author, publishedOn: s.publishedOn,
      publishedOnBasis: s.publishedOnBasis, publishedOnNote: s.publishedOnNote, url: s.url, text: s.text,
    })),
    entities: rows.entities.map((e): EntityRecord => ({
      id: e.id, name: e.name, kind: e.kind, country: e.country, aliases: e.aliases, description: e.description, retired: false,
    })),
    relationships: rows.relationships.map((r): RelationshipRecord => ({
      id: r.id, type: r.type, from: r.from, to: r.to, status: r.status,
      validFrom: r.validFrom, validFromBasis: r.validFromBasis, validTo: r.validTo, validToBasis: r.validToBasis,
      datesNote: r.datesNote, role: r.role, note: r.note, retired: false,
      evidence: (evidence.get(r.id) ?? []).map((e): EvidenceRecord => ({
        id: e.id, source: e.source, quote: e.quote, reportedOn: e.reportedOn, stance: e.stance,
        attributionKind: e.attributionKind, attributionName: e.attributionName, attributionEntityId: e.attributionEntityId,
        marksEnd: e.marksEnd, ord: e.ord,
      })),
      context: (context.get(r.id) ?? []).map((c): ContextRecord => ({ id: c.id, source: c.source, quote: c.quote, reportedOn: c.reportedOn, ord: c.ord })),
    })),
  };
}
