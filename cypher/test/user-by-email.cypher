// One account as stored, for the tests of accounts made by the seed and the migration.
// Parameters: $email (string)
// Columns: user
MATCH (u:User {email: $email})
RETURN u {.id, .email, .role, .disabled, .system, .legacyName} AS user
