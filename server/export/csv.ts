// CSV export: one row per relationship and quote, so that each quote keeps its own source and
// date and a spreadsheet can filter on them; a relationship's other columns repeat on each of its
// rows. RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break),
// UTF-8 with a byte-order mark so that spreadsheet programs do not mangle Chinese names.
import type { ExportRelationship, Records } from './types';

export const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'relationship_id', 'from_id', 'from_name', 'to_id', 'to_name', 'type', 'status', 'valid_from', 'valid_to',
  'role', 'note', 'source_id', 'source_title', 'quote', 'reported_on', 'stance',
] as const;

/** One field, quoted only when it has to be. */
export function csvField(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly (string | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function relationshipLines(r: ExportRelationship): string[] {
  const shared = [r.id, r.from, r.fromName, r.to, r.toName, r.type, r.status, r.validFrom, r.validTo, r.role, r.note];
  if (r.evidence.length === 0) return [csvLine([...shared, null, null, null, null, null])];
  return r.evidence.map((ev) => csvLine([...shared, ev.source, ev.sourceTitle, ev.quote, ev.reportedOn, ev.stance]));
}

export async function* csvExport(relationships: Records<ExportRelationship>): AsyncGenerator<string> {
  yield BOM + csvLine(CSV_COLUMNS);
  for await (const r of relationships) yield relationshipLines(r).join('');
}
