// What the database already holds under the ids an import names: entities and sources (also
// those only referred to, so that quotes can be checked against stored articles), and
// relationships, read in the export's own shape so that "unchanged" means "exports the same".
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { NO_FILTER, relationshipsByRefs } from '../../server/export';
import type { ExportEntity, ExportRelationship, ExportSource } from '../../server/export';
import { toExportEntity, toExportSource } from '../../server/export/reader';
import type { RelationshipRef } from '../../server/services/types';

const CHUNK = 1000;

export interface Stored {
  sources: Map<string, ExportSource>;
  entities: Map<string, ExportEntity>;
  relationships: Map<string, ExportRelationship>;
}

async function inChunks<T, R>(items: readonly T[], read: (chunk: T[]) => Promise<R[]>, onChunk: (n: number) => void): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    out.push(...(await read(chunk)));
    onChunk(chunk.length);
  }
  return out;
}

export interface StoredQuery { sourceIds: string[]; entityIds: string[]; relationships: RelationshipRef[] }

export async function readStored(db: Db, q: StoredQuery, onProgress: (n: number) => void = () => undefined): Promise<Stored> {
  const sources = await inChunks(q.sourceIds, async (ids) => (await db.read(statement('export/sources-by-ids', { ids }))).map(toExportSource), onProgress);
  const entities = await inChunks(q.entityIds, async (ids) => (await db.read(statement('export/entities-by-ids', { ids }))).map(toExportEntity), onProgress);
  const relationships = await inChunks(q.relationships, (refs) => relationshipsByRefs(db, refs, NO_FILTER), onProgress);
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    entities: new Map(entities.map((e) => [e.id, e])),
    relationships: new Map(relationships.map((r) => [r.id, r])),
  };
}
