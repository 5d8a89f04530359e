// Live entities per kind, each counted from the Entity.kind index, less the retired ones (found
// through the Entity.retired index, cypher/editing/schema).
// Parameters: $kinds (list of string)
// Columns: kind, count
UNWIND $kinds AS kind
RETURN kind, COUNT { MATCH (n:Entity) WHERE n.kind = kind } - COUNT { MATCH (n:Entity) WHERE n.retired = true AND n.kind = kind } AS count
