// Sets each revised relationship's version stamp and whether it is retired. The start entity
// leads to the relationship without a scan.
// Parameters: $rows (list of map)
// Columns: stamped
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(:Entity)
WHERE r.id = row.target
SET r.version = toInteger(row.version), r.revisionId = row.id, r.revisedBy = row.authorId, r.revisedAt = datetime(row.at),
    r.retired = CASE WHEN row.retired THEN true ELSE null END
RETURN count(r) AS stamped
