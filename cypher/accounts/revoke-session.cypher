// Signs a session out; a session already revoked stays as it was.
// Parameters: $id (string)
// Columns: revoked
OPTIONAL MATCH (s:Session {id: $id}) WHERE s.revokedAt IS NULL
SET s.revokedAt = datetime()
RETURN count(s) AS revoked
