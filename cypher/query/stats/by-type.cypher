// Relationships per type from Neo4j's count store. The count store needs each type written out
// (a dynamic type would scan every relationship), hence one line per type; a unit test checks that
// every type in vocabulary/ RELATION_TYPES has its line.
// Parameters: none
// Columns: type, count
UNWIND [
  {type: 'BUILT_BY', count: COUNT { ()-[:BUILT_BY]->() }},
  {type: 'ACQUIRED', count: COUNT { ()-[:ACQUIRED]->() }},
  {type: 'USES_QUALIFICATION_OF', count: COUNT { ()-[:USES_QUALIFICATION_OF]->() }},
  {type: 'SUBSIDIARY_OF', count: COUNT { ()-[:SUBSIDIARY_OF]->() }},
  {type: 'JOINTLY_OWNED_BY', count: COUNT { ()-[:JOINTLY_OWNED_BY]->() }},
  {type: 'BRAND_OF', count: COUNT { ()-[:BRAND_OF]->() }},
  {type: 'OPERATES', count: COUNT { ()-[:OPERATES]->() }},
  {type: 'PLANS_TO_ACQUIRE', count: COUNT { ()-[:PLANS_TO_ACQUIRE]->() }},
  {type: 'PLANS_TO_SELL', count: COUNT { ()-[:PLANS_TO_SELL]->() }},
  {type: 'IN_TALKS_WITH', count: COUNT { ()-[:IN_TALKS_WITH]->() }},
  {type: 'APPROVED_BY', count: COUNT { ()-[:APPROVED_BY]->() }},
  {type: 'ISSUED', count: COUNT { ()-[:ISSUED]->() }},
  {type: 'HOLDS_ROLE_AT', count: COUNT { ()-[:HOLDS_ROLE_AT]->() }}
] AS row
RETURN row.type AS type, row.count AS count
