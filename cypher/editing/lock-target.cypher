// Write-locks the record a review or a revert is about to check and change, before it reads the
// version: a no-op SET takes the lock, so a second transaction on the same record waits here for
// the first to commit and then reads the version the first one made (Neo4j reads what is
// committed, so without the lock both could read the same version and both write).
// Parameters: $id (string)
// Columns: locked
CALL (*) {
  OPTIONAL MATCH (n:Entity {id: $id})
  SET n.id = n.id
  RETURN count(n) AS entities
}
CALL (*) {
  OPTIONAL MATCH (e:Evidence {relId: $id})
  WITH e LIMIT 1
  OPTIONAL MATCH (:Entity {id: e.fromId})-[r]->(:Entity)
  WHERE r.id = $id
  SET r.id = r.id
  RETURN count(r) AS relationships
}
CALL (*) {
  OPTIONAL MATCH (s:Source {id: $id})
  SET s.id = s.id
  RETURN count(s) AS sources
}
RETURN entities + relationships + sources AS locked
