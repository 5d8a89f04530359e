// Sets each revised entity's version stamp and whether it is retired (a retired record keeps
// its node and history; reads leave it out). Retiring takes the entity out of its kind's tally
// (cypher/tally/), bringing it back puts it in again, in the same write.
// Parameters: $rows (list of map)
// Columns: stamped
UNWIND $rows AS row
MATCH (n:Entity {id: row.target})
WITH row, n, CASE WHEN n.retired = true OR n.kind IS NULL THEN [] ELSE ['kind ' + n.kind] END AS before
SET n.version = toInteger(row.version), n.revisionId = row.id, n.revisedBy = row.authorId, n.revisedAt = datetime(row.at),
    n.retired = CASE WHEN row.retired THEN true ELSE null END
WITH n, before, CASE WHEN n.retired = true OR n.kind IS NULL THEN [] ELSE ['kind ' + n.kind] END AS after
// Include: fragments/tally-apply
RETURN count(n) AS stamped
