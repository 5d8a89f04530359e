// Validates a whole data set before anything is written, and returns every problem at once so
// that a curator can fix a batch of findings in one pass. Pure: no database, no file access.
// Each record's shape is checked against the published JSON Schema (shape.ts); what a schema
// cannot say is checked here: ids unique within a file, references to other records, a
// relationship's two ends and its dates compared, quotes found verbatim in their article, and
// a source's text file present; and the claim rules of claims.ts.
import { ErrorCode } from '#vocabulary/errors';
import { endOf, parsePartialDate, startOf } from '#vocabulary/dates';
import { checkClaims, checkSourceDate } from './claims';
import { QuoteFinder, collapseWhiteSpace } from './quotes';
import { isObject, isPlainFileName } from './read';
import { describeValue, shapeProblems } from './shape';
import type { RecordShape } from './shape';
import { SEED_FILES } from './types';
import type { Dataset, LoadedSource, SeedEntity, SeedFileName, SeedRecordError } from './types';

export { collapseWhiteSpace } from './quotes';

/** A looser form, used only to explain a mismatch (never to accept one). */
const loosen = (s: string): string => collapseWhiteSpace(s).replace(/[‘’`´]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').toLowerCase();

/** A value the rules can use: a string with something in it (its shape is checked separately). */
const given = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const idOf = (record: unknown): string | null => (isObject(record) && typeof record.id === 'string' && record.id !== '' ? record.id : null);

type Fail = (field: string | null, message: string, code?: ErrorCode) => void;

function reporter(errors: SeedRecordError[], file: SeedFileName, index: number, record: unknown): Fail {
  const id = idOf(record);
  return (field, message, code = ErrorCode.BAD_USER_INPUT) => errors.push({ code, file, index, id, field, message });
}

/** Where each list starts being checked: the import checks only the stored records' shapes itself. */
export interface ShapeOffsets { sources: number; entities: number; relationships: number }

/** Every record's problems with its file's format (sources without the text the reader attached). */
export function checkShapes(dataset: Dataset, from: ShapeOffsets = { sources: 0, entities: 0, relationships: 0 }): SeedRecordError[] {
  const errors: SeedRecordError[] = [];
  const check = (file: SeedFileName, shape: RecordShape, records: readonly unknown[], start: number, view: (r: unknown) => unknown = (r) => r): void => {
    records.forEach((record, index) => {
      if (index < start) return;
      const fail = reporter(errors, file, index, record);
      for (const p of shapeProblems(shape, view(record))) fail(p.field, p.message);
    });
  };
  const withoutText = (r: unknown): unknown => {
    if (!isObject(r)) return r;
    const { text: _text, textPath: _textPath, ...record } = r;
    return record;
  };
  check(SEED_FILES.sources, 'Source', dataset.sources, from.sources, withoutText);
  check(SEED_FILES.entities, 'Entity', dataset.entities, from.entities);
  check(SEED_FILES.relationships, 'Relationship', dataset.relationships, from.relationships);
  return errors;
}

/** Reports every id used by more than one record, at each later record. */
function checkDuplicateIds(records: readonly unknown[], fail: (index: number) => Fail): void {
  const firstAt = new Map<string, number>();
  records.forEach((record, index) => {
    const id = idOf(record);
    if (id === null) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else fail(index)('id', `duplicate id, already used by record ${first}`);
  });
}

interface Lookups { entities: Map<string, SeedEntity>; sources: Map<string, LoadedSource>; quotes: QuoteFinder }

/** Each quote's source exists and the quote is in its text; `list` is "evidence" or "context". */
function checkQuotesFound(list: 'evidence' | 'context', items: unknown, lookups: Lookups, fail: Fail): void {
  if (!Array.isArray(items)) return;
  items.forEach((item: unknown, i) => {
    if (!isObject(item)) return;
    const at = `${list}[${i}]`;
    const sourceId = given(item.source);
    const source = sourceId === null ? undefined : lookups.sources.get(sourceId);
    if (sourceId !== null && !source) fail(`${at}.source`, `unknown source id ${describeValue(sourceId)} (not in sources.json)`);
    const quote = given(item.quote);
    const text = sourceId === null ? undefined : lookups.quotes.text(sourceId);
    if (quote === null || !source || sourceId === null || text === undefined || lookups.quotes.has(sourceId, quote)) return;
    const hint = loosen(text).includes(loosen(quote)) ? '; it differs only in quotation marks, dashes or letter case, which must match exactly' : '';
    fail(`${at}.quote`, `not found verbatim in source ${sourceId} (${source.textPath})${hint}`);
  });
}

function checkRelationship(rel: Record<string, unknown>, lookups: Lookups, fail: Fail): void {
  const ends = (['from', 'to'] as const).map((field) => {
    const id = given(rel[field]);
    if (id !== null && !lookups.entities.has(id)) fail(field, `unknown entity id ${describeValue(id)} (not in entities.json)`);
    return id;
  });
  if (ends[0] !== null && ends[0] === ends[1]) fail('to', 'is the same entity as from');
  const validFrom = given(rel.validFrom);
  const validTo = given(rel.validTo);
  if (validFrom !== null && validTo !== null && parsePartialDate(validFrom) && parsePartialDate(validTo) && (startOf(validFrom) ?? '') > (endOf(validTo) ?? '')) {
    fail('validFrom', `${describeValue(validFrom)} is after validTo ${describeValue(validTo)}`);
  }
  checkQuotesFound('evidence', rel.evidence, lookups, fail);
  checkQuotesFound('context', rel.context, lookups, fail);
  checkClaims(rel, lookups.entities, fail);
}

/** Every problem a record's own format cannot show: references, duplicates, dates, quotes, texts. */
export function checkRules(dataset: Dataset): SeedRecordError[] {
  const errors: SeedRecordError[] = [];
  const failAt = (file: SeedFileName, records: readonly unknown[]) => (index: number): Fail => reporter(errors, file, index, records[index]);

  const sources = new Map<string, LoadedSource>();
  dataset.sources.forEach((source, index) => {
    if (!isObject(source)) return;
    const id = idOf(source);
    if (id !== null && !sources.has(id)) sources.set(id, source);
    const fail = failAt(SEED_FILES.sources, dataset.sources)(index);
    if (given(source.file) && isPlainFileName(source.file) && typeof source.text !== 'string') {
      fail('file', `text file not found: ${source.textPath}`, ErrorCode.NOT_FOUND);
    }
    checkSourceDate(source as unknown as Record<string, unknown>, fail);
  });
  checkDuplicateIds(dataset.sources, failAt(SEED_FILES.sources, dataset.sources));
  checkDuplicateIds(dataset.entities, failAt(SEED_FILES.entities, dataset.entities));

  const entities = new Map<string, SeedEntity>();
  for (const e of dataset.entities) {
    const id = idOf(e);
    if (id !== null && !entities.has(id)) entities.set(id, e);
  }
  const texts = new Map<string, string>();
  for (const [id, s] of sources) if (typeof s.text === 'string') texts.set(id, s.text);
  const lookups = { entities, sources, quotes: new QuoteFinder(texts) };
  const failRel = failAt(SEED_FILES.relationships, dataset.relationships);
  dataset.relationships.forEach((rel: unknown, index) => {
    if (isObject(rel)) checkRelationship(rel, lookups, failRel(index));
  });
  checkDuplicateIds(dataset.relationships, failRel);
  return errors;
}

const FILE_ORDER: readonly SeedFileName[] = [SEED_FILES.sources, SEED_FILES.entities, SEED_FILES.relationships];

/** Every problem in the data set, file by file and record by record; an empty list means it can be written. */
export function validateDataset(dataset: Dataset): SeedRecordError[] {
  const errors = [...checkShapes(dataset), ...checkRules(dataset)];
  return errors.sort((a, b) => FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) || (a.index ?? -1) - (b.index ?? -1));
}
