// An edit meets exactly the rules the curated seed does: each record is put in the seed's format
// and checked by the seed loader's own functions (seed/loader/validate.ts: the JSON Schema shape,
// references, dates, quotes found verbatim; claims.ts: the claim rules), alongside the stored
// entities and sources it refers to. Pure: the caller looks those up (./lookups.ts). Problems come
// back in the record's own field names ("evidence[0].quote"); ./locate.ts names the input field.
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityKind, EntityType } from '#vocabulary';
import { shapeProblems } from '../../seed/loader/shape';
import type { Dataset, LoadedSource, SeedEntity, SeedError, SeedRelationship, SeedSource } from '../../seed/loader/types';
import { SEED_FILES } from '../../seed/loader/types';
import { checkRules, checkShapes } from '../../seed/loader/validate';

/** One field's problem, `field` a dotted path in the record ("evidence[0].quote"), null for the record. */
export interface FieldProblem { field: string | null; message: string }

/** The stored records an edit may refer to: live entities, and sources with their texts. */
export interface Lookups { entities: ReadonlyMap<string, SeedEntity>; sources: ReadonlyMap<string, LoadedSource> }

/** A source as the seed's rules see it: its text inline, no file. */
export type SourceWithText = SeedSource & { text: string };

const WORDING: [RegExp, string][] = [
  [/ \(not in entities\.json\)/, ' (no such entity in the graph)'],
  [/ \(not in sources\.json\)/, ' (no such source; add it with addSource first)'],
  [/ \(the stored article\)/, ''],
];
const reword = (message: string): string => WORDING.reduce((m, [re, to]) => m.replace(re, to), message);

/** The loader's errors about record 0 of one file: the record being edited, not the stored ones beside it. */
const ownErrors = (errors: readonly SeedError[], file: string): FieldProblem[] =>
  errors.filter((e) => e.file === file && e.index === 0).map((e) => ({ field: e.field, message: reword(e.message) }));

/** Drops null and undefined members (deeply), so the record reads like a curator's file. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)])) as T;
}

function dataset(lookups: Lookups, own: Partial<Pick<Dataset, 'sources' | 'entities' | 'relationships'>>): Dataset {
  const ownIds = new Set((own.entities ?? []).map((e) => e.id));
  return {
    dir: 'editing',
    sources: [...(own.sources ?? []), ...[...lookups.sources.values()].filter((s) => !(own.sources ?? []).some((o) => o.id === s.id))],
    entities: [...(own.entities ?? []), ...[...lookups.entities.values()].filter((e) => !ownIds.has(e.id))],
    relationships: own.relationships ?? [],
  };
}

/** Stored records stand beside the edited one; only the edited one's shape is checked. */
const offsets = (d: Dataset, own: 'sources' | 'entities' | 'relationships'): { sources: number; entities: number; relationships: number } => ({
  sources: own === 'sources' ? 0 : d.sources.length,
  entities: own === 'entities' ? 0 : d.entities.length,
  relationships: own === 'relationships' ? 0 : d.relationships.length,
});

/** Every problem of a relationship record, in the seed's format, with the entities and sources it names. */
export function relationshipProblems(record: SeedRelationship, lookups: Lookups): FieldProblem[] {
  const d = dataset(lookups, { relationships: [withoutNulls(record)] });
  return ownErrors([...checkShapes(d, offsets(d, 'relationships')), ...checkRules(d)], SEED_FILES.relationships);
}

/** Every problem of an entity record; `type` is the entity type the caller named, which its kind must belong to. */
export function entityProblems(record: SeedEntity, type: EntityType | null = null): FieldProblem[] {
  const d = dataset({ entities: new Map(), sources: new Map() }, { entities: [withoutNulls(record)] });
  const problems = ownErrors([...checkShapes(d, offsets(d, 'entities')), ...checkRules(d)], SEED_FILES.entities);
  const kindType = (ENTITY_KINDS as Record<string, EntityType | undefined>)[record.kind as EntityKind];
  if (type !== null && kindType !== undefined && kindType !== type) {
    problems.push({ field: 'kind', message: `${record.kind} is a kind of ${kindType}, not of ${type}` });
  }
  return problems;
}

/** Every problem of a source carrying its text (the import's format: the seed's without a file). */
export function sourceProblems(record: SourceWithText): FieldProblem[] {
  const clean = withoutNulls(record);
  const { file: _file, ...importShape } = clean as SourceWithText & { file?: string };
  const loaded: LoadedSource = { ...clean, file: 'inline.txt', text: record.text, textPath: 'the text given' };
  const d = dataset({ entities: new Map(), sources: new Map() }, { sources: [loaded] });
  // The shape is the import's (text inline); the rules are the seed's (the date's note).
  return [...shapeProblems('ImportSource', importShape), ...ownErrors(checkRules(d), SEED_FILES.sources)];
}
