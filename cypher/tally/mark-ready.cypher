// The last step of a rebuild, in its transaction: from here on the writers keep the tallies and
// stats read them (query/stats/kept).
// Parameters: none
// Columns: ready
MATCH (t:Tally {key: 'ready'})
SET t.count = 1, t.builtAt = datetime()
RETURN t.count = 1 AS ready
