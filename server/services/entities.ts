// Entities by id and their link counts, batched for the per-request loaders.
import { statement } from '../cypher';
import type { Db } from '../db';
import type { EntityRow, TypeCount } from './types';

export async function entitiesByIds(db: Db, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await db.read(statement('query/entity/by-ids', { ids }));
  const byId = new Map(rows.map((r) => { const e = r.entity as EntityRow; return [e.id, e]; }));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function countsByIds(db: Db, ids: readonly string[]): Promise<TypeCount[][]> {
  const rows = await db.read(statement('query/entity/counts', { ids }));
  const byId = new Map(rows.map((r) => [String(r.id), r.counts as TypeCount[]]));
  return ids.map((id) => byId.get(id) ?? []);
}
