// Disables or re-enables an account. Disabling also revokes its sessions and API tokens, so that
// a later re-enable does not bring back credentials that may have leaked; sign-in checks the
// disabled flag on every request anyway, so nothing of the account works from this commit on.
// Parameters: $id (string), $disabled (boolean)
// Columns: user, sessionsRevoked, tokensRevoked
MATCH (u:User {id: $id})
SET u.disabled = $disabled
WITH u
CALL (u) {
  OPTIONAL MATCH (s:Session {userId: u.id}) WHERE $disabled AND s.revokedAt IS NULL
  SET s.revokedAt = datetime()
  RETURN count(s) AS sessionsRevoked
}
CALL (u) {
  OPTIONAL MATCH (t:ApiToken {userId: u.id}) WHERE $disabled AND t.revokedAt IS NULL
  SET t.revokedAt = datetime()
  RETURN count(t) AS tokensRevoked
}
RETURN u {.id, .email, .role} AS user, sessionsRevoked, tokensRevoked
