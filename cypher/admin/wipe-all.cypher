// Empties the database. Used only by the test set-up on its own disposable Neo4j.
// Parameters: none
// Columns: none
MATCH (n) DETACH DELETE n
