// How many live relationships a source backs (retired ones keep their evidence, but do not count):
// the distinct links its evidence names (read from the (sourceId, relId) index alone), less the
// retired ones among them. Links are retired, never deleted, so every relId an Evidence holds
// names a link; the retired ones are few and come from
// their type's index on `retired` (cypher/editing/schema; one line per type, as in
// query/relationship/count-all), so no link is looked up one by one (the busiest source at S names
// 2,483 links, and finding each from its start entity took ten times the reads of its evidence).
// The hints keep the planner from scanning a whole `retired` index (it costs a seek and a scan of
// a near-empty index alike).
// Parameters: $id (string)
// Columns: total
MATCH (e:Evidence)
USING INDEX e:Evidence(sourceId, relId)
WHERE e.sourceId = $id AND e.relId IS NOT NULL
WITH collect(DISTINCT e.relId) AS relIds
WITH relIds, COLLECT {
    MATCH ()-[r:BUILT_BY]->() USING INDEX SEEK r:BUILT_BY(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:ACQUIRED]->() USING INDEX SEEK r:ACQUIRED(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:USES_QUALIFICATION_OF]->() USING INDEX SEEK r:USES_QUALIFICATION_OF(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:SUBSIDIARY_OF]->() USING INDEX SEEK r:SUBSIDIARY_OF(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:JOINTLY_OWNED_BY]->() USING INDEX SEEK r:JOINTLY_OWNED_BY(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:BRAND_OF]->() USING INDEX SEEK r:BRAND_OF(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:OPERATES]->() USING INDEX SEEK r:OPERATES(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:PLANS_TO_ACQUIRE]->() USING INDEX SEEK r:PLANS_TO_ACQUIRE(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:PLANS_TO_SELL]->() USING INDEX SEEK r:PLANS_TO_SELL(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:IN_TALKS_WITH]->() USING INDEX SEEK r:IN_TALKS_WITH(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:APPROVED_BY]->() USING INDEX SEEK r:APPROVED_BY(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:ISSUED]->() USING INDEX SEEK r:ISSUED(retired) WHERE r.retired = true RETURN r.id AS id
    UNION ALL
    MATCH ()-[r:HOLDS_ROLE_AT]->() USING INDEX SEEK r:HOLDS_ROLE_AT(retired) WHERE r.retired = true RETURN r.id AS id
} AS retired
RETURN size([relId IN relIds WHERE NOT relId IN retired]) AS total
