// One relationship as stored with its claim fields: the dates and their bases, and each quote's
// stance, attribution and end mark, and its context sentences, in order; used by the seed tests.
// Parameters: $id (string)
// Columns: id, type, from, to, status, validFrom, validFromBasis, validTo, validToBasis, datesNote, evidence, context
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id = $id
CALL (r) {
  MATCH (e:Evidence {relId: r.id})-[:CITES]->(s:Source)
  WITH e, s ORDER BY e.ord
  RETURN collect({source: s.id, quote: e.quote, reportedOn: e.reportedOn, stance: e.stance, attributionKind: e.attributionKind,
                  attributionName: e.attributionName, attributionEntityId: e.attributionEntityId, marksEnd: e.marksEnd}) AS evidence
}
CALL (r) {
  MATCH (c:Context {relId: r.id})-[:CITES]->(s:Source)
  WITH c, s ORDER BY c.ord
  RETURN collect({source: s.id, quote: c.quote, labels: labels(c)}) AS context
}
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.status AS status, r.validFrom AS validFrom, r.validFromBasis AS validFromBasis,
       r.validTo AS validTo, r.validToBasis AS validToBasis, r.datesNote AS datesNote, evidence, context
