// Live entities per kind, counted: stats' fallback before the tallies are counted (query/stats/kept
// reads them kept) and what tests hold the 'kind ' tallies to. Each kind from the Entity.kind
// index, less the retired ones (found through the Entity.retired index, cypher/editing/schema).
// Parameters: $kinds (list of string)
// Columns: kind, count
UNWIND $kinds AS kind
RETURN kind, COUNT { MATCH (n:Entity) WHERE n.kind = kind } - COUNT { MATCH (n:Entity) WHERE n.retired = true AND n.kind = kind } AS count
