// One breadth-first level of a neighbourhood for the entities query/neighbourhood/expand marks as
// hubs (the same answer as it gives, for any entity and filter): how many of each one's links pass
// the filter and are not already in the subgraph ($seen), and the first $limit of them by id.
// Two ways, picked per entity:
// - Read from the node (most entities, and any filter on statuses, kinds or dates): its links are
//   read and filtered once, collected (references, not maps), counted, and only the first $limit
//   by id become maps (reading a hub's thousands twice, to count and to keep, was most of its cost).
// - By the index, for an entity holding so large a share of a type's links that the type's id
//   index, walked in order, reaches $limit of them sooner than the node's links can be read and
//   sorted (degree² > $limit × the type's links: the walk passes about $limit × links / degree
//   entries): at L the busiest agency's 206,059 approvals took 650-800 ms read and sorted, 10-15 ms
//   walked. The count is then the degree Neo4j keeps for each type less the type's retired links
//   (their index) and the entity's links already in the subgraph ($seenTouching, from the caller).
//   The entity's other types are read from the node, one type each, so a hub's big type is never
//   read to reach a small one. Only the link filter's types may be set: any other field would
//   need every link read to count the passing ones.
// One branch per relation type, in name order (a unit test checks every type is here); the
// planner cannot take a relation type as a parameter. Making this plan takes Neo4j a second or
// more (several under load), which is why expand keeps the small entities to itself.
// Parameters: $frontier (list of string), $seen (list of string), $seenTouching (map), $limit (int), $filter (map)
// Columns: id, total, kept
UNWIND $frontier AS id
MATCH (n:Entity {id: id})
WITH id, n, [
  {type: 'ACQUIRED', degree: COUNT { (n)-[:ACQUIRED]-() } - COUNT { MATCH ()-[r:ACQUIRED]->() USING INDEX SEEK r:ACQUIRED(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:ACQUIRED]->() }},
  {type: 'APPROVED_BY', degree: COUNT { (n)-[:APPROVED_BY]-() } - COUNT { MATCH ()-[r:APPROVED_BY]->() USING INDEX SEEK r:APPROVED_BY(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:APPROVED_BY]->() }},
  {type: 'BRAND_OF', degree: COUNT { (n)-[:BRAND_OF]-() } - COUNT { MATCH ()-[r:BRAND_OF]->() USING INDEX SEEK r:BRAND_OF(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:BRAND_OF]->() }},
  {type: 'BUILT_BY', degree: COUNT { (n)-[:BUILT_BY]-() } - COUNT { MATCH ()-[r:BUILT_BY]->() USING INDEX SEEK r:BUILT_BY(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:BUILT_BY]->() }},
  {type: 'HOLDS_ROLE_AT', degree: COUNT { (n)-[:HOLDS_ROLE_AT]-() } - COUNT { MATCH ()-[r:HOLDS_ROLE_AT]->() USING INDEX SEEK r:HOLDS_ROLE_AT(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:HOLDS_ROLE_AT]->() }},
  {type: 'IN_TALKS_WITH', degree: COUNT { (n)-[:IN_TALKS_WITH]-() } - COUNT { MATCH ()-[r:IN_TALKS_WITH]->() USING INDEX SEEK r:IN_TALKS_WITH(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:IN_TALKS_WITH]->() }},
  {type: 'ISSUED', degree: COUNT { (n)-[:ISSUED]-() } - COUNT { MATCH ()-[r:ISSUED]->() USING INDEX SEEK r:ISSUED(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:ISSUED]->() }},
  {type: 'JOINTLY_OWNED_BY', degree: COUNT { (n)-[:JOINTLY_OWNED_BY]-() } - COUNT { MATCH ()-[r:JOINTLY_OWNED_BY]->() USING INDEX SEEK r:JOINTLY_OWNED_BY(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:JOINTLY_OWNED_BY]->() }},
  {type: 'OPERATES', degree: COUNT { (n)-[:OPERATES]-() } - COUNT { MATCH ()-[r:OPERATES]->() USING INDEX SEEK r:OPERATES(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:OPERATES]->() }},
  {type: 'PLANS_TO_ACQUIRE', degree: COUNT { (n)-[:PLANS_TO_ACQUIRE]-() } - COUNT { MATCH ()-[r:PLANS_TO_ACQUIRE]->() USING INDEX SEEK r:PLANS_TO_ACQUIRE(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:PLANS_TO_ACQUIRE]->() }},
  {type: 'PLANS_TO_SELL', degree: COUNT { (n)-[:PLANS_TO_SELL]-() } - COUNT { MATCH ()-[r:PLANS_TO_SELL]->() USING INDEX SEEK r:PLANS_TO_SELL(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:PLANS_TO_SELL]->() }},
  {type: 'SUBSIDIARY_OF', degree: COUNT { (n)-[:SUBSIDIARY_OF]-() } - COUNT { MATCH ()-[r:SUBSIDIARY_OF]->() USING INDEX SEEK r:SUBSIDIARY_OF(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:SUBSIDIARY_OF]->() }},
  {type: 'USES_QUALIFICATION_OF', degree: COUNT { (n)-[:USES_QUALIFICATION_OF]-() } - COUNT { MATCH ()-[r:USES_QUALIFICATION_OF]->() USING INDEX SEEK r:USES_QUALIFICATION_OF(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:USES_QUALIFICATION_OF]->() }}
] AS byType
WITH id, n, [t IN byType WHERE t.degree > 0 AND ($filter.types IS NULL OR t.type IN $filter.types)] AS present
WITH id, n, present,
  CASE WHEN $filter.statuses IS NULL AND $filter.kinds IS NULL AND $filter.asOf IS NULL AND $filter.from IS NULL AND $filter.to IS NULL
    THEN [t IN present WHERE t.degree * t.degree > $limit * t.links | t.type] ELSE [] END AS byIndex
