// Checks an import with the seed loader's own checks, so that imported data meets exactly the
// rules the curated seed does: each record's shape against the import's JSON Schema
// (docs/schema/import.schema.json), then the rules across records. Records the import files only
// refer to (an entity at the end of a relationship, a cited source) are taken from the database
// and checked alongside; every problem is reported at the file, row and column it comes from.
import type { Db } from '../../server/db';
import { seedEntity } from '../../server/export';
import { isObject } from '../loader/read';
import { toRows } from '../loader/rows';
import type { Rows } from '../loader/rows';
import { shapeProblems } from '../loader/shape';
import type { RecordShape } from '../loader/shape';
import type { Dataset, LoadedSource, SeedEntity, SeedError } from '../loader/types';
import { SEED_FILES } from '../loader/types';
import { checkRules, checkShapes } from '../loader/validate';
import { findConflicts } from '../loader/write';
import { silentProgress } from './progress';
import type { Progress } from './progress';
import { readStored } from './stored';
import type { Stored } from './stored';
import { importError, ImportValidationError } from './types';
import type { ImportBatch, ImportError, Located } from './types';

export interface CheckedImport {
  batch: ImportBatch;
  /** The import's records first, then the stored records they refer to. */
  dataset: Dataset;
  rows: Rows;
  stored: Stored;
}

const LIST_OF_FILE: Record<string, 'sources' | 'entities' | 'relationships'> = {
  [SEED_FILES.sources]: 'sources', [SEED_FILES.entities]: 'entities', [SEED_FILES.relationships]: 'relationships',
};

const idOf = (record: unknown): string | null => (isObject(record) && typeof record.id === 'string' ? record.id : null);
const unique = (ids: Iterable<string | null>): string[] => [...new Set([...ids].filter((id): id is string => id !== null))];

function referencedIds(batch: ImportBatch): { entityIds: string[]; sourceIds: string[] } {
  const entityIds: (string | null)[] = batch.entities.map((e) => idOf(e.record));
  const sourceIds: (string | null)[] = batch.sources.map((s) => idOf(s.record));
  for (const { record } of batch.relationships) {
    if (!isObject(record)) continue;
    for (const end of [record.from, record.to]) if (typeof end === 'string') entityIds.push(end);
    for (const list of [record.evidence, record.context]) {
      if (!Array.isArray(list)) continue;
      for (const ev of list as unknown[]) {
        if (!isObject(ev)) continue;
        if (typeof ev.source === 'string') sourceIds.push(ev.source);
        // A speaker named by entity id may be in the database only.
        if (isObject(ev.attribution) && typeof ev.attribution.entity === 'string') entityIds.push(ev.attribution.entity);
      }
    }
  }
  return { entityIds: unique(entityIds), sourceIds: unique(sourceIds) };
}

const SHAPE_OF: Record<'sources' | 'entities' | 'relationships', RecordShape> = { sources: 'ImportSource', entities: 'Entity', relationships: 'Relationship' };

/** Each import record's problems with the import's format, at its row and column. */
function shapeErrors(batch: ImportBatch): ImportError[] {
  return (['sources', 'entities', 'relationships'] as const).flatMap((list) => batch[list].flatMap(({ record, origin }) =>
    shapeProblems(SHAPE_OF[list], record)
      // A source's "file" was reported by the reader, with a message about what to do instead.
      .filter((p) => !(list === 'sources' && p.field === 'file'))
      .map((p) => {
        const { row, column } = origin.locate(p.field);
        return importError(origin.file, row, column, p.message);
      })));
}

/** The data set the seed's rules check: the import's records, then stored ones they only refer to. */
function buildDataset(batch: ImportBatch, stored: Stored): Dataset {
  const ownSources = new Set(batch.sources.map((s) => idOf(s.record)));
  const ownEntities = new Set(batch.entities.map((e) => idOf(e.record)));
  const sources = batch.sources.map(({ record, origin }): LoadedSource => {
    if (!isObject(record)) return record as LoadedSource;
    const { row } = origin.locate('text');
    // The seed format names a text file; an import carries the text itself, so the file name is a stand-in.
    return { ...(record as unknown as LoadedSource), file: 'inline.txt', text: typeof record.text === 'string' ? record.text : null, textPath: `${origin.file} ${row}` };
  });
  for (const s of stored.sources.values()) {
    if (!ownSources.has(s.id)) sources.push({ ...s, file: 'stored.txt', textPath: 'the stored article' });
  }
  const entities = batch.entities.map((e) => e.record as SeedEntity);
  for (const e of stored.entities.values()) if (!ownEntities.has(e.id)) entities.push(seedEntity(e) as unknown as SeedEntity);
  return { dir: 'import', sources, entities, relationships: batch.relationships.map((r) => r.record) as Dataset['relationships'] };
}

