// One page of the links of each entity that query/entity/relationships marks as a hub, the same
// answer as it gives for any entity and filter: ordered by relationship id after the cursor's id
// ($after, '' for the first page), $first the page size plus one; `ends` the other ends of the
// page's links (retired ones left out) with the fields of fragments/entity-fields.
// Two ways, picked per entity as query/neighbourhood/expand-hub picks them: the links read from the
// node, or, for an entity holding so large a share of a type's links that the type's id index
// walked in order from $after reaches $first of them sooner (degree² > $first × the type's links,
// the degree in $direction: a hub's few outgoing links are not looked for among its incoming),
// that walk for the type, and the node read one type at a time for its other types. Only the link
// filter's types may be set for the walk: a filter on statuses, kinds or dates could make it pass
// most of the index before the page is full. One branch per relation type, in name order (a unit
// test checks every type is here). Making this plan takes Neo4j a second or more, which is why
// query/entity/relationships keeps the small entities to itself.
// Parameters: $ids (list of string), $direction (string), $after (string), $first (int), $filter (map)
// Columns: id, rels, ends
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, [
  {type: 'ACQUIRED', out: COUNT { (n)-[:ACQUIRED]->() }, in: COUNT { (n)<-[:ACQUIRED]-() }, links: COUNT { ()-[:ACQUIRED]->() }},
  {type: 'APPROVED_BY', out: COUNT { (n)-[:APPROVED_BY]->() }, in: COUNT { (n)<-[:APPROVED_BY]-() }, links: COUNT { ()-[:APPROVED_BY]->() }},
  {type: 'BRAND_OF', out: COUNT { (n)-[:BRAND_OF]->() }, in: COUNT { (n)<-[:BRAND_OF]-() }, links: COUNT { ()-[:BRAND_OF]->() }},
  {type: 'BUILT_BY', out: COUNT { (n)-[:BUILT_BY]->() }, in: COUNT { (n)<-[:BUILT_BY]-() }, links: COUNT { ()-[:BUILT_BY]->() }},
  {type: 'HOLDS_ROLE_AT', out: COUNT { (n)-[:HOLDS_ROLE_AT]->() }, in: COUNT { (n)<-[:HOLDS_ROLE_AT]-() }, links: COUNT { ()-[:HOLDS_ROLE_AT]->() }},
  {type: 'IN_TALKS_WITH', out: COUNT { (n)-[:IN_TALKS_WITH]->() }, in: COUNT { (n)<-[:IN_TALKS_WITH]-() }, links: COUNT { ()-[:IN_TALKS_WITH]->() }},
  {type: 'ISSUED', out: COUNT { (n)-[:ISSUED]->() }, in: COUNT { (n)<-[:ISSUED]-() }, links: COUNT { ()-[:ISSUED]->() }},
  {type: 'JOINTLY_OWNED_BY', out: COUNT { (n)-[:JOINTLY_OWNED_BY]->() }, in: COUNT { (n)<-[:JOINTLY_OWNED_BY]-() }, links: COUNT { ()-[:JOINTLY_OWNED_BY]->() }},
  {type: 'OPERATES', out: COUNT { (n)-[:OPERATES]->() }, in: COUNT { (n)<-[:OPERATES]-() }, links: COUNT { ()-[:OPERATES]->() }},
  {type: 'PLANS_TO_ACQUIRE', out: COUNT { (n)-[:PLANS_TO_ACQUIRE]->() }, in: COUNT { (n)<-[:PLANS_TO_ACQUIRE]-() }, links: COUNT { ()-[:PLANS_TO_ACQUIRE]->() }},
  {type: 'PLANS_TO_SELL', out: COUNT { (n)-[:PLANS_TO_SELL]->() }, in: COUNT { (n)<-[:PLANS_TO_SELL]-() }, links: COUNT { ()-[:PLANS_TO_SELL]->() }},
  {type: 'SUBSIDIARY_OF', out: COUNT { (n)-[:SUBSIDIARY_OF]->() }, in: COUNT { (n)<-[:SUBSIDIARY_OF]-() }, links: COUNT { ()-[:SUBSIDIARY_OF]->() }},
  {type: 'USES_QUALIFICATION_OF', out: COUNT { (n)-[:USES_QUALIFICATION_OF]->() }, in: COUNT { (n)<-[:USES_QUALIFICATION_OF]-() }, links: COUNT { ()-[:USES_QUALIFICATION_OF]->() }}
] AS byType
WITH id, n, [t IN byType | t {.type, .links, degree: CASE $direction WHEN 'OUTGOING' THEN t.out WHEN 'INCOMING' THEN t.in ELSE t.out + t.in END}] AS byType
WITH id, n, [t IN byType WHERE t.degree > 0 AND ($filter.types IS NULL OR t.type IN $filter.types)] AS present
WITH id, n, present,
  CASE WHEN $filter.statuses IS NULL AND $filter.kinds IS NULL AND $filter.asOf IS NULL AND $filter.from IS NULL AND $filter.to IS NULL
    THEN [t IN present WHERE t.degree * t.degree > $first * t.links | t.type] ELSE [] END AS byIndex
