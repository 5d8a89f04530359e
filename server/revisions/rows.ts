// Records into the write rows the seed's MERGE statements take (cypher/seed/merge-*.cypher), so
// that an edit, an import and the seed store a record the same way, derived fields included:
// search keys, the type label, day bounds, the evidence's start entity.
import { ENTITY_KINDS, ENTITY_TYPES } from '#vocabulary';
import { endOf, startOf } from '#vocabulary/dates';
import { searchKeys } from '#vocabulary/names';
import type { Rows } from '../../seed/loader/rows';
import type { EntityRecord, RelationshipRecord, SourceRecord } from './records';

export interface RecordBatch { sources: SourceRecord[]; entities: EntityRecord[]; relationships: RelationshipRecord[] }

export const NO_RECORDS: RecordBatch = { sources: [], entities: [], relationships: [] };

/**
 * Rows without the seed's count-based pruning (evidenceCounts, contextCounts): a record's
 * evidence keeps its ids, so what it no longer lists is pruned by id (see write.ts).
 */
export function recordsToRows(batch: RecordBatch): Rows {
  return {
    sources: batch.sources.map((s) => ({ ...s, publishedOn: s.publishedOn ?? '' })),
    entities: batch.entities.map((e) => {
      const label = ENTITY_KINDS[e.kind];
      return {
        id: e.id, name: e.name, kind: e.kind, country: e.country, aliases: e.aliases, description: e.description,
        searchKeys: searchKeys([e.name, ...e.aliases]), label, staleLabels: ENTITY_TYPES.filter((t) => t !== label),
      };
    }),
    relationships: batch.relationships.map((r) => ({
      id: r.id, type: r.type, from: r.from, to: r.to, status: r.status,
      validFrom: r.validFrom, validFromBasis: r.validFromBasis, validTo: r.validTo, validToBasis: r.validToBasis,
      datesNote: r.datesNote, validFromStart: r.validFrom ? startOf(r.validFrom) : null, validToEnd: r.validTo ? endOf(r.validTo) : null,
      role: r.role, note: r.note,
    })),
    evidence: batch.relationships.flatMap((r) => r.evidence.map((e) => ({
      id: e.id, relId: r.id, fromId: r.from, source: e.source, quote: e.quote, reportedOn: e.reportedOn ?? '',
      stance: e.stance, ord: e.ord, attributionKind: e.attributionKind, attributionName: e.attributionName,
      attributionEntityId: e.attributionEntityId, marksEnd: e.marksEnd,
    }))),
    evidenceCounts: [],
    context: batch.relationships.flatMap((r) => r.context.map((c) => ({
      id: c.id, relId: r.id, fromId: r.from, source: c.source, quote: c.quote, reportedOn: c.reportedOn ?? '', ord: c.ord,
    }))),
    contextCounts: [],
  };
}
