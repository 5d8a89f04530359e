// Empties the benchmark's own database before a graph of another size is loaded, step 1 of 2:
// relationships first, in batches, so that no transaction has to delete a hub's thousands of
// links at once (one DETACH DELETE batch over the hubs exceeds the transaction memory limit).
// CALL … IN TRANSACTIONS only runs as an auto-commit statement, so it is sent outside a
// managed transaction.
// Parameters: $batch (int)
// Columns: none
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS
