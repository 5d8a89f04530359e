// Who a session cookie signs in as: nobody when the session is unknown, revoked or expired, or its
// account is disabled or a system account. Checked on every request, so a disable acts at once.
// Parameters: $id (string)
// Columns: user
MATCH (s:Session {id: $id})
WHERE s.revokedAt IS NULL AND s.expiresAt > datetime()
MATCH (u:User {id: s.userId})
WHERE NOT coalesce(u.disabled, false) AND NOT coalesce(u.system, false)
RETURN u {.id, .email, .role} AS user
