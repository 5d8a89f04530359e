// The breaker's and /readyz's probe: the cheapest statement that still needs a working database
// (a Bolt login alone answers 6-12 s before queries do while Neo4j starts).
// Parameters: none
// Columns: ok
RETURN 1 AS ok
