// Links per relation type of each entity, in and out. The aggregation inside CALL always yields
// one row, so an entity without links still comes back (with an empty list). Retired links do not count.
// Parameters: $ids (list of string)
// Columns: id, counts
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE NOT coalesce(r.retired, false)
  WITH type(r) AS type, count(r) AS count
  ORDER BY type
  RETURN collect({type: type, count: count}) AS counts
}
RETURN id, counts
