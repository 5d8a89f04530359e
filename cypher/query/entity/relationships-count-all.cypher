// How many live links one entity has in a direction when no filter is given (the connection's
// totalCount; query/entity/relationships-count counts the filtered ones): the degree Neo4j keeps
// on the node for the relation types (no link is read; a hub's 2,655 links at S were read once
// for the page and again for this count), less its retired links, found from their type's index
// on `retired` (cypher/editing/schema; set only on retired links, so the seeks are short; one line
// per type, as in query/relationship/count-all; a unit test checks every type is here). Relation
// types only join entities, so no end needs testing. A missing entity gives no row (the caller reads 0).
// Parameters: $id (string), $direction (string)
// Columns: total
MATCH (n:Entity {id: $id})
RETURN CASE $direction
    WHEN 'OUTGOING' THEN COUNT { (n)-[:BUILT_BY|ACQUIRED|USES_QUALIFICATION_OF|SUBSIDIARY_OF|JOINTLY_OWNED_BY|BRAND_OF|OPERATES|PLANS_TO_ACQUIRE|PLANS_TO_SELL|IN_TALKS_WITH|APPROVED_BY|ISSUED|HOLDS_ROLE_AT]->() }
    WHEN 'INCOMING' THEN COUNT { (n)<-[:BUILT_BY|ACQUIRED|USES_QUALIFICATION_OF|SUBSIDIARY_OF|JOINTLY_OWNED_BY|BRAND_OF|OPERATES|PLANS_TO_ACQUIRE|PLANS_TO_SELL|IN_TALKS_WITH|APPROVED_BY|ISSUED|HOLDS_ROLE_AT]-() }
    ELSE COUNT { (n)-[:BUILT_BY|ACQUIRED|USES_QUALIFICATION_OF|SUBSIDIARY_OF|JOINTLY_OWNED_BY|BRAND_OF|OPERATES|PLANS_TO_ACQUIRE|PLANS_TO_SELL|IN_TALKS_WITH|APPROVED_BY|ISSUED|HOLDS_ROLE_AT]-() }
  END
  - COUNT { MATCH ()-[r:BUILT_BY]->() USING INDEX SEEK r:BUILT_BY(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:ACQUIRED]->() USING INDEX SEEK r:ACQUIRED(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:USES_QUALIFICATION_OF]->() USING INDEX SEEK r:USES_QUALIFICATION_OF(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:SUBSIDIARY_OF]->() USING INDEX SEEK r:SUBSIDIARY_OF(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:JOINTLY_OWNED_BY]->() USING INDEX SEEK r:JOINTLY_OWNED_BY(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:BRAND_OF]->() USING INDEX SEEK r:BRAND_OF(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:OPERATES]->() USING INDEX SEEK r:OPERATES(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:PLANS_TO_ACQUIRE]->() USING INDEX SEEK r:PLANS_TO_ACQUIRE(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:PLANS_TO_SELL]->() USING INDEX SEEK r:PLANS_TO_SELL(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:IN_TALKS_WITH]->() USING INDEX SEEK r:IN_TALKS_WITH(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:APPROVED_BY]->() USING INDEX SEEK r:APPROVED_BY(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:ISSUED]->() USING INDEX SEEK r:ISSUED(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  - COUNT { MATCH ()-[r:HOLDS_ROLE_AT]->() USING INDEX SEEK r:HOLDS_ROLE_AT(retired) WHERE r.retired = true AND ((startNode(r) = n AND $direction <> 'INCOMING') OR (endNode(r) = n AND $direction <> 'OUTGOING')) }
  AS total
