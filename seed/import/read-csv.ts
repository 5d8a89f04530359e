// Reads one import CSV into seed-shaped records. What a file holds is told by its header:
// relationships (relationship_id, from_id, …, one quote or context sentence per row), entities (id, name, kind, …) or
// sources (id, title, publisher, …, text). The columns are the vocabulary's CSV_FORMATS
// (#vocabulary/records/import), published as docs/schema/import-csv-*.schema.json and listed in docs/import.md.
import { unguardCell } from '#vocabulary/exchange/csv-cells';
import { ALIAS_SEPARATOR, CONTEXT_FIELDS, CSV_BOOLEANS, CSV_FORMATS, QUOTE_KIND_FIELD } from '#vocabulary/records/import';
import type { CsvFormat } from '#vocabulary/records/import';
import { parseCsv } from './csv-parse';
import type { CsvRecord } from './csv-parse';
import { emptyBatch, importError } from './types';
import type { ImportBatch, ImportError, Located, Origin } from './types';

const detect = (header: readonly string[]): CsvFormat | null => CSV_FORMATS.find((f) => header.includes(f.marker)) ?? null;

const columnOf = (format: CsvFormat, field: string): string | null => {
  const plain = field.replace(/\[\d+\]/g, '');
  return Object.entries(format.columns).find(([, f]) => f === plain)?.[0] ?? null;
};

/** Cells by seed field; empty cells are left out, so that the validator treats them as not given. */
function fieldsOf(format: CsvFormat, header: readonly string[], rec: CsvRecord): Record<string, string> {
  const out: Record<string, string> = {};
  header.forEach((column, i) => {
    const field = format.columns[column];
    // The export guards cells a spreadsheet would run as formulas; take exactly that guard off.
    const value = unguardCell(rec.cells[i] ?? '');
    if (field && value.trim() !== '') out[field] = value;
  });
  return out;
}

function simpleRecords(file: string, format: CsvFormat, header: readonly string[], body: readonly CsvRecord[]): Located[] {
  return body.map((rec) => {
    const fields = fieldsOf(format, header, rec);
    const record: Record<string, unknown> = { ...fields };
    if (fields.aliases !== undefined) record.aliases = fields.aliases.split(ALIAS_SEPARATOR).map((a) => a.trim()).filter(Boolean);
    const origin: Origin = { file, locate: (field) => ({ row: `row ${rec.row}`, column: field === null ? null : columnOf(format, field) }) };
    return { record, origin };
  });
}

/**
 * A row's quote cells as a seed evidence entry: "attribution.kind" goes into an attribution object,
 * a marks_end of true or false becomes a boolean (anything else is left for the schema to refuse).
 */
function quoteOf(cells: Record<string, string>): Record<string, unknown> {
  const quote: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(cells)) {
    if (field.startsWith('attribution.')) {
      quote.attribution = { ...(quote.attribution as object | undefined), [field.slice('attribution.'.length)]: value };
    } else if (field === 'marksEnd') {
      const flag = value.trim().toLowerCase();
      quote.marksEnd = Object.hasOwn(CSV_BOOLEANS, flag) ? CSV_BOOLEANS[flag as keyof typeof CSV_BOOLEANS] : value;
    } else quote[field] = value;
  }
  return quote;
}

