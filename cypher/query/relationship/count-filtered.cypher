// How many links pass a filter: this one reads every relationship, so the API only runs it when a
// client asks a filtered connection for its totalCount.
// Parameters: $filter (map)
// Columns: total
MATCH (a:Entity)-[r]->(b:Entity)
WHERE
  // Include: fragments/link-filter-both-ends
RETURN count(r) AS total
