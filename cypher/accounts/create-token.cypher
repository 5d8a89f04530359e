// A new API token for an account; $hash is the SHA-256 of the token (the token itself is never stored).
// Parameters: $id (string), $hash (string), $name (string), $userId (string)
// Columns: id
MATCH (u:User {id: $userId})
CREATE (t:ApiToken {id: $id, hash: $hash, name: $name, userId: u.id, createdAt: datetime()})
RETURN t.id AS id
