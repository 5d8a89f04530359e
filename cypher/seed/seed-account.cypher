// The system account the seed's revisions are written as (SYSTEM_ACCOUNTS.seed): no password, so
// it can never sign in or hold a token. MERGE on its fixed id, so every load may run it.
// Parameters: $id (string), $email (string), $role (string)
// Columns: id
MERGE (u:User {id: $id})
  ON CREATE SET u.email = $email, u.role = $role, u.system = true, u.disabled = false, u.createdAt = datetime()
RETURN u.id AS id
