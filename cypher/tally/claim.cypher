// The first step of a rebuild (server/tally): takes the 'ready' Tally's lock, making it when
// missing, and says whether what the writers keep is already kept at this $version (the tallies,
// and Evidence.sourceId since version 2). A second server starting at the same time waits here
// until the first has committed its rebuild, then finds it done.
// Parameters: $version (int)
// Columns: ready
MERGE (t:Tally {key: 'ready'})
ON CREATE SET t.count = 0
SET t.locked = true
REMOVE t.locked
RETURN t.count = 1 AND t.version = $version AS ready
