// Marks Change nodes as migrated, with the revision that now holds each (null for a change of a
// record no longer stored); the nodes themselves stay, so nothing of the old audit is lost.
// Parameters: $rows (list of map), $at (string)
// Columns: marked
UNWIND $rows AS row
MATCH (c:Change {id: row.id})
SET c.migratedAt = datetime($at), c.revisionId = row.revisionId
RETURN count(c) AS marked
