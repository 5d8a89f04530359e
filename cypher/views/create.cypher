// Stores a new saved view, unless its owner already keeps $limit views. The owner's User node is
// write-locked first (a no-op SET), so two saves by one account run one after the other: the
// count and the idempotency key are read after the other's commit, and the limit holds. With
// $row.idemKey (owner id + ':' + key) the owner's first view saved with that key is returned and
// nothing is written. MERGE on the id made before the transaction, so a retried transaction writes
// nothing twice; `created` says whether this call made the view (a retry of this same call counts).
// `view` is null when the limit refused it; no row at all when the owner is not an account.
// Parameters: $row (map), $limit (int)
// Columns: view, created, count
MATCH (u:User {id: $row.ownerId})
SET u.id = u.id
WITH u
OPTIONAL MATCH (first:SavedView {idemKey: $row.idemKey})
CALL (u) {
  OPTIONAL MATCH (mine:SavedView {ownerId: u.id})
  RETURN count(mine) AS count
}
FOREACH (_ IN CASE WHEN first IS NULL AND count < $limit THEN [1] ELSE [] END |
  MERGE (made:SavedView {id: $row.id})
    ON CREATE SET made.ownerId = $row.ownerId, made.name = $row.name, made.state = $row.state, made.visibility = $row.visibility,
                  made.version = 1, made.createdAt = datetime($row.at), made.updatedAt = datetime($row.at), made.idemKey = $row.idemKey
)
WITH first, count
OPTIONAL MATCH (v:SavedView {id: coalesce(first.id, $row.id)})
RETURN CASE WHEN v IS NULL THEN null ELSE
  // Include: fragments/saved-view-fields
  END AS view, coalesce(v.id = $row.id, false) AS created, count
