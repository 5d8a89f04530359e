// How many saved views an owner keeps (the connection's totalCount).
// Parameters: $ownerId (string)
// Columns: total
MATCH (v:SavedView {ownerId: $ownerId})
RETURN count(v) AS total
