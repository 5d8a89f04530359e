// The plain data set every export is made from. Records are in the seed's own format (see
// docs/data-model.md), so that a JSON export can be imported again; relationships also carry the
// display names the CSV and GraphML exports show, which the JSON export leaves out.
import type { EntityKind, RelationType, Stance, Status } from '#vocabulary';
import type { FilterParams } from '../translate/filter';

export interface ExportSource {
  id: string;
  title: string;
  publisher: string;
  author: string | null;
  publishedOn: string;
  publishedOnNote: string | null;
  url: string | null;
  /** The article's full text, so that an import can check quotes against it. */
  text: string;
}

export interface ExportEntity {
  id: string;
  name: string;
  kind: EntityKind;
  country: string | null;
  aliases: string[];
  description: string | null;
}

export interface ExportEvidence {
  source: string;
  quote: string;
  reportedOn: string | null;
  stance: Stance;
  /** Display only (CSV, GraphML); not part of the seed format. */
  sourceTitle: string;
}

export interface ExportRelationship {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  status: Status;
  validFrom: string | null;
  validTo: string | null;
  role: string | null;
  note: string | null;
  evidence: ExportEvidence[];
  /** Display only (CSV, GraphML); not part of the seed format. */
  fromName: string;
  toName: string;
}

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
