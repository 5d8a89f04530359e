// Who a bearer token signs in as (nobody when it is unknown or revoked, or its account is disabled
// or a system account), and whether its lastUsedAt is old enough to be worth writing again.
// Parameters: $hash (string)
// Columns: user, tokenId, stale
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
MATCH (u:User {id: t.userId})
WHERE NOT coalesce(u.disabled, false) AND NOT coalesce(u.system, false)
RETURN u {.id, .email, .role} AS user, t.id AS tokenId,
  t.lastUsedAt IS NULL OR t.lastUsedAt < datetime() - duration({minutes: 10}) AS stale