const MESSAGE_FIXES: [RegExp, string][] = [
  [/ \(not in entities\.json\)/, ' (neither in the import nor in the database)'],
  [/ \(not in sources\.json\)/, ' (neither in the import nor in the database)'],
];

/** Turns the validator's errors, located in seed files, into errors at import rows and columns. */
function locateErrors(seedErrors: readonly SeedError[], batch: ImportBatch, dataset: Dataset): ImportError[] {
  const at = (list: 'sources' | 'entities' | 'relationships', index: number): Located | undefined => batch[list][index];
  return seedErrors.flatMap((e): ImportError[] => {
    const list = LIST_OF_FILE[e.file] ?? 'relationships';
    const own = e.index === null ? undefined : at(list, e.index);
    // The stand-in file name of an imported source is not the user's; a missing text is reported above.
    if (own && list === 'sources' && e.field === 'file') return [];
    let message = MESSAGE_FIXES.reduce((m, [re, to]) => m.replace(re, to), e.message);
    message = message.replace(/already used by record (\d+)/, (_m, n: string) => {
      const first = at(list, Number(n));
      return first ? `already used at ${first.origin.file} ${first.origin.locate('id').row}` : `already used by record ${n}`;
    });
    if (!own) {
      const id = e.index === null ? null : idOf(dataset[list][e.index]);
      return [importError('database', `${list} ${id ?? '?'}`, e.field, message, e.code)];
    }
    const { row, column } = own.origin.locate(e.field);
    return [importError(own.origin.file, row, column, message, e.code)];
  });
}

/** Validates everything and compares with the database; throws ImportValidationError listing every problem. */
/**
 * The same checks for an import into an empty database (`--bulk`): nothing stored to compare
 * with or refer to, so no database is asked; throws ImportValidationError listing every problem.
 */
export function checkImportOffline(batch: ImportBatch): Dataset {
  const errors = [...batch.errors, ...shapeErrors(batch)];
  const dataset = buildDataset(batch, { sources: new Map(), entities: new Map(), relationships: new Map() });
  errors.push(...locateErrors(checkRules(dataset), batch, dataset));
  if (errors.length > 0) throw new ImportValidationError(errors);
  return dataset;
}

export async function checkImport(db: Db, batch: ImportBatch, progress: Progress = silentProgress): Promise<CheckedImport> {
  const refs = referencedIds(batch);
  const relRefs = batch.relationships.flatMap(({ record }) =>
    isObject(record) && typeof record.id === 'string' && typeof record.from === 'string' ? [{ id: record.id, fromId: record.from }] : []);
  progress.start('Checking', refs.entityIds.length + refs.sourceIds.length + relRefs.length);
  const stored = await readStored(db, { ...refs, relationships: relRefs }, (n) => progress.advance(n));
  progress.finish();
  const errors = [...batch.errors, ...shapeErrors(batch)];
  const dataset = buildDataset(batch, stored);
  // The stored records were written by the seed or an import, so they are in the seed's format.
  const storedShapes = checkShapes(dataset, { sources: batch.sources.length, entities: batch.entities.length, relationships: batch.relationships.length });
  errors.push(...locateErrors([...storedShapes, ...checkRules(dataset)], batch, dataset));
  if (errors.length > 0) throw new ImportValidationError(errors);
  const rows = toRows(dataset);
  const conflicts = await findConflicts((stmt) => db.read(stmt), rows.relationships);
  if (conflicts.length > 0) throw new ImportValidationError(locateErrors(conflicts, batch, dataset));
  return { batch, dataset, rows, stored };
}
