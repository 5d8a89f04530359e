// Whole-graph totals from Neo4j's count store (no scan); CITES and MADE are bookkeeping links.
// Retired entities and links are left out, counted from their indexes on `retired`
// (cypher/editing/schema; one line per relation type, see query/relationship/count-all).
// Parameters: none
// Columns: entities, relationships, sources
RETURN COUNT { (:Entity) } - COUNT { MATCH (n:Entity) WHERE n.retired = true } AS entities,
       COUNT { ()-->() } - COUNT { ()-[:CITES]->() } - COUNT { ()-[:MADE]->() }
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
         AS relationships,
       COUNT { (:Source) } AS sources
