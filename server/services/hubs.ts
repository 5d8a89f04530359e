// Which entities are read as hubs: above HUB_DEGREE links, a neighbourhood level and a page of an
// entity's links come from the statements named *-hub (query/neighbourhood/expand-hub,
// query/entity/relationships-hub), which walk a big relation type's id index in order instead of
// reading and sorting every link (at L the busiest agency's 206,401 links: 650-800 ms → 12-30 ms a
// level, 0.8-2.7 s → 26-46 ms a page), but whose plans take Neo4j a second or more to make. The
// small-entity statements say which of their entities are over the bound, at no cost (the degree
// is kept on the node), so a graph without such hubs never plans the big statements.
import type { Row } from '../db';

export const HUB_DEGREE = 5_000;

/**
 * The rows of a statement that marks hubs (`hub: true`, nothing read for them), the hubs' own rows
 * read by `readHubs` in their place; `readHubs` is not called when there is none.
 */
export async function withHubRows(rows: readonly Row[], readHubs: (ids: string[]) => Promise<Row[]>): Promise<Row[]> {
  const hubs = rows.filter((r) => r.hub === true).map((r) => String(r.id));
  const others = rows.filter((r) => r.hub !== true);
  return hubs.length === 0 ? others : [...others, ...(await readHubs(hubs))];
}
