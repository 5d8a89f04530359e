// Whole-graph totals from Neo4j's count store (no scan).
// Parameters: none
// Columns: entities, relationships, sources
RETURN COUNT { (:Entity) } AS entities,
       COUNT { ()-->() } - COUNT { ()-[:CITES]->() } AS relationships,
       COUNT { (:Source) } AS sources
