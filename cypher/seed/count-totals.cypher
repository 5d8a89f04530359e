// All nodes and all relationships, for the load summary (a node with two labels counts once).
// Parameters: none
// Columns: nodes, relationships
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
