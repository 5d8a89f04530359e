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
    AND
    // Include: fragments/link-filter-one-end
  RETURN count(DISTINCT r) AS total
}
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE NOT r.id IN $seen
    AND
    // Include: fragments/link-filter-one-end
  WITH DISTINCT r
  ORDER BY r.id
  LIMIT $limit
  RETURN collect(r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS kept
}
RETURN id, total, kept
