// One breadth-first level of a neighbourhood. For each frontier entity: how many of its links
// pass the filter and are not already in the subgraph ($seen), and the first $limit of them by id.
// The links are read and filtered once, collected (references, not maps), counted, and only the
// first $limit by id become maps: reading a hub's thousands twice, once to count and once to keep,
// was most of its cost. An entity of more than $hubDegree links is not read here but marked `hub`
// (its degree is kept on the node, so telling costs nothing): the caller reads it with
// query/neighbourhood/expand-hub, whose plan walks a big type's id index instead but takes
// seconds to make, which only graphs with such hubs should pay.
// Parameters: $frontier (list of string), $seen (list of string), $limit (int), $filter (map), $hubDegree (int)
// Columns: id, hub, total, kept
UNWIND $frontier AS id
MATCH (n:Entity {id: id})
WITH id, n, COUNT { (n)--() } > $hubDegree AS hub
CALL (n, hub) {
  WITH n, hub WHERE hub
  RETURN null AS total, null AS kept
  UNION
  WITH n, hub WHERE NOT hub
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
  RETURN total, kept
}
RETURN id, hub, total, kept
