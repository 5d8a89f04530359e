// The version stamp of each relationship (0 for one never revised). The id is found through the
// indexed Evidence.relId, whose fromId leads to the start entity, as query/relationship/by-ids does.
// Parameters: $ids (list of string)
// Columns: id, version
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Evidence {relId: id})
  RETURN e.fromId AS fromId
  LIMIT 1
}
MATCH (:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = id
RETURN id, coalesce(r.version, 0) AS version
