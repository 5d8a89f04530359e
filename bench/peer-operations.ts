// For each operation the bench times through Linkage (operations.ts), what @neo4j/graphql is
// asked instead, with the same samples, or why it cannot be asked (paths: its generated API has
// no variable-length or shortest-path query; only a hand-written @cypher field would do, which
// is not its generated API). A note says where the peer's answer is not the same question.
import { decodeCursor } from '../server/translate/cursor';
import { buildSearchQuery } from '../server/translate/search-query';
import { relationshipId } from './generate';
import type { GraphSummary } from './generate';
import type { Operation } from './measure';
import {
  ENTITY_LINKS_QUERY, ENTITY_QUERY, RELATIONSHIPS_PAGE_QUERY, RELATIONSHIP_QUERY, SEARCH_QUERY, SOURCES_QUERY, SOURCE_LINKS_QUERY,
  neighbourhoodQuery, offsetCursor,
} from './peer-queries';
import type { Samples } from './samples';

export type Comparison = 'neighbourhood' | 'search' | 'entity' | 'relationship' | 'relationships-page' | 'entity-links' | 'source-links';

export type PeerPlan =
  | { name: string; op: Operation; note: string | null; compare: Comparison | null }
  | { name: string; op: null; reason: string };

/** The Linkage default `limit` of a neighbourhood (schema.graphql), which the peer must be given. */
const DEFAULT_LIMIT = 100;

function at<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty sample list');
  return item;
}

/** What the peer needs besides the shared samples: each link's start entity, and entity positions. */
export interface PeerSamples {
  /** Link id → its start entity's id. */
  relFrom: Map<string, string>;
  /** The peer's cursor for each of samples.deepCursors: the entity before the page's first one. */
  deepCursors: (string | null)[];
  /** The link id each of samples.hubCursors names (the peer pages by key through `gt`). */
  hubAfter: string[];
}

/** Code-unit order, which is how Neo4j compares strings. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function peerSamples(graph: GraphSummary, s: Samples): PeerSamples {
  const ids = graph.entities.map((e) => e.id).sort(cmp);
  const position = new Map(ids.map((id, i) => [id, i]));
  // Only the sampled links' starts: at L a map of all five million would be memory for nothing.
  const wanted = new Set(s.relationships);
  const relFrom = new Map<string, string>();
  for (let i = 0; i < graph.relationships && relFrom.size < wanted.size; i++) {
    const id = relationshipId(graph, i);
    if (wanted.has(id)) relFrom.set(id, graph.entities[graph.relFrom[i] ?? 0]?.id ?? '');
  }
  return {
    relFrom,
    deepCursors: s.deepCursors.map((c) => {
      const [fromId] = decodeCursor(c, 2) ?? [];
      const p = position.get(fromId ?? '');
      if (p === undefined) throw new Error(`deep cursor names an unknown entity ${String(fromId)}`);
      return p === 0 ? null : offsetCursor(p - 1);
    }),
    hubAfter: s.hubCursors.map((c) => decodeCursor(c, 1)?.[0] ?? ''),
  };
}

/**
 * Depth 3 is expressible but not sent: its nested selection is one Cypher statement of 26 + 26² +
 * 26³ = 18,278 subqueries. On S one such request (a leaf, limit 10) did not get past planning within
 * the 15 s timeout and held the database for 110 s before it answered with the timeout.
 */
const DEPTH_3 = 'not sent: 26³ nested connections are one Cypher statement of 18,278 subqueries, which did not finish planning within the 15 s timeout on S (one request held Neo4j for 110 s)';

const NEIGHBOURHOOD = /^neighbourhood (hub|leaf) depth (\d) limit (default|\d+)$/;

function plan(name: string, s: Samples, p: PeerSamples, targetMs: number): PeerPlan {
  const run = (query: string, variables: Operation['variables'], compare: Comparison | null, note: string | null = null): PeerPlan =>
    ({ name, op: { name, query, variables, targetMs }, note, compare });
  const hood = NEIGHBOURHOOD.exec(name);
  if (hood) {
    const [, which, depth, limit] = hood;
    const id = which === 'hub' ? s.hub.id : s.leaf.id;
    const n = limit === 'default' ? DEFAULT_LIMIT : Number(limit);
    if (depth === '3') return { name, op: null, reason: DEPTH_3 };
    return run(neighbourhoodQuery(Number(depth)), () => ({ id, limit: n }), 'neighbourhood', 'nested connections; the limit applies per relation type and direction, not per entity');
  }
  if (name.startsWith('paths ')) {
    return { name, op: null, reason: 'no shortest-path or variable-length query in the generated API (only a hand-written @cypher field)' };
  }
  const search = (pick: (x: Samples['searches'][number]) => string): PeerPlan =>
    run(SEARCH_QUERY, (i) => ({ phrase: buildSearchQuery(pick(at(s.searches, i))) }), 'search', "@fulltext on entity_search, given Linkage's Lucene query; no re-ranking");
  switch (name) {
    case 'search English name': return search((x) => x.english);
    case 'search Chinese name': return search((x) => x.chinese);
    case 'search with a typo': return search((x) => x.typo);
    case 'entity (random)': return run(ENTITY_QUERY, (i) => ({ id: at(s.entities, i) }), 'entity', 'counts as 26 connection totalCounts');
    case 'entity (hub, counts)': return run(ENTITY_QUERY, () => ({ id: s.hub.id }), 'entity', 'counts as 26 connection totalCounts');
    case 'relationship with evidence':
      return run(RELATIONSHIP_QUERY, (i) => {
        const id = at(s.relationships, i);
        return { id, from: p.relFrom.get(id) };
      }, 'relationship', 'given the start entity (Linkage finds it); no paragraph');
    case 'relationships page of 100': return run(RELATIONSHIPS_PAGE_QUERY, () => ({ first: 100 }), 'relationships-page', '100 entities with their outgoing links');
    case 'relationships page of 1000': return run(RELATIONSHIPS_PAGE_QUERY, () => ({ first: 1000 }), 'relationships-page', '1,000 entities with their outgoing links');
    case 'relationships deep page (cursor)':
      return run(RELATIONSHIPS_PAGE_QUERY, (i) => ({ first: 100, after: at(p.deepCursors, i) }), 'relationships-page', "the library's offset cursor into entities");
    case 'Entity.relationships hub page 1': return run(ENTITY_LINKS_QUERY, () => ({ id: s.hub.id, after: '' }), 'entity-links', '26 connections of 100, merged');
    case 'Entity.relationships hub deep page':
      return run(ENTITY_LINKS_QUERY, (i) => ({ id: s.hub.id, after: at(p.hubAfter, i) }), 'entity-links', '26 connections of 100 after the key (String gt), merged');
    case 'sources': return run(SOURCES_QUERY, () => ({}), null, 'reads only the fields asked for');
    case 'source.relationships (busiest)': return run(SOURCE_LINKS_QUERY, () => ({ id: s.busiestSource }), 'source-links', 'quotes by link id, not links (no type)');
    case 'source.relationships (rarest)': return run(SOURCE_LINKS_QUERY, () => ({ id: s.rarestSource }), 'source-links', 'quotes by link id, not links (no type)');
    case 'stats': return { name, op: null, reason: 'no root field reaches relationships: totals by type would read every entity\'s 26 connections' };
    default: return { name, op: null, reason: 'no peer query written for this operation' };
  }
}

/** One plan per Linkage operation, in the same order. */
export function buildPeerPlans(ops: readonly Operation[], s: Samples, p: PeerSamples): PeerPlan[] {
  return ops.map((op) => plan(op.name, s, p, op.targetMs));
}
