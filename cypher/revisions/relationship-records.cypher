// The stored record (its evidence and context included) and version stamp of each given
// relationship, read inside the transaction that is about to change it. A ref names the
// relationship's start entity when the caller knows it; otherwise it is found through the indexed
// Evidence.relId (every link has evidence). Only the start entity's own links are expanded.
// Parameters: $refs (list of map)
// Columns: id, record, stamp
UNWIND $refs AS ref
CALL (ref) {
  OPTIONAL MATCH (e:Evidence {relId: ref.id})
  WITH ref, e LIMIT 1
  RETURN coalesce(ref.from, e.fromId) AS fromId
}
MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
WHERE r.id = ref.id
CALL (r) {
  OPTIONAL MATCH (e:Evidence {relId: r.id})-[:CITES]->(s:Source)
  WITH e, s ORDER BY e.ord, e.id
  RETURN collect(e {.id, source: s.id, .quote, .reportedOn, .stance, .attributionKind, .attributionName, .attributionEntityId,
                    marksEnd: coalesce(e.marksEnd, false), .ord}) AS evidence
}
CALL (r) {
  OPTIONAL MATCH (c:Context {relId: r.id})-[:CITES]->(s:Source)
  WITH c, s ORDER BY c.ord, c.id
  RETURN collect(c {.id, source: s.id, .quote, .reportedOn, .ord}) AS context
}
RETURN r.id AS id,
       r {.id, type: type(r), from: a.id, to: b.id, .status, .validFrom, .validFromBasis, .validTo, .validToBasis, .datesNote,
          .role, .note, retired: coalesce(r.retired, false), evidence: evidence, context: context} AS record,
       {version: coalesce(r.version, 0), revisionId: r.revisionId, revisedBy: r.revisedBy, revisedAt: toString(r.revisedAt)} AS stamp
