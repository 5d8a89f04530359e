// PathExclusion → the `$exclude` map query/paths/expand takes. Pure, like ./filter.ts: an empty
// list is refused (leave the field out to exclude nothing), repeats are dropped.
import { badInput } from '../errors';
import type { EntityKind, RelationType } from '#vocabulary';
import type { PathExclusion } from '#vocabulary/wire/schema';

/** Null fields exclude nothing. */
export interface ExclusionParams {
  kinds: EntityKind[] | null;
  types: RelationType[] | null;
}

function list<T>(argument: string, values: readonly T[] | null | undefined): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw badInput(argument, `"${argument}" must not be empty; leave it out to exclude nothing`);
  return [...new Set(values)];
}

export const NO_EXCLUSION: ExclusionParams = { kinds: null, types: null };

export function translateExclusion(input: PathExclusion | null | undefined, argument = 'exclude'): ExclusionParams {
  return { kinds: list(`${argument}.kinds`, input?.kinds), types: list(`${argument}.types`, input?.types) };
}
