// A bulk import cannot write an empty list (neo4j-admin reads an empty cell as no property);
// the incremental loader stores an entity without aliases with `aliases: []`, so this does too.
// Parameters: none
// Columns: fixed
MATCH (n:Entity) WHERE n.aliases IS NULL
SET n.aliases = []
RETURN count(n) AS fixed
