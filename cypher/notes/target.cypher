// What a note's target id names: an entity, or a relationship (found through the indexed
// Evidence.relId, every link has evidence, then among its start entity's own links), and whether
// it is retired. No row's kind when the id names neither.
// Parameters: $id (string)
// Columns: kind, retired
OPTIONAL MATCH (n:Entity {id: $id})
CALL (*) {
  OPTIONAL MATCH (e:Evidence {relId: $id})
  WITH e LIMIT 1
  OPTIONAL MATCH (:Entity {id: e.fromId})-[r]->(:Entity)
  WHERE r.id = $id
  RETURN r
  LIMIT 1
}
RETURN CASE WHEN n IS NOT NULL THEN 'entity' WHEN r IS NOT NULL THEN 'relationship' END AS kind,
       coalesce(n.retired, r.retired, false) AS retired
