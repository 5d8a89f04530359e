// An account for a test (until the accounts module's own writer is used): MERGE on the email, so
// a test may call it twice; returns the account's id.
// Parameters: $id (string), $email (string), $role (string), $disabled (boolean)
// Columns: id
MERGE (u:User {email: $email})
  ON CREATE SET u.id = $id, u.role = $role, u.disabled = $disabled, u.system = false, u.createdAt = datetime()
RETURN u.id AS id
