// How many links pass a filter: this one reads every relationship, so the API only runs it when a
// client asks a filtered connection for its totalCount.
// Parameters: $filter (map)
// Columns: total
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($filter.types IS NULL OR type(r) IN $filter.types)
  AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
  AND ($filter.asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($filter.asOf)) AND (r.validToEnd IS NULL OR r.validToEnd >= date($filter.asOf))))
  AND ($filter.from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($filter.from))
  AND ($filter.to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($filter.to))
  AND ($filter.kinds IS NULL OR ((a.kind IN $filter.kinds OR a.id IN $filter.exempt) AND (b.kind IN $filter.kinds OR b.id IN $filter.exempt)))
RETURN count(r) AS total
