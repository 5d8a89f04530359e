// Sets each revised source's version stamp.
// Parameters: $rows (list of map)
// Columns: stamped
UNWIND $rows AS row
MATCH (s:Source {id: row.target})
SET s.version = toInteger(row.version), s.revisionId = row.id, s.revisedBy = row.authorId, s.revisedAt = datetime(row.at)
RETURN count(s) AS stamped
