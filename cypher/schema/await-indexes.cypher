// Blocks until every index is online, so that a load is only reported done when search works.
// Parameters: $seconds (int)
// Columns: none
CALL db.awaitIndexes($seconds)