CALL (n, present, byIndex) {
  WITH n, byIndex WHERE byIndex = []
  CALL (n) {
    MATCH (n)-[r]-(m:Entity)
    WHERE NOT r.id IN $seen
      AND
      // Include: fragments/link-filter-one-end
    WITH DISTINCT r
    WITH collect(r) AS passing
    CALL (passing) {
      UNWIND passing AS r
      WITH r
      ORDER BY r.id
      LIMIT $limit
      RETURN collect(r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS kept
    }
    RETURN size(passing) AS total, kept
  }
  RETURN total, kept
  UNION
  WITH n, present, byIndex WHERE byIndex <> []
  OPTIONAL CALL (n, present, byIndex) {
    WITH n, byIndex WHERE 'ACQUIRED' IN byIndex
    CALL (n) {
      MATCH ()-[r:ACQUIRED]->() USING INDEX r:ACQUIRED(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'ACQUIRED' IN [t IN present | t.type] AND NOT 'ACQUIRED' IN byIndex
    CALL (n) {
      MATCH (n)-[r:ACQUIRED]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'APPROVED_BY' IN byIndex
    CALL (n) {
      MATCH ()-[r:APPROVED_BY]->() USING INDEX r:APPROVED_BY(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'APPROVED_BY' IN [t IN present | t.type] AND NOT 'APPROVED_BY' IN byIndex
    CALL (n) {
      MATCH (n)-[r:APPROVED_BY]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'BRAND_OF' IN byIndex
    CALL (n) {
      MATCH ()-[r:BRAND_OF]->() USING INDEX r:BRAND_OF(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'BRAND_OF' IN [t IN present | t.type] AND NOT 'BRAND_OF' IN byIndex
    CALL (n) {
      MATCH (n)-[r:BRAND_OF]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'BUILT_BY' IN byIndex
    CALL (n) {
      MATCH ()-[r:BUILT_BY]->() USING INDEX r:BUILT_BY(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'BUILT_BY' IN [t IN present | t.type] AND NOT 'BUILT_BY' IN byIndex
    CALL (n) {
      MATCH (n)-[r:BUILT_BY]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'HOLDS_ROLE_AT' IN byIndex
    CALL (n) {
      MATCH ()-[r:HOLDS_ROLE_AT]->() USING INDEX r:HOLDS_ROLE_AT(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'HOLDS_ROLE_AT' IN [t IN present | t.type] AND NOT 'HOLDS_ROLE_AT' IN byIndex
    CALL (n) {
      MATCH (n)-[r:HOLDS_ROLE_AT]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'IN_TALKS_WITH' IN byIndex
    CALL (n) {
      MATCH ()-[r:IN_TALKS_WITH]->() USING INDEX r:IN_TALKS_WITH(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'IN_TALKS_WITH' IN [t IN present | t.type] AND NOT 'IN_TALKS_WITH' IN byIndex
    CALL (n) {
      MATCH (n)-[r:IN_TALKS_WITH]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'ISSUED' IN byIndex
    CALL (n) {
      MATCH ()-[r:ISSUED]->() USING INDEX r:ISSUED(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'ISSUED' IN [t IN present | t.type] AND NOT 'ISSUED' IN byIndex
    CALL (n) {
      MATCH (n)-[r:ISSUED]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'JOINTLY_OWNED_BY' IN byIndex
    CALL (n) {
      MATCH ()-[r:JOINTLY_OWNED_BY]->() USING INDEX r:JOINTLY_OWNED_BY(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'JOINTLY_OWNED_BY' IN [t IN present | t.type] AND NOT 'JOINTLY_OWNED_BY' IN byIndex
    CALL (n) {
      MATCH (n)-[r:JOINTLY_OWNED_BY]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'OPERATES' IN byIndex
    CALL (n) {
      MATCH ()-[r:OPERATES]->() USING INDEX r:OPERATES(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'OPERATES' IN [t IN present | t.type] AND NOT 'OPERATES' IN byIndex
    CALL (n) {
      MATCH (n)-[r:OPERATES]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'PLANS_TO_ACQUIRE' IN byIndex
    CALL (n) {
      MATCH ()-[r:PLANS_TO_ACQUIRE]->() USING INDEX r:PLANS_TO_ACQUIRE(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'PLANS_TO_ACQUIRE' IN [t IN present | t.type] AND NOT 'PLANS_TO_ACQUIRE' IN byIndex
    CALL (n) {
      MATCH (n)-[r:PLANS_TO_ACQUIRE]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'PLANS_TO_SELL' IN byIndex
    CALL (n) {
      MATCH ()-[r:PLANS_TO_SELL]->() USING INDEX r:PLANS_TO_SELL(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'PLANS_TO_SELL' IN [t IN present | t.type] AND NOT 'PLANS_TO_SELL' IN byIndex
    CALL (n) {
      MATCH (n)-[r:PLANS_TO_SELL]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'SUBSIDIARY_OF' IN byIndex
    CALL (n) {
      MATCH ()-[r:SUBSIDIARY_OF]->() USING INDEX r:SUBSIDIARY_OF(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'SUBSIDIARY_OF' IN [t IN present | t.type] AND NOT 'SUBSIDIARY_OF' IN byIndex
    CALL (n) {
      MATCH (n)-[r:SUBSIDIARY_OF]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'USES_QUALIFICATION_OF' IN byIndex
    CALL (n) {
      MATCH ()-[r:USES_QUALIFICATION_OF]->() USING INDEX r:USES_QUALIFICATION_OF(id)
      WHERE r.id >= '' AND (startNode(r) = n OR endNode(r) = n) AND NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'USES_QUALIFICATION_OF' IN [t IN present | t.type] AND NOT 'USES_QUALIFICATION_OF' IN byIndex
    CALL (n) {
      MATCH (n)-[r:USES_QUALIFICATION_OF]-() WHERE NOT r.id IN $seen AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $limit RETURN r
    }
    RETURN r
  }
  WITH n, present, collect(DISTINCT r) AS firsts
  CALL (firsts) {
    UNWIND firsts AS r
    WITH r
    ORDER BY r.id
    LIMIT $limit
    RETURN collect(r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS kept
  }
  RETURN reduce(s = 0, t IN present | s + t.degree) - coalesce($seenTouching[n.id], 0) AS total, kept
}
RETURN id, total, kept
