// The last step of a rebuild, in its transaction: from here on the writers keep the tallies and
// stats read them (query/stats/kept); $version says what else is kept (see claim).
// Parameters: $version (int)
// Columns: ready
MATCH (t:Tally {key: 'ready'})
SET t.count = 1, t.version = $version, t.builtAt = datetime()
RETURN t.count = 1 AS ready
