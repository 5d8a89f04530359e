// One breadth-first level of a neighbourhood. For each frontier entity: how many of its links
// pass the filter and are not already in the subgraph ($seen), and the first $limit of them by id.
// The links are read and filtered once, collected (references, not maps), counted, and only the
// first $limit by id become maps: reading a hub's thousands twice, once to count and once to keep,
// was most of its cost.
// Parameters: $frontier (list of string), $seen (list of string), $limit (int), $filter (map)
// Columns: id, total, kept
UNWIND $frontier AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE NOT r.id IN $seen
    AND
    // Include: fragments/link-filter-one-end
  WITH DISTINCT r
  WITH collect(r) AS passing
  CALL (passing) {
    UNWIND passing AS r
    WITH r
    ORDER BY r.id
    LIMIT $limit
    RETURN collect(r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS kept
  }
  RETURN size(passing) AS total, kept
}
RETURN id, total, kept
