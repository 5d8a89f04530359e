// A new person's account. The email arrives lower-cased and trimmed; the unique constraint on
// User.email refuses a second account with the same one even when two commands race.
// Parameters: $id (string), $email (string), $role (string), $passwordHash (string)
// Columns: user
CREATE (u:User {id: $id, email: $email, role: $role, passwordHash: $passwordHash, disabled: false, system: false, createdAt: datetime()})
RETURN u {.id, .email, .role} AS user
