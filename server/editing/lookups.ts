// The stored records an edit refers to, for the seed's rules (./validate.ts): the live entities it
// names (ends, speakers) and the sources it quotes, texts included. Read through a Run, so a
// review checks them inside the transaction that applies the edit.
import type { Run } from '../db';
import type { LoadedSource, SeedEntity } from '../../seed/loader/types';
import { statement } from '../cypher';
import type { EntityRow, SourceRow } from '../services/types';
import type { RelationshipRecord } from '../revisions/records';
import type { Lookups } from './validate';

export const NO_LOOKUPS: Lookups = { entities: new Map(), sources: new Map() };

const asSeedEntity = (e: EntityRow): SeedEntity => ({ id: e.id, name: e.name, kind: e.kind, country: e.country, aliases: e.aliases, description: e.description });

const asLoadedSource = (s: SourceRow): LoadedSource => ({
  id: s.id, file: 'stored.txt', title: s.title, publisher: s.publisher, author: s.author, publishedOn: s.publishedOn ?? '',
  publishedOnBasis: s.publishedOnBasis, publishedOnNote: s.publishedOnNote, url: s.url, text: s.text, textPath: 'the stored article',
});

/** Live entities and sources by id; ids that name nothing are left out (the rules report them). */
export async function readLookups(run: Run, entityIds: readonly string[], sourceIds: readonly string[]): Promise<Lookups> {
  const entities = entityIds.length === 0 ? [] : await run(statement('query/entity/by-ids', { ids: [...new Set(entityIds)] }));
  const sources = sourceIds.length === 0 ? [] : await run(statement('query/source/by-ids', { ids: [...new Set(sourceIds)] }));
  return {
    entities: new Map(entities.map((r) => { const e = r.entity as EntityRow; return [e.id, asSeedEntity(e)]; })),
    sources: new Map(sources.map((r) => { const s = r.source as SourceRow; return [s.id, asLoadedSource(s)]; })),
  };
}

/** What a relationship record refers to. */
export function lookupsFor(run: Run, r: RelationshipRecord): Promise<Lookups> {
  const speakers = r.evidence.flatMap((e) => (e.attributionEntityId ? [e.attributionEntityId] : []));
  const sources = [...r.evidence.map((e) => e.source), ...r.context.map((c) => c.source)];
  return readLookups(run, [r.from, r.to, ...speakers], sources);
}
