// The shortest paths between two indexed entities, ignoring direction, every step filtered inside
// the search (an inline WHERE in the quantified pattern) so that, e.g. with asOf, a path only uses
// links valid on that date. Paths never revisit an entity. Neo4j 5.26 takes neither the count
// after SHORTEST nor the quantifier bounds as parameters: the literals are the API maxima
// (first <= 10, maxHops <= 6) and $first / $maxHops cut down to what was asked.
// Parameters: $from (string), $to (string), $maxHops (int), $first (int), $filter (map)
// Columns: ids, rels
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (
  (a) (()-[r]-(x:Entity)
    WHERE ($filter.types IS NULL OR type(r) IN $filter.types)
      AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
      AND ($filter.asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($filter.asOf)) AND (r.validToEnd IS NULL OR r.validToEnd >= date($filter.asOf))))
      AND ($filter.from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($filter.from))
      AND ($filter.to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($filter.to))
      AND ($filter.kinds IS NULL OR x.kind IN $filter.kinds OR x.id IN $filter.exempt)
  ){1,6} (b)
  WHERE size(r) <= $maxHops AND NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
)
WITH [n IN nodes(p) | n.id] AS ids, relationships(p) AS path
ORDER BY size(path), ids, [r IN path | r.id]
LIMIT $first
RETURN ids, [r IN path | r {.id, .status, .validFrom, .validTo, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS rels
