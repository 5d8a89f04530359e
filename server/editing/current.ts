// The stored record a change names, with its version stamp: an entity or a relationship (ids of
// the two never meet in the seed's conventions; an entity is looked for first). Retired records
// are found too: un-retiring one is a change like any other.
import type { Run } from '../db';
import { readRecords } from '../revisions/read';
import type { VersionStamp } from '../revisions/read';
import type { Current } from './plan';

export interface CurrentRecord { current: Current; stamp: VersionStamp }

export async function readCurrent(run: Run, id: string, kind: 'entity' | 'relationship' | null = null): Promise<CurrentRecord | null> {
  if (kind !== 'relationship') {
    const entity = (await readRecords(run, 'entity', [id])).get(id);
    if (entity) return { current: { kind: 'entity', record: entity.record }, stamp: entity.stamp };
    if (kind === 'entity') return null;
  }
  const rel = (await readRecords(run, 'relationship', [id])).get(id);
  return rel ? { current: { kind: 'relationship', record: rel.record }, stamp: rel.stamp } : null;
}
