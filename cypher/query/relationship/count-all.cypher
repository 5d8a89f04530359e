// Every link between entities, from Neo4j's count store (no scan). CITES (evidence to source)
// and MADE (import run to its recorded changes) are bookkeeping, not links of the graph.
// Parameters: none
// Columns: total
RETURN COUNT { ()-->() } - COUNT { ()-[:CITES]->() } - COUNT { ()-[:MADE]->() } AS total
