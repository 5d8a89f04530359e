// Records which seed files were loaded, so `npm start` reloads only when they change.
// Parameters: $hash (string)
// Columns: hash
MERGE (m:Meta {id: 'seed'})
SET m.hash = $hash, m.loadedAt = datetime()
RETURN m.hash AS hash
