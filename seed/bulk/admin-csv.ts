// Cells and headers of the CSV files `neo4j-admin database import full` reads. An empty unquoted
// cell is no property at all (what a Cypher SET of null leaves), a quoted "" an empty string;
// lists (and a node's labels) are joined by ARRAY_DELIMITER, a control character no name, alias
// or label may hold (the validator refuses it), so that an alias with ";" stays one alias.
export const ARRAY_DELIMITER = '\u001f';
/** How neo4j-admin is told the delimiter. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

const NEEDS_QUOTES = /[",\r\n]/;

export type Cell = string | number | boolean | null | undefined | readonly string[];

export function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : value.join(ARRAY_DELIMITER);
  if (typeof value !== 'string' && value.length === 0) return '';
  if (text === '' || NEEDS_QUOTES.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** One CSV line (the writer keeps line breaks out of cells: see BulkFiles.deferred). */
export function line(cells: readonly Cell[]): string {
  return `${cells.map(cell).join(',')}\n`;
}

const STAMP = ['version:long', 'revisionId', 'revisedBy', 'revisedAt:datetime'] as const;

/** Each admin file's header: properties as the cypher/seed MERGE statements and the revision stamps store them. */
export const HEADERS = {
  entities: ['id:ID(Entity)', ':LABEL', 'name', 'kind', 'country', 'aliases:string[]', 'description', 'searchKeys:string[]', ...STAMP],
  sources: ['id:ID(Source)', ':LABEL', 'title', 'publisher', 'author', 'publishedOn', 'publishedOnBasis', 'publishedOnNote', 'url', 'text', ...STAMP],
  relationships: [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'id', 'status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote',
    'validFromStart:date', 'validToEnd:date', 'role', 'note', ...STAMP],
  evidence: ['id:ID(Evidence)', ':LABEL', 'relId', 'sourceId', 'fromId', 'quote', 'reportedOn', 'stance', 'attributionKind', 'attributionName', 'attributionEntityId', 'marksEnd:boolean', 'ord:long'],
  context: ['id:ID(Context)', ':LABEL', 'relId', 'fromId', 'quote', 'reportedOn', 'ord:long'],
  evidenceCites: [':START_ID(Evidence)', ':END_ID(Source)', ':TYPE'],
  contextCites: [':START_ID(Context)', ':END_ID(Source)', ':TYPE'],
  revisions: ['id:ID(Revision)', ':LABEL', 'at:datetime', 'authorId', 'action', 'targetKind', 'target', 'version:long', 'after', 'reason', 'importRunId'],
} as const;

export type AdminFile = keyof typeof HEADERS;
export const NODE_FILES: readonly AdminFile[] = ['entities', 'sources', 'evidence', 'context', 'revisions'];
export const RELATIONSHIP_FILES: readonly AdminFile[] = ['relationships', 'evidenceCites', 'contextCites'];
