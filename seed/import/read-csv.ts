// Reads one import CSV into seed-shaped records. What a file holds is told by its header:
// relationships (relationship_id, from_id, …, one quote per row), entities (id, name, kind, …) or
// sources (id, title, publisher, …, text). Columns are listed in docs/import.md.
import { parseCsv } from './csv-parse';
import type { CsvRecord } from './csv-parse';
import { emptyBatch } from './types';
import type { ImportBatch, ImportError, Located, Origin } from './types';

interface CsvFormat {
  kind: 'entities' | 'sources' | 'relationships';
  /** Seed field for each column; null marks a column read for people only (e.g. from_name). */
  columns: Record<string, string | null>;
  required: string[];
}

export const CSV_FORMATS: readonly CsvFormat[] = [
  {
    kind: 'relationships',
    columns: {
      relationship_id: 'id', from_id: 'from', from_name: null, to_id: 'to', to_name: null, type: 'type', status: 'status',
      valid_from: 'validFrom', valid_to: 'validTo', role: 'role', note: 'note',
      source_id: 'evidence.source', source_title: null, quote: 'evidence.quote', reported_on: 'evidence.reportedOn', stance: 'evidence.stance',
    },
    required: ['relationship_id', 'from_id', 'to_id', 'type', 'status', 'source_id', 'quote'],
  },
  {
    kind: 'sources',
    columns: {
      id: 'id', title: 'title', publisher: 'publisher', author: 'author', published_on: 'publishedOn',
      published_on_note: 'publishedOnNote', url: 'url', text: 'text',
    },
    required: ['id', 'title', 'publisher', 'published_on', 'text'],
  },
  {
    kind: 'entities',
    columns: { id: 'id', name: 'name', kind: 'kind', country: 'country', aliases: 'aliases', description: 'description' },
    required: ['id', 'name', 'kind'],
  },
];

/** Aliases share one cell, separated by "|" (a character names do not use). */
export const ALIAS_SEPARATOR = '|';

function detect(header: readonly string[]): CsvFormat | null {
  if (header.includes('relationship_id')) return CSV_FORMATS[0] ?? null;
  if (header.includes('publisher')) return CSV_FORMATS[1] ?? null;
  if (header.includes('kind')) return CSV_FORMATS[2] ?? null;
  return null;
}

const columnOf = (format: CsvFormat, field: string): string | null => {
  const plain = field.replace(/\[\d+\]/g, '');
  return Object.entries(format.columns).find(([, f]) => f === plain)?.[0] ?? null;
};

/** Cells by seed field; empty cells are left out, so that the validator treats them as not given. */
function fieldsOf(format: CsvFormat, header: readonly string[], rec: CsvRecord): Record<string, string> {
  const out: Record<string, string> = {};
  header.forEach((column, i) => {
    const field = format.columns[column];
    const value = rec.cells[i] ?? '';
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

/** Rows that share a relationship_id are one relationship; each row adds one quote. */
function relationshipRecords(file: string, format: CsvFormat, header: readonly string[], body: readonly CsvRecord[], errors: ImportError[]): Located[] {
  interface Group { record: Record<string, unknown>; firstRow: number; fieldRows: Map<string, number>; evidenceRows: number[] }
  const groups: Group[] = [];
  const byId = new Map<string, Group>();
  for (const rec of body) {
    const fields = fieldsOf(format, header, rec);
    const id = fields.id;
    let group = id === undefined ? undefined : byId.get(id);
    if (!group) {
      group = { record: { evidence: [] }, firstRow: rec.row, fieldRows: new Map(), evidenceRows: [] };
      groups.push(group);
      if (id !== undefined) byId.set(id, group);
    }
    const evidence: Record<string, string> = {};
    for (const [field, value] of Object.entries(fields)) {
      if (field.startsWith('evidence.')) {
        evidence[field.slice('evidence.'.length)] = value;
        continue;
      }
      const seenAt = group.fieldRows.get(field);
      if (seenAt === undefined) {
        group.record[field] = value;
        group.fieldRows.set(field, rec.row);
      } else if (group.record[field] !== value) {
        errors.push({ file, row: `row ${rec.row}`, column: columnOf(format, field), message: `${JSON.stringify(value)} differs from row ${seenAt} (${JSON.stringify(group.record[field])}) for the same relationship_id; leave it empty or repeat it` });
      }
    }
    (group.record.evidence as Record<string, string>[]).push(evidence);
    group.evidenceRows.push(rec.row);
  }
  return groups.map((g) => ({
    record: g.record,
    origin: {
      file,
      locate: (field) => {
        if (field === null) return { row: `row ${g.firstRow}`, column: null };
        const ev = /^evidence\[(\d+)\](?:\.(.*))?$/.exec(field);
        if (ev) return { row: `row ${g.evidenceRows[Number(ev[1])] ?? g.firstRow}`, column: ev[2] ? columnOf(format, `evidence.${ev[2]}`) : null };
        if (field === 'evidence') return { row: `row ${g.firstRow}`, column: 'quote' };
        return { row: `row ${g.fieldRows.get(field) ?? g.firstRow}`, column: columnOf(format, field) };
      },
    },
  }));
}

function checkHeader(file: string, format: CsvFormat, header: readonly string[], errors: ImportError[]): void {
  const known = Object.keys(format.columns);
  header.forEach((column, i) => {
    if (!known.includes(column)) errors.push({ file, row: 'row 1', column: column || `#${i + 1}`, message: `unknown column for a ${format.kind} file (expected ${known.join(', ')})` });
    else if (header.indexOf(column) !== i) errors.push({ file, row: 'row 1', column, message: 'appears twice in the header' });
  });
  for (const column of format.required) {
    if (!header.includes(column)) errors.push({ file, row: 'row 1', column, message: `missing: a ${format.kind} file needs the columns ${format.required.join(', ')}` });
  }
}

/** Reads a CSV import file's text; `file` names it in messages. */
export function readCsvImport(file: string, text: string): ImportBatch {
  const batch = emptyBatch();
  const parsed = parseCsv(text);
  if (parsed.error) {
    batch.errors.push({ file, row: `row ${parsed.error.row}`, column: null, message: parsed.error.message });
    return batch;
  }
  const [head, ...rest] = parsed.records;
  const header = (head?.cells ?? []).map((c) => c.trim());
  const format = detect(header);
  if (!format) {
    batch.errors.push({ file, row: 'row 1', column: null, message: 'cannot tell what this CSV holds: the header needs relationship_id (relationships), publisher (sources) or kind (entities)' });
    return batch;
  }
  checkHeader(file, format, header, batch.errors);
  // Spreadsheets often leave blank rows at the end; they carry nothing.
  const body = rest.filter((rec) => rec.cells.some((c) => c.trim() !== ''));
  for (const rec of body) {
    if (rec.cells.length !== header.length) {
      batch.errors.push({ file, row: `row ${rec.row}`, column: null, message: `has ${rec.cells.length} cells but the header has ${header.length} columns` });
    }
  }
  if (batch.errors.length > 0) return batch;
  if (format.kind === 'relationships') batch.relationships = relationshipRecords(file, format, header, body, batch.errors);
  else batch[format.kind] = simpleRecords(file, format, header, body);
  return batch;
}
