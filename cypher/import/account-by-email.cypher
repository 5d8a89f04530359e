// The account an import is attributed to (`--as EMAIL`), by its lower-cased address.
// Parameters: $email (string)
// Columns: id, email, role, disabled, system
MATCH (u:User {email: $email})
RETURN u.id AS id, u.email AS email, u.role AS role, coalesce(u.disabled, false) AS disabled, coalesce(u.system, false) AS system
