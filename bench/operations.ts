// The requests the benchmark times: each API operation a journalist, the explorer page or a
// notebook sends, on the samples that make it expensive (the biggest hub, deep pages, long paths)
// and on ordinary ones. Targets are p95 on a 2-core machine: interactive answers under about half
// a second, deliberate explorations (depth 3, six hops, 1,000-row pages) within a few seconds.
import type { Operation } from './measure';
import type { Samples } from './samples';

const SEARCH = `query ($text: String!) { search(text: $text, first: 10) { matched score entity { id name kind } } }`;
const ENTITY = `query ($id: ID!) { entity(id: $id) { id name aliases type kind country description degree counts { type count } } }`;
const RELATIONSHIP = `query ($id: ID!) {
  relationship(id: $id) { id type label status validFrom validTo from { id name } to { id name }
    evidence { quote reportedOn stance paragraph source { id title } } } }`;
const NEIGHBOURHOOD = `query ($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighbourhood(ids: $ids, depth: $depth, limit: $limit) {
    nodes { id name kind } edges { id type status from { id } to { id } } truncated { entity { id } hidden } } }`;
const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $filter: LinkFilter) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: 3, filter: $filter) { length steps { entity { id name } via { id type } reversed } } }`;
const RELATIONSHIPS = `query ($first: Int, $after: String) {
  relationships(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id type status from { id } to { id } } } } }`;
const ENTITY_LINKS = `query ($id: ID!, $after: String) {
  entity(id: $id) { relationships(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id type status from { id name } to { id name } } } } } }`;
const SOURCES = `{ sources { id title publisher publishedOn } }`;
const SOURCE_LINKS = `query ($id: ID!) { source(id: $id) { id title relationships(first: 100) { totalCount edges { node { id type } } } } }`;
const STATS = `{ stats { entities relationships sources byType { type count } } }`;

/** The i-th item of a rotating sample list. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty sample list');
  return item;
}

const AS_OF = '2020-06-01';

function neighbourhoodOps(s: Samples): Operation[] {
  const ops: Operation[] = [];
  for (const [label, id] of [['hub', s.hub.id], ['leaf', s.leaf.id]] as const) {
    for (const depth of [1, 2, 3]) {
      // "No limit" is the API's default of 100 links per entity; 10 is what the page asks for.
      for (const limit of [null, 10]) {
        ops.push({
          name: `neighbourhood ${label} depth ${depth} limit ${limit ?? 'default'}`,
          query: NEIGHBOURHOOD,
          variables: () => ({ ids: [id], depth, ...(limit === null ? {} : { limit }) }),
          targetMs: depth === 1 ? 500 : depth === 2 ? 1500 : 3000,
        });
      }
    }
  }
  return ops;
}

function pathOps(s: Samples): Operation[] {
  const ops: Operation[] = [];
  for (const maxHops of [4, 6]) {
    for (const asOf of [null, AS_OF]) {
      ops.push({
        name: `paths maxHops ${maxHops}${asOf ? ` asOf ${asOf}` : ''}`,
        query: PATHS,
        variables: (i) => {
          const [from, to] = at(s.pairs, i);
          return { from, to, maxHops, ...(asOf ? { filter: { asOf } } : {}) };
        },
        targetMs: maxHops === 4 ? 1500 : 3000,
      });
    }
  }
  return ops;
}

export function buildOperations(s: Samples): Operation[] {
  return [
    { name: 'search English name', query: SEARCH, variables: (i) => ({ text: at(s.searches, i).english }), targetMs: 200 },
    { name: 'search Chinese name', query: SEARCH, variables: (i) => ({ text: at(s.searches, i).chinese }), targetMs: 200 },
    { name: 'search with a typo', query: SEARCH, variables: (i) => ({ text: at(s.searches, i).typo }), targetMs: 300 },
    { name: 'entity (random)', query: ENTITY, variables: (i) => ({ id: at(s.entities, i) }), targetMs: 200 },
    { name: 'entity (hub, counts)', query: ENTITY, variables: () => ({ id: s.hub.id }), targetMs: 500 },
    { name: 'relationship with evidence', query: RELATIONSHIP, variables: (i) => ({ id: at(s.relationships, i) }), targetMs: 200 },
    ...neighbourhoodOps(s),
    ...pathOps(s),
    { name: 'relationships page of 100', query: RELATIONSHIPS, variables: () => ({ first: 100 }), targetMs: 500 },
    { name: 'relationships page of 1000', query: RELATIONSHIPS, variables: () => ({ first: 1000 }), targetMs: 2000 },
    { name: 'relationships deep page (cursor)', query: RELATIONSHIPS, variables: (i) => ({ first: 100, after: at(s.deepCursors, i) }), targetMs: 500 },
    { name: 'Entity.relationships hub page 1', query: ENTITY_LINKS, variables: () => ({ id: s.hub.id }), targetMs: 500 },
    { name: 'Entity.relationships hub deep page', query: ENTITY_LINKS, variables: (i) => ({ id: s.hub.id, after: at(s.hubCursors, i) }), targetMs: 500 },
    { name: 'sources', query: SOURCES, variables: () => ({}), targetMs: 200 },
    { name: 'source.relationships (busiest)', query: SOURCE_LINKS, variables: () => ({ id: s.busiestSource }), targetMs: 1000 },
    { name: 'source.relationships (rarest)', query: SOURCE_LINKS, variables: () => ({ id: s.rarestSource }), targetMs: 1000 },
    { name: 'stats', query: STATS, variables: () => ({}), targetMs: 200 },
  ];
}
