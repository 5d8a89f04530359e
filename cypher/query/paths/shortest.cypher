// The shortest paths of at most $$maxHops links between two indexed entities, ignoring direction.
// The loader makes one statement of this file per hop bound, query/paths/shortest-2 … shortest-6
// (shortest-1 is a file of its own, picked with them by server/services/paths.ts), because Neo4j
// 5.26 takes neither the quantifier's bounds nor the count after SHORTEST as parameters, and a
// bound checked after the search (size(r) <= $maxHops) let it walk six-hop paths through hubs
// looking for ten that pass. Every step is filtered inside the search (the quantified pattern's
// inline WHERE) so that, e.g. with asOf, a path only uses links valid on that date, and each entity
// m it steps into passes the kinds test (the two ends are in $filter.exempt) and is not the start.
// The one test left for whole paths is that no entity is visited twice. SHORTEST 10 is the API's
// maximum (first <= 10); $first cuts down to what was asked. $exclude keeps link types and connector
// kinds out in the same place as the filter (the ends pass its kinds test too). Of the shortest paths
// found, those whose weakest step is strongest come first ($strength ranks each status, 0 the
// strongest), then the shorter.
// Template: $$maxHops (int 2..6)
// Parameters: $from (string), $to (string), $first (int), $filter (map), $exclude (map), $strength (map)
// Columns: ids, rels, weakest
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (
  (a) (()-[r]-(m:Entity)
    WHERE m <> a AND
      // Include: fragments/link-filter-one-end
      AND ($exclude.types IS NULL OR none(t IN $exclude.types WHERE type(r) = t))
      AND ($exclude.kinds IS NULL OR NOT m.kind IN $exclude.kinds OR m.id IN $filter.exempt)
  ){1,$$maxHops} (b)
  WHERE all(i IN range(0, size(m) - 2) WHERE NOT m[i] IN m[i + 1..])
)
WITH [n IN nodes(p) | n.id] AS ids, relationships(p) AS path
WITH ids, path, reduce(w = 0, r IN path | CASE WHEN $strength[r.status] > w THEN $strength[r.status] ELSE w END) AS weakest
ORDER BY weakest, size(path), ids, [r IN path | r.id]
LIMIT $first
RETURN ids, [r IN path | r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS rels, weakest
