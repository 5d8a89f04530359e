// Removes every Tally but 'ready' before a rebuild counts them again (a few thousand nodes: the
// distinct dates and the kinds).
// Parameters: none
// Columns: removed
MATCH (t:Tally)
WHERE t.key <> 'ready'
DELETE t
RETURN count(*) AS removed
