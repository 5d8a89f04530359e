// The records a shared view names, fetched by id. GraphQL has no list form of `entity(id:)` or
// `relationship(id:)`, so each batch is one document of aliased fields built here at run time
// (the code generator only sees the static operations of ./queries.ts; the fragments are theirs).
// Batches stay well under the server's alias and cost limits, and shrink if it still refuses one.
import type { EntityFieldsFragment, LinkFieldsFragment } from '#vocabulary/wire/operations';
import type { EntityData, RelationshipData, Subgraph } from '../model/types';
import { inBatches } from './batches';
import { ENTITY, LINK } from './fragments';
import { gql } from './graphql';
import { fetchNeighbourhood, toRel } from './linkage';

/** Records per request: under the server's default of 30 aliases, and a few hundred in cost. */
export const RECORDS_PER_REQUEST = 25;

/**
 * Neighbourhoods per request when a view names no links: each one costs about its link limit
 * (100 by default) times the fields of an entity and a link (35), so ten cost about 35,000,
 * under the default cost limit of 50,000 (fifteen went over it); a lower limit splits them further.
 */
export const NEIGHBOURHOODS_PER_REQUEST = 10;

type Wanted = { readonly kind: 'entity' | 'link'; readonly id: string };
type Found = { readonly kind: 'entity'; readonly data: EntityData } | { readonly kind: 'link'; readonly data: RelationshipData };

/** One document asking for each record under an alias of its own; ids go in as variables. */
export function byIdDocument(batch: readonly Wanted[]): string {
  const vars = batch.map((_, i) => `$v${i}: ID!`).join(', ');
  const fields = batch.map((w, i) => (w.kind === 'entity' ? `v${i}: entity(id: $v${i}) { ...EntityFields }` : `v${i}: relationship(id: $v${i}) { ...LinkFields }`));
  const fragments = [batch.some((w) => w.kind === 'entity') ? ENTITY : '', batch.some((w) => w.kind === 'link') ? LINK : ''].join('');
  return `query ViewRecords(${vars}) {\n  ${fields.join('\n  ')}\n}\n${fragments}`;
}

async function fetchBatch(batch: Wanted[]): Promise<Found[]> {
  const variables = Object.fromEntries(batch.map((w, i) => [`v${i}`, w.id]));
  // A record removed since the view was shared comes back null (NOT_FOUND): the rest still opens.
  const data = await gql<Record<string, EntityFieldsFragment | LinkFieldsFragment | null>>(byIdDocument(batch), variables, undefined, {
    partial: true,
    handles: (e) => e.code === 'TOO_LARGE' && batch.length > 1,
  });
  return batch.flatMap((w, i): Found[] => {
    const row = data[`v${i}`];
    if (!row) return [];
    return w.kind === 'entity' ? [{ kind: 'entity', data: row as EntityFieldsFragment }] : [{ kind: 'link', data: toRel(row as LinkFieldsFragment) }];
  });
}

/** The entities and links with these ids; ids the graph no longer has are simply absent. */
export async function fetchRecords(entityIds: readonly string[], linkIds: readonly string[]): Promise<Subgraph> {
  const wanted: Wanted[] = [...entityIds.map((id) => ({ kind: 'entity' as const, id })), ...linkIds.map((id) => ({ kind: 'link' as const, id }))];
  const found = await inBatches(wanted, RECORDS_PER_REQUEST, fetchBatch);
  return {
    nodes: found.flatMap((f) => (f.kind === 'entity' ? [f.data] : [])),
    edges: found.flatMap((f) => (f.kind === 'link' ? [f.data] : [])),
  };
}

/** Every link among these entities (as far as each one's link limit reaches): for views that list no links. */
export async function fetchLinksAmong(entityIds: readonly string[]): Promise<RelationshipData[]> {
  const among = new Set(entityIds);
  const edges = await inBatches(entityIds, NEIGHBOURHOODS_PER_REQUEST, async (batch) => (await fetchNeighbourhood(batch, undefined, { handles: (e) => e.code === 'TOO_LARGE' && batch.length > 1 })).edges);
  const unique = new Map(edges.filter((e) => among.has(e.from) && among.has(e.to)).map((e) => [e.id, e]));
  return [...unique.values()];
}
