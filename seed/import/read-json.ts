// Reads one JSON import file: { "sources": [...], "entities": [...], "relationships": [...] }, each
// list optional and each record in the seed's format (docs/data-model.md), except that a source
// carries its article as "text" instead of naming a file. This is the format /export/graph.json writes.
// Its frame is checked against docs/schema/import.schema.json here, its records by the import's validator.
import { IMPORT_LISTS } from '#vocabulary/records/import';
import { describeJsonError, isObject } from '../loader/read';
import { importFileProblems } from '../loader/shape';
import { emptyBatch, importError } from './types';
import type { ImportBatch, Located } from './types';

function located(file: string, list: string, items: readonly unknown[]): Located[] {
  return items.map((item, index) => {
    const id = isObject(item) && typeof item.id === 'string' ? ` (${item.id})` : '';
    return {
      // Non-objects are passed on as they are, so that the seed validator reports them.
      record: item,
      origin: { file, locate: (field) => ({ row: `${list}[${index}]${id}`, column: field }) },
    };
  });
}

export function readJsonImport(file: string, text: string): ImportBatch {
  const batch = emptyBatch();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    batch.errors.push(importError(file, null, null, describeJsonError(text, err)));
    return batch;
  }
  const frame = importFileProblems(parsed);
  batch.errors.push(...frame.map((p) => importError(file, null, p.field, p.message)));
  if (!isObject(parsed)) return batch;
  for (const list of IMPORT_LISTS) {
    const items = parsed[list];
    if (Array.isArray(items)) batch[list] = located(file, list, items);
  }
  // The seed's way of naming a text file, which an import cannot follow, deserves its own message.
  for (const s of batch.sources) {
    if (isObject(s.record) && 'file' in s.record) {
      const { row } = s.origin.locate('file');
      batch.errors.push(importError(file, row, 'file', 'import files carry a source\'s article in "text", not in a separate file'));
    }
  }
  return batch;
}
