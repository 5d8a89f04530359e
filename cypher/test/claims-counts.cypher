// The loaded graph's links by status, its quotes by attribution kind and by stance, and its
// context sentences (with how many also carry the Evidence label or share a quote with evidence
// on the same link, which should be none); used by the seed tests and the issue's closing counts.
// Parameters: none
// Columns: byStatus, byAttribution, byStance, context, contextAsEvidence
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.status IS NOT NULL
  WITH r.status AS key, count(*) AS n ORDER BY key
  RETURN collect({key: key, count: n}) AS byStatus
}
CALL () {
  MATCH (e:Evidence)
  WITH e.attributionKind AS key, count(*) AS n ORDER BY key
  RETURN collect({key: key, count: n}) AS byAttribution
}
CALL () {
  MATCH (e:Evidence)
  WITH e.stance AS key, count(*) AS n ORDER BY key
  RETURN collect({key: key, count: n}) AS byStance
}
CALL () {
  MATCH (c:Context)
  RETURN count(c) AS context
}
CALL () {
  MATCH (c:Context)
  WHERE c:Evidence OR EXISTS { MATCH (e:Evidence {relId: c.relId}) WHERE e.quote = c.quote }
  RETURN count(c) AS contextAsEvidence
}
RETURN byStatus, byAttribution, byStance, context, contextAsEvidence
