// What the whole graph holds (stats), and the whole graph itself for "Show everything": every link
// a page at a time, then the entities at their ends by id in batches (./byId.ts), so no request
// goes over the server's cost limit whatever the graph's size.
import type { GraphStatsQuery, LinkPageQuery, LinkPageQueryVariables } from '#vocabulary/wire/operations';
import type { RelationshipData, Subgraph } from '../model/types';
import { fetchRecords } from './byId';
import { gql } from './graphql';
import { toRel } from './linkage';
import { GRAPH_STATS, LINK_PAGE } from './queries';

export type GraphStats = GraphStatsQuery['stats'];

/**
 * The largest graph "Show everything" offers to draw, in entities plus links: the one place this
 * threshold is set. Past it the canvas stops being readable (and the force layout slow).
 */
export const SHOW_EVERYTHING_MAX = 600;

export const canShowEverything = (stats: Pick<GraphStats, 'entities' | 'relationships'>): boolean =>
  stats.entities + stats.relationships <= SHOW_EVERYTHING_MAX;

/** Links per page: a page costs about 20 per link, so 250 stay far under the default limit of 50,000. */
export const LINKS_PER_PAGE = 250;

let cached: Promise<GraphStats> | null = null;

/** Asked once per page load; a failure is forgotten so that the next call asks again. */
export function fetchStats(): Promise<GraphStats> {
  cached ??= gql<GraphStatsQuery>(GRAPH_STATS, {}, undefined, { background: true }).then(
    (d) => d.stats,
    (err: unknown) => {
      cached = null;
      throw err;
    },
  );
  return cached;
}

/** Every live link and the entities at their ends (an entity with no link at all is not drawn). */
export async function fetchWholeGraph(): Promise<Subgraph> {
  const edges: RelationshipData[] = [];
  let after: string | null = null;
  for (;;) {
    const vars: LinkPageQueryVariables = after === null ? { first: LINKS_PER_PAGE } : { first: LINKS_PER_PAGE, after };
    const page: LinkPageQuery = await gql<LinkPageQuery>(LINK_PAGE, vars);
    edges.push(...page.relationships.edges.map((e) => toRel(e.node)));
    if (!page.relationships.pageInfo.hasNextPage || page.relationships.pageInfo.endCursor === null) break;
    after = page.relationships.pageInfo.endCursor;
  }
  const ends = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const { nodes } = await fetchRecords(ends, []);
  return { nodes, edges };
}
