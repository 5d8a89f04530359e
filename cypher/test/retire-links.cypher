// Marks links retired, as server/revisions' stamp does, for the filter contract's retired link
// (written and read in a transaction that is rolled back).
// Parameters: $rows (list of map)
// Columns: retired
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity)
WHERE r.id = row.id
SET r.retired = true
RETURN count(r) AS retired
