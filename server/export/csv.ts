// CSV export: one row per relationship and quote, so that each quote keeps its own source, date,
// stance and attribution and a spreadsheet can filter on them; then one row per context sentence
// (quote_kind CONTEXT), which fills only the sentence's source, text and date. A relationship's other
// columns repeat on each of its rows. The columns are the import's relationships format
// (CSV_FORMATS in #vocabulary/records/import), in its order, so an exported file imports again.
// RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break), UTF-8 with
// a byte-order mark so that spreadsheet programs do not mangle Chinese names; a cell a spreadsheet
// would run as a formula gets a leading apostrophe, which the import removes (csv-cells.ts).
import { BOM, csvLine } from '#vocabulary/exchange/csv-cells';
import { CSV_FORMATS, QUOTE_KIND_FIELD } from '#vocabulary/records/import';
import type { QuoteKind } from '#vocabulary/records/import';
import type { ExportContext, ExportEvidence, ExportRelationship, Records } from './types';

// The writer of fields and lines is shared with the page's CSV of the visible subgraph.
export { BOM, csvField, csvLine } from '#vocabulary/exchange/csv-cells';

const RELATIONSHIPS_FORMAT = CSV_FORMATS.find((f) => f.kind === 'relationships');
if (!RELATIONSHIPS_FORMAT) throw new Error('#vocabulary/records/import has no relationships CSV format');

/** The import's relationships columns, in its order. */
export const CSV_COLUMNS: readonly string[] = Object.keys(RELATIONSHIPS_FORMAT.columns);

/** One row's quote: a piece of evidence, a context sentence, or none for a link without quotes. */
type RowQuote = { kind: 'EVIDENCE'; ev: ExportEvidence } | { kind: 'CONTEXT'; ev: ExportContext } | null;
type Cell = (r: ExportRelationship, q: RowQuote) => string | null;

const evidence = (q: RowQuote): ExportEvidence | null => (q?.kind === 'EVIDENCE' ? q.ev : null);
const kind = (q: RowQuote): QuoteKind | null => q?.kind ?? null;

/**
 * What each column holds, by the record field the import format maps it to (null: display only).
 * tests/integration/export-serialisers.test.ts checks that every column of the format has one.
 */
export const CELLS: Readonly<Record<string, Cell>> = {
  id: (r) => r.id,
  from: (r) => r.from,
  to: (r) => r.to,
  type: (r) => r.type,
  status: (r) => r.status,
  validFrom: (r) => r.validFrom,
  validFromBasis: (r) => r.validFromBasis,
  validTo: (r) => r.validTo,
  validToBasis: (r) => r.validToBasis,
  datesNote: (r) => r.datesNote,
  role: (r) => r.role,
  note: (r) => r.note,
  [QUOTE_KIND_FIELD]: (_r, q) => kind(q),
  'evidence.source': (_r, q) => q?.ev.source ?? null,
  'evidence.quote': (_r, q) => q?.ev.quote ?? null,
  'evidence.reportedOn': (_r, q) => q?.ev.reportedOn ?? null,
  'evidence.stance': (_r, q) => evidence(q)?.stance ?? null,
  'evidence.attribution.kind': (_r, q) => evidence(q)?.attribution.kind ?? null,
  'evidence.attribution.name': (_r, q) => evidence(q)?.attribution.name ?? null,
  'evidence.attribution.entity': (_r, q) => evidence(q)?.attribution.entity ?? null,
  'evidence.marksEnd': (_r, q) => { const ev = evidence(q); return ev ? String(ev.marksEnd) : null; },
};

/** The display-only columns, by column name. */
export const DISPLAY_CELLS: Readonly<Record<string, Cell>> = {
  from_name: (r) => r.fromName,
  to_name: (r) => r.toName,
  source_title: (_r, q) => q?.ev.sourceTitle ?? null,
};

const cellOf = (column: string): Cell => {
  const field = RELATIONSHIPS_FORMAT.columns[column];
  const cell = field === null || field === undefined ? DISPLAY_CELLS[column] : CELLS[field];
  if (!cell) throw new Error(`server/export/csv.ts has no cell for the import column ${column}`);
  return cell;
};

const COLUMN_CELLS = CSV_COLUMNS.map(cellOf);

function relationshipLines(r: ExportRelationship): string[] {
  const quotes: RowQuote[] = [
    ...r.evidence.map((ev): RowQuote => ({ kind: 'EVIDENCE', ev })),
    ...r.context.map((ev): RowQuote => ({ kind: 'CONTEXT', ev })),
  ];
  return (quotes.length > 0 ? quotes : [null]).map((q) => csvLine(COLUMN_CELLS.map((cell) => cell(r, q))));
}

export async function* csvExport(relationships: Records<ExportRelationship>): AsyncGenerator<string> {
  yield BOM + csvLine(CSV_COLUMNS);
  for await (const r of relationships) yield relationshipLines(r).join('');
}
