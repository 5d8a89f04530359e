// The accounts that are not people (vocabulary/roles.ts SYSTEM_ACCOUNTS), created once and kept as
// declared: no password, never disabled, marked system so that they can never sign in or hold tokens.
// Parameters: $accounts (list of maps {id; email; role})
// Columns: id
UNWIND $accounts AS account
MERGE (u:User {id: account.id})
  ON CREATE SET u.createdAt = datetime()
SET u.email = account.email, u.role = account.role, u.system = true, u.disabled = false
REMOVE u.passwordHash
RETURN u.id AS id
