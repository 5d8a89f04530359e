// Reads one JSON import file: { "sources": [...], "entities": [...], "relationships": [...] }, each
// list optional and each record in the seed's format (docs/data-model.md), except that a source
// carries its article as "text" instead of naming a file. This is the format /export/graph.json writes.
import { describeJsonError, isObject } from '../loader/read';
import { emptyBatch } from './types';
import type { ImportBatch, Located } from './types';

const LISTS = ['sources', 'entities', 'relationships'] as const;

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
    batch.errors.push({ file, row: null, column: null, message: describeJsonError(text, err) });
    return batch;
  }
  if (!isObject(parsed)) {
    batch.errors.push({ file, row: null, column: null, message: 'must hold a JSON object with "sources", "entities" and/or "relationships" arrays' });
    return batch;
  }
  for (const key of Object.keys(parsed)) {
    if (!(LISTS as readonly string[]).includes(key)) batch.errors.push({ file, row: null, column: key, message: `unknown key (expected ${LISTS.join(', ')})` });
  }
  for (const list of LISTS) {
    const items = parsed[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      batch.errors.push({ file, row: null, column: list, message: 'must be an array of records' });
      continue;
    }
    batch[list] = located(file, list, items);
  }
  for (const s of batch.sources) {
    if (isObject(s.record) && 'file' in s.record) {
      const { row } = s.origin.locate('file');
      batch.errors.push({ file, row, column: 'file', message: 'import files carry a source\'s article in "text", not in a separate file' });
    }
  }
  return batch;
}
