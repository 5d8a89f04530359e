// Relationships by type: the header's counts, and restore's check.
// Parameters: none
// Columns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
