// The shortest paths between two indexed entities, ignoring direction, every step filtered inside
// the search (an inline WHERE in the quantified pattern) so that, e.g. with asOf, a path only uses
// links valid on that date, and each entity m it steps into passes the kinds test (the two ends are
// in $filter.exempt). $exclude keeps link types and connector kinds out in the same place (the
// ends pass its kinds test too). Paths never revisit an entity. Neo4j 5.26 takes neither the count
// after SHORTEST nor the quantifier bounds as parameters: the literals are the API maxima
// (first <= 10, maxHops <= 6) and $first / $maxHops cut down to what was asked. Of the (up to ten)
// shortest paths found, those whose weakest step is strongest come first ($strength ranks each
// status, 0 the strongest), then the shorter.
// Parameters: $from (string), $to (string), $maxHops (int), $first (int), $filter (map), $exclude (map), $strength (map)
// Columns: ids, rels, weakest
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (
  (a) (()-[r]-(m:Entity)
    WHERE
      // Include: fragments/link-filter-one-end
      AND ($exclude.types IS NULL OR none(t IN $exclude.types WHERE type(r) = t))
      AND ($exclude.kinds IS NULL OR NOT m.kind IN $exclude.kinds OR m.id IN $filter.exempt)
  ){1,6} (b)
  WHERE size(r) <= $maxHops AND NOT a IN m AND all(i IN range(0, size(m) - 2) WHERE NOT m[i] IN m[i + 1..])
)
WITH [n IN nodes(p) | n.id] AS ids, relationships(p) AS path
WITH ids, path, reduce(w = 0, r IN path | CASE WHEN $strength[r.status] > w THEN $strength[r.status] ELSE w END) AS weakest
ORDER BY weakest, size(path), ids, [r IN path | r.id]
LIMIT $first
RETURN ids, [r IN path | r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS rels, weakest
