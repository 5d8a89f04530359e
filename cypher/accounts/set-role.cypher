// Changes a person's role (system accounts are refused before this runs).
// Parameters: $id (string), $role (string)
// Columns: user
MATCH (u:User {id: $id})
SET u.role = $role
RETURN u {.id, .email, .role} AS user
