// The given relationships (id and start entity id) that pass a LinkFilter, in id order, each with
// its ends' names and its evidence in the order the curators gave it. A null filter field keeps all.
// Parameters: $refs (list of map), $types (list of string), $statuses (list of string), $kinds (list of string), $asOf (string), $from (string), $to (string)
// Columns: id, type, from, fromName, to, toName, status, validFrom, validTo, role, note, evidence
UNWIND $refs AS ref
MATCH (a:Entity {id: ref.fromId})-[r]->(b:Entity)
WHERE r.id = ref.id
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($asOf))
                         AND (r.validToEnd IS NULL OR r.validToEnd >= date($asOf))))
  AND ($from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($from))
  AND ($to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($to))
CALL (r) {
  MATCH (e:Evidence {relId: r.id})-[:CITES]->(s:Source)
  WITH e, s
  ORDER BY e.ord, e.id
  RETURN collect({source: s.id, sourceTitle: s.title, quote: e.quote, reportedOn: e.reportedOn, stance: e.stance}) AS evidence
}
RETURN r.id AS id, type(r) AS type, a.id AS from, a.name AS fromName, b.id AS to, b.name AS toName, r.status AS status,
       r.validFrom AS validFrom, r.validTo AS validTo, r.role AS role, r.note AS note, evidence
ORDER BY id
