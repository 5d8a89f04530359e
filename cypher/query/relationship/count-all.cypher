// Every link between entities, from Neo4j's count store (no scan). CITES links evidence to
// sources and is not a link of the graph.
// Parameters: none
// Columns: total
RETURN COUNT { ()-->() } - COUNT { ()-[:CITES]->() } AS total
