// Nodes by label (a node with two labels counts under both): the header's counts, and restore's check.
// Parameters: none
// Columns: label, count
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
