// How many links of one entity pass the filter (the connection's totalCount).
// Parameters: $id (string), $direction (string), $filter (map)
// Columns: total
MATCH (n:Entity {id: $id})
MATCH (n)-[r]-(m:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n))
  AND ($filter.types IS NULL OR type(r) IN $filter.types)
  AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
  AND ($filter.asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($filter.asOf)) AND (r.validToEnd IS NULL OR r.validToEnd >= date($filter.asOf))))
  AND ($filter.from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($filter.from))
  AND ($filter.to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($filter.to))
  AND ($filter.kinds IS NULL OR m.kind IN $filter.kinds OR m.id IN $filter.exempt)
RETURN count(DISTINCT r) AS total
