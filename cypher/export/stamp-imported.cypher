// Records which import file last wrote each source, entity, relationship, evidence entry and context sentence, and
// when, so that imported data can always be told apart from the curated seed and traced back (who wrote it is the
// record's version stamp, revisedBy, an account id).
// Parameters: $sources (list of map), $entities (list of map), $relationships (list of map), $at (string)
// Columns: stamped
CALL () {
  UNWIND $sources AS row
  MATCH (s:Source {id: row.id})
  SET s.importedFrom = row.file, s.importedAt = datetime($at)
  RETURN count(s) AS sources
}
CALL () {
  UNWIND $entities AS row
  MATCH (n:Entity {id: row.id})
  SET n.importedFrom = row.file, n.importedAt = datetime($at)
  RETURN count(n) AS entities
}
CALL () {
  UNWIND $relationships AS row
  MATCH (:Entity {id: row.from})-[r]->()
  WHERE r.id = row.id
  SET r.importedFrom = row.file, r.importedAt = datetime($at)
  WITH r, row
  MATCH (e:Evidence {relId: r.id})
  SET e.importedFrom = row.file, e.importedAt = datetime($at)
  WITH DISTINCT r, row
  // A link may have no context sentences; the unit subquery keeps it counted all the same.
  CALL (r, row) {
    MATCH (c:Context {relId: r.id})
    SET c.importedFrom = row.file, c.importedAt = datetime($at)
  }
  RETURN count(r) AS relationships
}
RETURN sources + entities + relationships AS stamped
