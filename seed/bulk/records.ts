// Seed-format records (what the generator draws and the bulk CSV reader reads) as the versioned
// records of server/revisions, one at a time: the same fields and defaults as toRows followed by
// rowsToRecords (seed/loader), which work on a whole data set at once. tests/unit/bulk-writer.test.ts
// checks that the two agree.
import type { EntityRecord, RelationshipRecord, SourceRecord } from '../../server/revisions';
import { contextId, evidenceId } from '../loader/rows';
import type { LoadedSource, SeedEntity, SeedRelationship } from '../loader/types';

export const sourceRecord = (s: LoadedSource): SourceRecord => ({
  id: s.id, title: s.title, publisher: s.publisher, author: s.author ?? null, publishedOn: s.publishedOn,
  publishedOnBasis: s.publishedOnBasis, publishedOnNote: s.publishedOnNote ?? null, url: s.url ?? null, text: s.text ?? '',
});

export const entityRecord = (e: SeedEntity): EntityRecord => ({
  id: e.id, name: e.name, kind: e.kind, country: e.country ?? null, aliases: e.aliases ?? [], description: e.description ?? null, retired: false,
});

/** `publishedOn`: each source's date by id, which a quote without its own reportedOn takes. */
export function relationshipRecord(r: SeedRelationship, publishedOn: ReadonlyMap<string, string>): RelationshipRecord {
  return {
    id: r.id, type: r.type, from: r.from, to: r.to, status: r.status,
    validFrom: r.validFrom ?? null, validFromBasis: r.validFromBasis ?? null, validTo: r.validTo ?? null, validToBasis: r.validToBasis ?? null,
    datesNote: r.datesNote ?? null, role: r.role ?? null, note: r.note ?? null, retired: false,
    evidence: r.evidence.map((ev, ord) => ({
      id: evidenceId(r.id, ord), source: ev.source, quote: ev.quote, reportedOn: ev.reportedOn ?? publishedOn.get(ev.source) ?? '',
      stance: ev.stance ?? 'SUPPORTS', attributionKind: ev.attribution.kind, attributionName: ev.attribution.name ?? null,
      attributionEntityId: ev.attribution.entity ?? null, marksEnd: ev.marksEnd ?? false, ord,
    })),
    context: (r.context ?? []).map((c, ord) => ({
      id: contextId(r.id, ord), source: c.source, quote: c.quote, reportedOn: c.reportedOn ?? publishedOn.get(c.source) ?? '', ord,
    })),
  };
}
