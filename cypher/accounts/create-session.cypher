// A new sign-in session; $id is the SHA-256 of the cookie's token (the token itself is never
// stored). The account's sessions that have expired are removed on the way, so they do not pile up.
// Parameters: $id (string), $userId (string), $ttlSeconds (int)
// Columns: id, expiresAt
MATCH (u:User {id: $userId})
CALL (u) {
  OPTIONAL MATCH (old:Session {userId: u.id}) WHERE old.expiresAt < datetime()
  DETACH DELETE old
  RETURN count(*) AS removed
}
CREATE (s:Session {id: $id, userId: u.id, createdAt: datetime(), expiresAt: datetime() + duration({seconds: $ttlSeconds})})
RETURN s.id AS id, toString(s.expiresAt) AS expiresAt
