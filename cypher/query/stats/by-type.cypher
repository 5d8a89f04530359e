// Live relationships per type: Neo4j's count store less the retired ones, counted from the type's
// index on `retired` (cypher/editing/schema). The count store and the index both need each type
// written out (a dynamic type would scan every relationship), hence one line per type; a unit test
// checks that every type in vocabulary/ RELATION_TYPES has its line.
// Parameters: none
// Columns: type, count
UNWIND [
  {type: 'BUILT_BY', count: COUNT { ()-[:BUILT_BY]->() } - COUNT { ()-[r:BUILT_BY]->() WHERE r.retired = true }},
  {type: 'ACQUIRED', count: COUNT { ()-[:ACQUIRED]->() } - COUNT { ()-[r:ACQUIRED]->() WHERE r.retired = true }},
  {type: 'USES_QUALIFICATION_OF', count: COUNT { ()-[:USES_QUALIFICATION_OF]->() } - COUNT { ()-[r:USES_QUALIFICATION_OF]->() WHERE r.retired = true }},
  {type: 'SUBSIDIARY_OF', count: COUNT { ()-[:SUBSIDIARY_OF]->() } - COUNT { ()-[r:SUBSIDIARY_OF]->() WHERE r.retired = true }},
  {type: 'JOINTLY_OWNED_BY', count: COUNT { ()-[:JOINTLY_OWNED_BY]->() } - COUNT { ()-[r:JOINTLY_OWNED_BY]->() WHERE r.retired = true }},
  {type: 'BRAND_OF', count: COUNT { ()-[:BRAND_OF]->() } - COUNT { ()-[r:BRAND_OF]->() WHERE r.retired = true }},
  {type: 'OPERATES', count: COUNT { ()-[:OPERATES]->() } - COUNT { ()-[r:OPERATES]->() WHERE r.retired = true }},
  {type: 'PLANS_TO_ACQUIRE', count: COUNT { ()-[:PLANS_TO_ACQUIRE]->() } - COUNT { ()-[r:PLANS_TO_ACQUIRE]->() WHERE r.retired = true }},
  {type: 'PLANS_TO_SELL', count: COUNT { ()-[:PLANS_TO_SELL]->() } - COUNT { ()-[r:PLANS_TO_SELL]->() WHERE r.retired = true }},
  {type: 'IN_TALKS_WITH', count: COUNT { ()-[:IN_TALKS_WITH]->() } - COUNT { ()-[r:IN_TALKS_WITH]->() WHERE r.retired = true }},
  {type: 'APPROVED_BY', count: COUNT { ()-[:APPROVED_BY]->() } - COUNT { ()-[r:APPROVED_BY]->() WHERE r.retired = true }},
  {type: 'ISSUED', count: COUNT { ()-[:ISSUED]->() } - COUNT { ()-[r:ISSUED]->() WHERE r.retired = true }},
  {type: 'HOLDS_ROLE_AT', count: COUNT { ()-[:HOLDS_ROLE_AT]->() } - COUNT { ()-[r:HOLDS_ROLE_AT]->() WHERE r.retired = true }}
] AS row
RETURN row.type AS type, row.count AS count