/** Rows that share a relationship_id are one relationship; each row adds one quote, or one context sentence (quote_kind CONTEXT). */
function relationshipRecords(file: string, format: CsvFormat, header: readonly string[], body: readonly CsvRecord[], errors: ImportError[]): Located[] {
  interface Group { record: Record<string, unknown>; firstRow: number; fieldRows: Map<string, number>; evidenceRows: number[]; contextRows: number[] }
  const groups: Group[] = [];
  const byId = new Map<string, Group>();
  for (const rec of body) {
    const fields = fieldsOf(format, header, rec);
    const id = fields.id;
    let group = id === undefined ? undefined : byId.get(id);
    if (!group) {
      group = { record: { evidence: [] }, firstRow: rec.row, fieldRows: new Map(), evidenceRows: [], contextRows: [] };
      groups.push(group);
      if (id !== undefined) byId.set(id, group);
    }
    const quoteCells: Record<string, string> = {};
    const kind = (fields[QUOTE_KIND_FIELD] ?? 'EVIDENCE').trim().toUpperCase();
    for (const [field, value] of Object.entries(fields)) {
      if (field === QUOTE_KIND_FIELD) continue;
      if (field.startsWith('evidence.')) {
        quoteCells[field.slice('evidence.'.length)] = value;
        continue;
      }
      const seenAt = group.fieldRows.get(field);
      if (seenAt === undefined) {
        group.record[field] = value;
        group.fieldRows.set(field, rec.row);
      } else if (group.record[field] !== value) {
        errors.push(importError(file, `row ${rec.row}`, columnOf(format, field), `${JSON.stringify(value)} differs from row ${seenAt} (${JSON.stringify(group.record[field])}) for the same relationship_id; leave it empty or repeat it`));
      }
    }
    if (kind === 'CONTEXT') {
      for (const field of Object.keys(quoteCells).filter((f) => !CONTEXT_FIELDS.includes(f))) {
        errors.push(importError(file, `row ${rec.row}`, columnOf(format, `evidence.${field}`), 'a CONTEXT row is a background sentence, not evidence: it has no stance, attribution or end mark; leave it empty'));
      }
      const context = (group.record.context ??= []) as Record<string, unknown>[];
      context.push(quoteOf(quoteCells));
      group.contextRows.push(rec.row);
    } else {
      if (kind !== 'EVIDENCE') errors.push(importError(file, `row ${rec.row}`, columnOf(format, QUOTE_KIND_FIELD), `${JSON.stringify(fields[QUOTE_KIND_FIELD])} is not a quote kind (EVIDENCE, or empty, for a quote; CONTEXT for a background sentence)`));
      (group.record.evidence as Record<string, unknown>[]).push(quoteOf(quoteCells));
      group.evidenceRows.push(rec.row);
    }
  }
  return groups.map((g) => ({
    record: g.record,
    origin: {
      file,
      locate: (field) => {
        if (field === null) return { row: `row ${g.firstRow}`, column: null };
        const quote = /^(evidence|context)\[(\d+)\](?:\.(.*))?$/.exec(field);
        if (quote) {
          const rows = quote[1] === 'context' ? g.contextRows : g.evidenceRows;
          // A missing attribution is a missing attribution_kind.
          const sub = quote[3] === 'attribution' ? 'attribution.kind' : quote[3];
          return { row: `row ${rows[Number(quote[2])] ?? g.firstRow}`, column: sub ? columnOf(format, `evidence.${sub}`) : null };
        }
        if (field === 'evidence') return { row: `row ${g.firstRow}`, column: 'quote' };
        return { row: `row ${g.fieldRows.get(field) ?? g.firstRow}`, column: columnOf(format, field) };
      },
    },
  }));
}

function checkHeader(file: string, format: CsvFormat, header: readonly string[], errors: ImportError[]): void {
  const known = Object.keys(format.columns);
  header.forEach((column, i) => {
    if (!known.includes(column)) errors.push(importError(file, 'row 1', column || `#${i + 1}`, `unknown column for a ${format.kind} file (expected ${known.join(', ')})`));
    else if (header.indexOf(column) !== i) errors.push(importError(file, 'row 1', column, 'appears twice in the header'));
  });
  for (const column of format.required) {
    if (!header.includes(column)) errors.push(importError(file, 'row 1', column, `missing: a ${format.kind} file needs the columns ${format.required.join(', ')}`));
  }
}

/** Reads a CSV import file's text; `file` names it in messages. */
export function readCsvImport(file: string, text: string): ImportBatch {
  const batch = emptyBatch();
  const parsed = parseCsv(text);
  if (parsed.error) {
    batch.errors.push(importError(file, `row ${parsed.error.row}`, null, parsed.error.message));
    return batch;
  }
  const [head, ...rest] = parsed.records;
  const header = (head?.cells ?? []).map((c) => c.trim());
  const format = detect(header);
  if (!format) {
    const markers = CSV_FORMATS.map((f) => `${f.marker} (${f.kind})`).join(', ').replace(/, ([^,]*)$/, ' or $1');
    batch.errors.push(importError(file, 'row 1', null, `cannot tell what this CSV holds: the header needs ${markers}`));
    return batch;
  }
  checkHeader(file, format, header, batch.errors);
  // Spreadsheets often leave blank rows at the end; they carry nothing.
  const body = rest.filter((rec) => rec.cells.some((c) => c.trim() !== ''));
  for (const rec of body) {
    if (rec.cells.length !== header.length) {
      batch.errors.push(importError(file, `row ${rec.row}`, null, `has ${rec.cells.length} cells but the header has ${header.length} columns`));
    }
  }
  if (batch.errors.length > 0) return batch;
  if (format.kind === 'relationships') batch.relationships = relationshipRecords(file, format, header, body, batch.errors);
  else batch[format.kind] = simpleRecords(file, format, header, body);
  return batch;
}
