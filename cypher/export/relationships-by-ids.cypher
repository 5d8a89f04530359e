// The given relationships (id and start entity id) that pass a LinkFilter, in id order, each with
// its ends' names, its evidence and its context sentences in the order the curators gave them. $filter is the API's filter
// map (server/translate/filter.ts); a whole-graph export exempts no entity from kinds.
// Parameters: $refs (list of map), $filter (map)
// Columns: id, type, from, fromName, to, toName, status, validFrom, validFromBasis, validTo, validToBasis, datesNote, role, note, evidence, context
UNWIND $refs AS ref
MATCH (a:Entity {id: ref.fromId})-[r]->(b:Entity)
WHERE r.id = ref.id
  AND
  // Include: fragments/link-filter-both-ends
CALL (r) {
  MATCH (e:Evidence {relId: r.id})-[:CITES]->(s:Source)
  WITH e, s
  ORDER BY e.ord, e.id
  RETURN collect({source: s.id, sourceTitle: s.title, sourceUrl: s.url, quote: e.quote, reportedOn: e.reportedOn, stance: e.stance,
                  attributionKind: e.attributionKind, attributionName: e.attributionName,
                  attributionEntityId: e.attributionEntityId, marksEnd: e.marksEnd}) AS evidence
}
CALL (r) {
  MATCH (c:Context {relId: r.id})-[:CITES]->(s:Source)
  WITH c, s
  ORDER BY c.ord, c.id
  RETURN collect({source: s.id, sourceTitle: s.title, quote: c.quote, reportedOn: c.reportedOn}) AS context
}
RETURN r.id AS id, type(r) AS type, a.id AS from, a.name AS fromName, b.id AS to, b.name AS toName, r.status AS status,
       r.validFrom AS validFrom, r.validFromBasis AS validFromBasis, r.validTo AS validTo, r.validToBasis AS validToBasis,
       r.datesNote AS datesNote, r.role AS role, r.note AS note, evidence, context
ORDER BY id
