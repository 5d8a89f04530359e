// How many views are listed (the connection's totalCount).
// Parameters: none
// Columns: total
MATCH (v:SavedView {visibility: 'LISTED'})
RETURN count(v) AS total
