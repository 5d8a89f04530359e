// How many links of one entity pass the filter (the connection's totalCount).
// Parameters: $id (string), $direction (string), $filter (map)
// Columns: total
MATCH (n:Entity {id: $id})
MATCH (n)-[r]-(m:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n))
  AND
  // Include: fragments/link-filter-one-end
RETURN count(DISTINCT r) AS total
