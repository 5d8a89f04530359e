// Live links per relation type of each entity, in and out, by type name. Each type's count is the
// degree Neo4j keeps on the node (no link is read: grouping a hub's 206,401 links at L by type took
// 300 ms, slower than @neo4j/graphql's 26 totalCounts) less its retired links of that type, found
// from the type's index on `retired` (cypher/editing/schema; set only on retired links, so the
// seek is short), as query/entity/relationships-count-all does for one direction. One line per
// type, in name order; a unit test checks every type is here. Types without a live link are left
// out, and an entity without links still comes back, with an empty list.
// Parameters: $ids (list of string)
// Columns: id, counts
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, [
  {type: 'ACQUIRED', count: COUNT { (n)-[:ACQUIRED]-() } - COUNT { MATCH ()-[r:ACQUIRED]->() USING INDEX SEEK r:ACQUIRED(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'APPROVED_BY', count: COUNT { (n)-[:APPROVED_BY]-() } - COUNT { MATCH ()-[r:APPROVED_BY]->() USING INDEX SEEK r:APPROVED_BY(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'BRAND_OF', count: COUNT { (n)-[:BRAND_OF]-() } - COUNT { MATCH ()-[r:BRAND_OF]->() USING INDEX SEEK r:BRAND_OF(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'BUILT_BY', count: COUNT { (n)-[:BUILT_BY]-() } - COUNT { MATCH ()-[r:BUILT_BY]->() USING INDEX SEEK r:BUILT_BY(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'HOLDS_ROLE_AT', count: COUNT { (n)-[:HOLDS_ROLE_AT]-() } - COUNT { MATCH ()-[r:HOLDS_ROLE_AT]->() USING INDEX SEEK r:HOLDS_ROLE_AT(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'IN_TALKS_WITH', count: COUNT { (n)-[:IN_TALKS_WITH]-() } - COUNT { MATCH ()-[r:IN_TALKS_WITH]->() USING INDEX SEEK r:IN_TALKS_WITH(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'ISSUED', count: COUNT { (n)-[:ISSUED]-() } - COUNT { MATCH ()-[r:ISSUED]->() USING INDEX SEEK r:ISSUED(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'JOINTLY_OWNED_BY', count: COUNT { (n)-[:JOINTLY_OWNED_BY]-() } - COUNT { MATCH ()-[r:JOINTLY_OWNED_BY]->() USING INDEX SEEK r:JOINTLY_OWNED_BY(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'OPERATES', count: COUNT { (n)-[:OPERATES]-() } - COUNT { MATCH ()-[r:OPERATES]->() USING INDEX SEEK r:OPERATES(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'PLANS_TO_ACQUIRE', count: COUNT { (n)-[:PLANS_TO_ACQUIRE]-() } - COUNT { MATCH ()-[r:PLANS_TO_ACQUIRE]->() USING INDEX SEEK r:PLANS_TO_ACQUIRE(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'PLANS_TO_SELL', count: COUNT { (n)-[:PLANS_TO_SELL]-() } - COUNT { MATCH ()-[r:PLANS_TO_SELL]->() USING INDEX SEEK r:PLANS_TO_SELL(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'SUBSIDIARY_OF', count: COUNT { (n)-[:SUBSIDIARY_OF]-() } - COUNT { MATCH ()-[r:SUBSIDIARY_OF]->() USING INDEX SEEK r:SUBSIDIARY_OF(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }},
  {type: 'USES_QUALIFICATION_OF', count: COUNT { (n)-[:USES_QUALIFICATION_OF]-() } - COUNT { MATCH ()-[r:USES_QUALIFICATION_OF]->() USING INDEX SEEK r:USES_QUALIFICATION_OF(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }}
] AS byType
RETURN id, [c IN byType WHERE c.count > 0] AS counts
