// How many saved views one owner keeps.
// Parameters: $ownerId (string)
// Columns: mine
MATCH (v:SavedView {ownerId: $ownerId})
RETURN count(v) AS mine
