// One breadth-first level of a neighbourhood. For each frontier entity: how many of its links
// pass the filter and are not already in the subgraph ($seen), and the first $limit of them by id.
// Counting and keeping are separate subqueries so that a hub's links are counted, never collected.
// Parameters: $frontier (list of string), $seen (list of string), $limit (int), $filter (map)
// Columns: id, total, kept
UNWIND $frontier AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE NOT r.id IN $seen
    AND ($filter.types IS NULL OR type(r) IN $filter.types)
    AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
    AND ($filter.asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($filter.asOf)) AND (r.validToEnd IS NULL OR r.validToEnd >= date($filter.asOf))))
    AND ($filter.from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($filter.from))
    AND ($filter.to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($filter.to))
    AND ($filter.kinds IS NULL OR m.kind IN $filter.kinds OR m.id IN $filter.exempt)
  RETURN count(DISTINCT r) AS total
}
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE NOT r.id IN $seen
    AND ($filter.types IS NULL OR type(r) IN $filter.types)
    AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
    AND ($filter.asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($filter.asOf)) AND (r.validToEnd IS NULL OR r.validToEnd >= date($filter.asOf))))
    AND ($filter.from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($filter.from))
    AND ($filter.to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($filter.to))
    AND ($filter.kinds IS NULL OR m.kind IN $filter.kinds OR m.id IN $filter.exempt)
  WITH DISTINCT r
  ORDER BY r.id
  LIMIT $limit
  RETURN collect(r {.id, .status, .validFrom, .validTo, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS kept
}
RETURN id, total, kept
