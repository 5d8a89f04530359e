// The import's file formats (docs/import.md): a JSON file with the three record lists, and three
// CSV files told apart by their header, whose columns map onto the same records' fields.
import type { SeedEntity, SeedRelationship, SeedSource } from './seed';

/** A source as an import carries it: the article's text itself instead of a file name. */
export interface ImportSource extends Omit<SeedSource, 'file'> {
  text: string;
}

/** The JSON import file, also what /export/graph.json writes. `$schema` lets editors validate it. */
export interface ImportFile {
  $schema?: string;
  sources?: ImportSource[];
  entities?: SeedEntity[];
  relationships?: SeedRelationship[];
}

export const IMPORT_LISTS = ['sources', 'entities', 'relationships'] as const;
export type ImportList = (typeof IMPORT_LISTS)[number];

export interface CsvFormat {
  kind: ImportList;
  /**
   * The record field each column fills ("evidence.quote" for a quote's, "evidence.attribution.kind"
   * for its attribution's kind); null for a column read by people only. QUOTE_KIND_FIELD says
   * whether a relationships row is a quote (evidence) or a context sentence.
   */
  columns: Record<string, string | null>;
  required: readonly string[];
  /** The header column that tells this format apart from the other two. */
  marker: string;
}

/**
 * The relationships CSV's quote_kind column: a row is one of the link's quotes (EVIDENCE, also
 * when the cell is empty) or one of its context sentences (CONTEXT: background, not evidence,
 * which fills only source_id, quote and reported_on).
 */
export const QUOTE_KIND_FIELD = 'quoteKind';
export const QUOTE_KINDS = ['EVIDENCE', 'CONTEXT'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** The evidence fields a CONTEXT row may fill; the others (stance, attribution, marks end) are evidence's only. */
export const CONTEXT_FIELDS: readonly string[] = ['source', 'quote', 'reportedOn'];

/** How a marks_end cell says yes or no. */
export const CSV_BOOLEANS = { true: true, false: false } as const;

/** In the order a header is recognised: the first format whose marker column the header has. */
export const CSV_FORMATS: readonly CsvFormat[] = [
  {
    kind: 'relationships',
    marker: 'relationship_id',
    columns: {
      relationship_id: 'id', from_id: 'from', from_name: null, to_id: 'to', to_name: null, type: 'type', status: 'status',
      valid_from: 'validFrom', valid_from_basis: 'validFromBasis', valid_to: 'validTo', valid_to_basis: 'validToBasis', dates_note: 'datesNote',
      role: 'role', note: 'note',
      quote_kind: QUOTE_KIND_FIELD, source_id: 'evidence.source', source_title: null, quote: 'evidence.quote', reported_on: 'evidence.reportedOn',
      stance: 'evidence.stance', attribution_kind: 'evidence.attribution.kind', attribution_name: 'evidence.attribution.name',
      attribution_entity: 'evidence.attribution.entity', marks_end: 'evidence.marksEnd',
    },
    required: ['relationship_id', 'from_id', 'to_id', 'type', 'status', 'source_id', 'quote', 'attribution_kind'],
  },
  {
    kind: 'sources',
    marker: 'publisher',
    columns: {
      id: 'id', title: 'title', publisher: 'publisher', author: 'author', published_on: 'publishedOn',
      published_on_basis: 'publishedOnBasis', published_on_note: 'publishedOnNote', url: 'url', text: 'text',
    },
    required: ['id', 'title', 'publisher', 'published_on', 'published_on_basis', 'text'],
  },
  {
    kind: 'entities',
    marker: 'kind',
    columns: { id: 'id', name: 'name', kind: 'kind', country: 'country', aliases: 'aliases', description: 'description' },
    required: ['id', 'name', 'kind'],
  },
];

/** Aliases share one CSV cell, separated by "|" (a character names do not use). */
export const ALIAS_SEPARATOR = '|';
