// Entities per kind, each counted from the Entity.kind index.
// Parameters: $kinds (list of string)
// Columns: kind, count
UNWIND $kinds AS kind
RETURN kind, COUNT { MATCH (n:Entity) WHERE n.kind = kind } AS count
