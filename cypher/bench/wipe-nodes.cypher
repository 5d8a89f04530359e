// Empties the benchmark's own database, step 2 of 2: the nodes, which have no links left.
// Auto-commit only, like step 1 (CALL … IN TRANSACTIONS).
// Parameters: $batch (int)
// Columns: none
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF $batch ROWS
