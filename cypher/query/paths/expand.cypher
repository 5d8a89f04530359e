// One level of the bidirectional breadth-first search for paths (server/services/paths.ts, which
// assembles the paths in TypeScript, server/services/path-search.ts): for each frontier entity,
// every link a path may step along from it, with the entity at its other end. SHORTEST k over a
// quantified pattern walked every path from one end until k passed (seconds through hubs at M, the
// 15 s timeout at L); the service instead expands the smaller of the two frontiers one step a
// statement and meets in the middle, so each end's ball is read only to half the hop bound.
// The step's tests are the ones the quantified pattern had: the link filter on the link and the
// kinds test on m, the entity stepped into (the two ends of the path are in $filter.exempt, so they
// pass), $exclude's types and kinds in the same place, and no link from an entity to itself. A
// path's every link passes these from the side it is read from, and every entity it passes through
// passes the kinds test, so reading from the other end changes nothing.
// A level either reads each frontier entity's links whole ($targets null) or, the last level, only
// those to the other side's frontier ($targets: the paths of the last length need nothing else);
// the service scans from whichever side has fewer links, by the `degree` each row gives of the
// entity it reaches (Neo4j keeps it on the node: telling costs nothing). Rows are lean (a link's id,
// status and direction): query/paths/links reads the few links of the paths kept in full.
// Bounds, so that no request can run away: at most $fanout of one entity's links (storage order,
// no ORDER BY: sorting a hub's 200k links to keep the first by id was most of a second at L), and
// at most $limit rows in all. The caller passes HUB_DEGREE as $fanout, so only a hub is ever cut,
// and says the search was partial when an entity gave $fanout rows or the level $limit
// (docs/api.md#paths: paths through a capped hub may be missed).
// Parameters: $frontier (list of string), $targets (list of string), $filter (map), $exclude (map), $fanout (int), $limit (int)
// Columns: id, neighbour, rel, status, out, degree
UNWIND $frontier AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE m <> n AND ($targets IS NULL OR m.id IN $targets) AND
    // Include: fragments/link-filter-one-end
    AND ($exclude.types IS NULL OR none(t IN $exclude.types WHERE type(r) = t))
    AND ($exclude.kinds IS NULL OR NOT m.kind IN $exclude.kinds OR m.id IN $filter.exempt)
  RETURN r, m
  LIMIT $fanout
}
WITH id, n, r, m
LIMIT $limit
RETURN id, m.id AS neighbour, r.id AS rel, r.status AS status, startNode(r) = n AS out, COUNT { (m)--() } AS degree
