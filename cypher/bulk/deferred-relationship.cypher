// Sets the relationship values with a line break that a bulk import leaves out of neo4j-admin's
// files (seed/bulk/writer.ts); the start entity leads to the relationship without a scan.
// Parameters: $rows (list of map {id; from; props})
// Columns: set
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity)
WHERE r.id = row.id
SET r += row.props
RETURN count(r) AS set
