// The plain data set every export is made from. Records are in the seed's own format (see
// docs/data-model.md), so that a JSON export can be imported again; relationships also carry the
// display names the CSV and GraphML exports show, which the JSON export leaves out. Each record
// is the API's read row (server/services/types.ts) renamed where the seed format says otherwise,
// so the fields are declared once.
import type { AttributionRow, EntityRow, EvidenceRow, RelationshipRow, SourceRow } from '../services/types';
import type { FilterParams } from '../translate/filter';

/** A source record; the seed format requires its date. `text` is the article's full text, so that an import can check quotes against it. */
export type ExportSource = Omit<SourceRow, 'publishedOn'> & { publishedOn: string };

/** An entity record; the seed format leaves out the type, which follows from the kind. */
export type ExportEntity = Omit<EntityRow, 'type'>;

/** Who asserts a quote, in the seed format (`entity` is an entity id). */
export type ExportAttribution = Omit<AttributionRow, 'entityId'> & { entity: string | null };

export type ExportEvidence = Pick<EvidenceRow, 'quote' | 'reportedOn' | 'stance' | 'marksEnd'> & {
  /** The source's id, as the seed format names it. */
  source: string;
  attribution: ExportAttribution;
  /** Display only (CSV, GraphML); not part of the seed format. */
  sourceTitle: string;
  /** Display only (GraphML): the source's address, null when none is known; absent where it was not read (an import). */
  sourceUrl?: string | null;
};

/** A background sentence on a link (a (:Context) node): not evidence. */
export type ExportContext = Pick<ExportEvidence, 'source' | 'quote' | 'reportedOn' | 'sourceTitle'>;

/** A relationship record: the read row with its ends named `from` and `to`, as the seed format does. */
export type ExportRelationship = Omit<RelationshipRow, 'fromId' | 'toId'> & {
  from: string;
  to: string;
  evidence: ExportEvidence[];
  context: ExportContext[];
  /** Display only (CSV, GraphML); not part of the seed format. */
  fromName: string;
  toName: string;
};

/** Arrays in tests, batched database reads in the server. */
export type Records<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Each list is read at most once, in id order, and only when the format needs it: the CSV reads
 * relationships only, GraphML entities then relationships, JSON sources, entities, relationships.
 */
export interface ExportData {
  sources: () => Records<ExportSource>;
  entities: () => Records<ExportEntity>;
  relationships: () => Records<ExportRelationship>;
}

/**
 * The LinkFilter of the GraphQL API, as the export routes accept it, after the same translation
 * step (dates as YYYY-MM-DD bounds). No entity is exempt from `kinds` in a whole-graph export.
 */
export type ExportFilter = Omit<FilterParams, 'exempt'>;

export const NO_FILTER: ExportFilter = { types: null, statuses: null, kinds: null, asOf: null, from: null, to: null };

export const isUnfiltered = (f: ExportFilter): boolean => Object.values(f).every((v) => v === null);
