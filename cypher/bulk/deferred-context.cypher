// Sets the Context values with a line break that a bulk import leaves out of neo4j-admin's files
// (seed/bulk/writer.ts): its multi-line parsing fails on files of long multi-line cells.
// Parameters: $rows (list of map {id; props})
// Columns: set
UNWIND $rows AS row
MATCH (n:Context {id: row.id})
SET n += row.props
RETURN count(n) AS set
