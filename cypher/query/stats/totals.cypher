// Whole-graph totals from Neo4j's count store (no scan); CITES and MADE are bookkeeping links.
// Parameters: none
// Columns: entities, relationships, sources
RETURN COUNT { (:Entity) } AS entities,
       COUNT { ()-->() } - COUNT { ()-[:CITES]->() } - COUNT { ()-[:MADE]->() } AS relationships,
       COUNT { (:Source) } AS sources
