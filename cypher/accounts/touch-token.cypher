// Notes when a token was last used (at most every ten minutes, so reads do not all become writes).
// Parameters: $id (string)
// Columns: id
MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = datetime()
RETURN t.id AS id
