// Whether what the writers keep is kept at this $version (see claim), read without a lock: every
// start asks, and only a database that is not ready goes on to claim and rebuild.
// Parameters: $version (int)
// Columns: ready
OPTIONAL MATCH (t:Tally {key: 'ready'})
RETURN coalesce(t.count = 1 AND t.version = $version, false) AS ready
