// The shortest paths of at most 4 links between two indexed entities, ignoring direction; one
// file per hop bound (shortest-1 … shortest-6, picked by server/services/paths.ts), because Neo4j
// 5.26 takes neither the quantifier's bounds nor the count after SHORTEST as parameters, and a
// bound checked after the search (size(r) <= $maxHops) let it walk six-hop paths through hubs
// looking for ten that pass. Every step is filtered inside the search (the quantified pattern's
// inline WHERE) so that, e.g. with asOf, a path only uses links valid on that date, and each entity
// m it steps into passes the kinds test (the two ends are in $filter.exempt) and is not the start.
// The one test left for whole paths is that no entity is visited twice. SHORTEST 10 is the API's
// maximum (first <= 10); $first cuts down to what was asked.
// Parameters: $from (string), $to (string), $first (int), $filter (map)
// Columns: ids, rels
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (
  (a) (()-[r]-(m:Entity)
    WHERE m <> a AND
      // Include: fragments/link-filter-one-end
  ){1,4} (b)
  WHERE all(i IN range(0, size(m) - 2) WHERE NOT m[i] IN m[i + 1..])
)
WITH [n IN nodes(p) | n.id] AS ids, relationships(p) AS path
ORDER BY size(path), ids, [r IN path | r.id]
LIMIT $first
RETURN ids, [r IN path | r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS rels
