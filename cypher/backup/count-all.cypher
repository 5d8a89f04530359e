// How many nodes and relationships there are (from the count store, not a scan).
// Parameters: none
// Columns: nodes, relationships
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
