// An import-audit pair (ImportRun -MADE-> Change), written inside a test transaction that is rolled back.
// Parameters: $id (string)
// Columns: id
CREATE (run:ImportRun {id: $id})-[:MADE]->(:Change {id: $id + '-change'})
RETURN run.id AS id
