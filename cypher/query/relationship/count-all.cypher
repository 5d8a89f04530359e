// Every live link between entities, from Neo4j's count store (no scan). CITES (evidence to source)
// and MADE (import run to its recorded changes) are bookkeeping, not links of the graph; retired
// links are counted from their type's index on `retired` (cypher/editing/schema), one line per
// type, since an index is only used for a type written out (a unit test checks every type has its line).
// Parameters: none
// Columns: total
RETURN COUNT { ()-->() } - COUNT { ()-[:CITES]->() } - COUNT { ()-[:MADE]->() }
  - COUNT { ()-[r:BUILT_BY]->() WHERE r.retired = true }
  - COUNT { ()-[r:ACQUIRED]->() WHERE r.retired = true }
  - COUNT { ()-[r:USES_QUALIFICATION_OF]->() WHERE r.retired = true }
  - COUNT { ()-[r:SUBSIDIARY_OF]->() WHERE r.retired = true }
  - COUNT { ()-[r:JOINTLY_OWNED_BY]->() WHERE r.retired = true }
  - COUNT { ()-[r:BRAND_OF]->() WHERE r.retired = true }
  - COUNT { ()-[r:OPERATES]->() WHERE r.retired = true }
  - COUNT { ()-[r:PLANS_TO_ACQUIRE]->() WHERE r.retired = true }
  - COUNT { ()-[r:PLANS_TO_SELL]->() WHERE r.retired = true }
  - COUNT { ()-[r:IN_TALKS_WITH]->() WHERE r.retired = true }
  - COUNT { ()-[r:APPROVED_BY]->() WHERE r.retired = true }
  - COUNT { ()-[r:ISSUED]->() WHERE r.retired = true }
  - COUNT { ()-[r:HOLDS_ROLE_AT]->() WHERE r.retired = true }
  AS total
