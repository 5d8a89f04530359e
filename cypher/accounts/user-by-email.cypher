// One account by its (normalised) email, with what sign-in and the CLI need to decide.
// Parameters: $email (string)
// Columns: user
MATCH (u:User {email: $email})
RETURN u {.id, .email, .role, .passwordHash, disabled: coalesce(u.disabled, false), system: coalesce(u.system, false)} AS user