CALL (n, present, byIndex) {
  WITH n, byIndex WHERE byIndex = []
  CALL (n) {
    MATCH (n)-[r]-(m:Entity)
    WHERE r.id > $after
      AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n))
      AND
      // Include: fragments/link-filter-one-end
    WITH DISTINCT r, m
    ORDER BY r.id
    LIMIT $first
    RETURN collect(r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS rels,
      collect(CASE WHEN coalesce(m.retired, false) THEN null
        ELSE m {.id, .name, .aliases, .kind, .country, .description, type: [l IN labels(m) WHERE l <> 'Entity'][0]} END) AS ends
  }
  RETURN rels, ends
  UNION
  WITH n, present, byIndex WHERE byIndex <> []
  OPTIONAL CALL (n, present, byIndex) {
    WITH n, byIndex WHERE 'ACQUIRED' IN byIndex
    CALL (n) {
      MATCH ()-[r:ACQUIRED]->() USING INDEX r:ACQUIRED(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'ACQUIRED' IN [t IN present | t.type] AND NOT 'ACQUIRED' IN byIndex
    CALL (n) {
      MATCH (n)-[r:ACQUIRED]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'APPROVED_BY' IN byIndex
    CALL (n) {
      MATCH ()-[r:APPROVED_BY]->() USING INDEX r:APPROVED_BY(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'APPROVED_BY' IN [t IN present | t.type] AND NOT 'APPROVED_BY' IN byIndex
    CALL (n) {
      MATCH (n)-[r:APPROVED_BY]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'BRAND_OF' IN byIndex
    CALL (n) {
      MATCH ()-[r:BRAND_OF]->() USING INDEX r:BRAND_OF(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'BRAND_OF' IN [t IN present | t.type] AND NOT 'BRAND_OF' IN byIndex
    CALL (n) {
      MATCH (n)-[r:BRAND_OF]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'BUILT_BY' IN byIndex
    CALL (n) {
      MATCH ()-[r:BUILT_BY]->() USING INDEX r:BUILT_BY(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'BUILT_BY' IN [t IN present | t.type] AND NOT 'BUILT_BY' IN byIndex
    CALL (n) {
      MATCH (n)-[r:BUILT_BY]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'HOLDS_ROLE_AT' IN byIndex
    CALL (n) {
      MATCH ()-[r:HOLDS_ROLE_AT]->() USING INDEX r:HOLDS_ROLE_AT(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'HOLDS_ROLE_AT' IN [t IN present | t.type] AND NOT 'HOLDS_ROLE_AT' IN byIndex
    CALL (n) {
      MATCH (n)-[r:HOLDS_ROLE_AT]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'IN_TALKS_WITH' IN byIndex
    CALL (n) {
      MATCH ()-[r:IN_TALKS_WITH]->() USING INDEX r:IN_TALKS_WITH(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'IN_TALKS_WITH' IN [t IN present | t.type] AND NOT 'IN_TALKS_WITH' IN byIndex
    CALL (n) {
      MATCH (n)-[r:IN_TALKS_WITH]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'ISSUED' IN byIndex
    CALL (n) {
      MATCH ()-[r:ISSUED]->() USING INDEX r:ISSUED(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'ISSUED' IN [t IN present | t.type] AND NOT 'ISSUED' IN byIndex
    CALL (n) {
      MATCH (n)-[r:ISSUED]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'JOINTLY_OWNED_BY' IN byIndex
    CALL (n) {
      MATCH ()-[r:JOINTLY_OWNED_BY]->() USING INDEX r:JOINTLY_OWNED_BY(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'JOINTLY_OWNED_BY' IN [t IN present | t.type] AND NOT 'JOINTLY_OWNED_BY' IN byIndex
    CALL (n) {
      MATCH (n)-[r:JOINTLY_OWNED_BY]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'OPERATES' IN byIndex
    CALL (n) {
      MATCH ()-[r:OPERATES]->() USING INDEX r:OPERATES(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'OPERATES' IN [t IN present | t.type] AND NOT 'OPERATES' IN byIndex
    CALL (n) {
      MATCH (n)-[r:OPERATES]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'PLANS_TO_ACQUIRE' IN byIndex
    CALL (n) {
      MATCH ()-[r:PLANS_TO_ACQUIRE]->() USING INDEX r:PLANS_TO_ACQUIRE(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'PLANS_TO_ACQUIRE' IN [t IN present | t.type] AND NOT 'PLANS_TO_ACQUIRE' IN byIndex
    CALL (n) {
      MATCH (n)-[r:PLANS_TO_ACQUIRE]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'PLANS_TO_SELL' IN byIndex
    CALL (n) {
      MATCH ()-[r:PLANS_TO_SELL]->() USING INDEX r:PLANS_TO_SELL(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'PLANS_TO_SELL' IN [t IN present | t.type] AND NOT 'PLANS_TO_SELL' IN byIndex
    CALL (n) {
      MATCH (n)-[r:PLANS_TO_SELL]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'SUBSIDIARY_OF' IN byIndex
    CALL (n) {
      MATCH ()-[r:SUBSIDIARY_OF]->() USING INDEX r:SUBSIDIARY_OF(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'SUBSIDIARY_OF' IN [t IN present | t.type] AND NOT 'SUBSIDIARY_OF' IN byIndex
    CALL (n) {
      MATCH (n)-[r:SUBSIDIARY_OF]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, byIndex WHERE 'USES_QUALIFICATION_OF' IN byIndex
    CALL (n) {
      MATCH ()-[r:USES_QUALIFICATION_OF]->() USING INDEX r:USES_QUALIFICATION_OF(id)
      WHERE r.id > $after AND (startNode(r) = n OR endNode(r) = n) AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
    UNION ALL
    WITH n, present, byIndex WHERE 'USES_QUALIFICATION_OF' IN [t IN present | t.type] AND NOT 'USES_QUALIFICATION_OF' IN byIndex
    CALL (n) {
      MATCH (n)-[r:USES_QUALIFICATION_OF]-() WHERE r.id > $after AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n)) AND NOT coalesce(r.retired, false)
      WITH r ORDER BY r.id LIMIT $first RETURN r
    }
    RETURN r
  }
  WITH n, collect(DISTINCT r) AS firsts
  CALL (n, firsts) {
    UNWIND firsts AS r
    WITH r, CASE WHEN startNode(r) = n THEN endNode(r) ELSE startNode(r) END AS m
    ORDER BY r.id
    LIMIT $first
    RETURN collect(r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS rels,
      collect(CASE WHEN coalesce(m.retired, false) THEN null
        ELSE m {.id, .name, .aliases, .kind, .country, .description, type: [l IN labels(m) WHERE l <> 'Entity'][0]} END) AS ends
  }
  RETURN rels, ends
}
RETURN id, rels, ends
