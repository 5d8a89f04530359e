// Turns a validated data set into the parameter rows the seed statements UNWIND. Everything the
// database stores but the curators do not write (labels, search keys, day bounds, defaults, evidence
// ids) is derived here, in one pure function that unit tests can look at.
import { ENTITY_KINDS, ENTITY_TYPES } from '#vocabulary';
import type { EntityType } from '#vocabulary';
import { endOf, startOf } from '#vocabulary/dates';
import { searchKeys } from '#vocabulary/names';
import type { ExportContext, ExportEntity, ExportEvidence, ExportRelationship, ExportSource } from '../../server/export/types';
import type { Dataset } from './types';

// The write rows, one per statement in cypher/seed/. Each is the record as an export reads it
// back (server/export/types.ts, itself the read rows in the seed's format) plus what only the
// storage needs, so a field added to a record is added once.

/** A source as stored: exactly the exported record. */
export type SourceWriteRow = ExportSource;

export type EntityWriteRow = ExportEntity & {
  searchKeys: string[];
  /** The entity-type label, and the other type labels to remove in case the kind changed. */
  label: EntityType; staleLabels: EntityType[];
};

export type RelationshipWriteRow = Omit<ExportRelationship, 'evidence' | 'context' | 'fromName' | 'toName'> & {
  /** YYYY-MM-DD strings, turned into Neo4j dates by the statement. */
  validFromStart: string | null; validToEnd: string | null;
};

/**
 * One Evidence node; reportedOn falls back to the source's date, so it is always set. The
 * attribution is stored flat (a node property cannot hold a map), under the names the rows keep.
 */
export type EvidenceWriteRow = Omit<ExportEvidence, 'sourceTitle' | 'reportedOn' | 'attribution'> & {
  id: string; relId: string; fromId: string; reportedOn: string; ord: number;
  attributionKind: ExportEvidence['attribution']['kind'];
  attributionName: string | null;
  attributionEntityId: string | null;
};

/** One Context node (a background sentence, not evidence); reportedOn falls back like evidence's. */
export type ContextWriteRow = Omit<ExportContext, 'sourceTitle' | 'reportedOn'> & {
  id: string; relId: string; fromId: string; reportedOn: string; ord: number;
};

/** How many evidence entries (or context sentences) a relationship has now; older ones past this count are stale. */
export interface EvidenceCountWriteRow { relId: string; count: number }

/** Everything one load or import batch writes. */
export interface Rows {
  sources: SourceWriteRow[];
  entities: EntityWriteRow[];
  relationships: RelationshipWriteRow[];
  evidence: EvidenceWriteRow[];
  evidenceCounts: EvidenceCountWriteRow[];
  context: ContextWriteRow[];
  contextCounts: EvidenceCountWriteRow[];
}

/** The id of a relationship's i-th evidence entry; stable as long as the order in the file is. */
export const evidenceId = (relId: string, index: number): string => `${relId}#${index}`;

/** The id of a relationship's i-th context sentence ("~", not "#": never taken for evidence). */
export const contextId = (relId: string, index: number): string => `${relId}~${index}`;

/** Rows for a data set that validateDataset accepted. */
export function toRows(dataset: Dataset): Rows {
  const publishedOn = new Map(dataset.sources.map((s) => [s.id, s.publishedOn]));
  return {
    sources: dataset.sources.map((s) => ({
      id: s.id, title: s.title, publisher: s.publisher, author: s.author ?? null, publishedOn: s.publishedOn,
      publishedOnBasis: s.publishedOnBasis, publishedOnNote: s.publishedOnNote ?? null, url: s.url ?? null, text: s.text ?? '',
    })),
    entities: dataset.entities.map((e) => {
      const aliases = e.aliases ?? [];
      const label = ENTITY_KINDS[e.kind];
      return {
        id: e.id, name: e.name, kind: e.kind, country: e.country ?? null, aliases, description: e.description ?? null,
        searchKeys: searchKeys([e.name, ...aliases]), label, staleLabels: ENTITY_TYPES.filter((t) => t !== label),
      };
    }),
    relationships: dataset.relationships.map((r) => ({
      id: r.id, type: r.type, from: r.from, to: r.to, status: r.status,
      validFrom: r.validFrom ?? null, validFromBasis: r.validFromBasis ?? null,
      validTo: r.validTo ?? null, validToBasis: r.validToBasis ?? null, datesNote: r.datesNote ?? null,
      validFromStart: r.validFrom ? startOf(r.validFrom) : null, validToEnd: r.validTo ? endOf(r.validTo) : null,
      role: r.role ?? null, note: r.note ?? null,
    })),
    evidence: dataset.relationships.flatMap((r) => r.evidence.map((ev, ord) => ({
      id: evidenceId(r.id, ord), relId: r.id, fromId: r.from, source: ev.source, quote: ev.quote,
      reportedOn: ev.reportedOn ?? publishedOn.get(ev.source) ?? '', stance: ev.stance ?? 'SUPPORTS', ord,
      attributionKind: ev.attribution.kind, attributionName: ev.attribution.name ?? null, attributionEntityId: ev.attribution.entity ?? null,
      marksEnd: ev.marksEnd ?? false,
    }))),
    evidenceCounts: dataset.relationships.map((r) => ({ relId: r.id, count: r.evidence.length })),
    context: dataset.relationships.flatMap((r) => (r.context ?? []).map((c, ord) => ({
      id: contextId(r.id, ord), relId: r.id, fromId: r.from, source: c.source, quote: c.quote,
      reportedOn: c.reportedOn ?? publishedOn.get(c.source) ?? '', ord,
    }))),
    contextCounts: dataset.relationships.map((r) => ({ relId: r.id, count: r.context?.length ?? 0 })),
  };
}
