// Every account for `npm run users -- list`, with its live sessions and tokens counted; never a hash.
// Parameters: none
// Columns: user
MATCH (u:User)
CALL (u) {
  OPTIONAL MATCH (s:Session {userId: u.id}) WHERE s.revokedAt IS NULL AND s.expiresAt > datetime()
  RETURN count(s) AS sessions
}
CALL (u) {
  OPTIONAL MATCH (t:ApiToken {userId: u.id}) WHERE t.revokedAt IS NULL
  RETURN count(t) AS tokens
}
WITH u, sessions, tokens ORDER BY u.email
RETURN u {.id, .email, .role, disabled: coalesce(u.disabled, false), system: coalesce(u.system, false),
  createdAt: toString(u.createdAt), sessions: sessions, tokens: tokens} AS user
