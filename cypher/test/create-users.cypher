// Accounts for tests, in the graph model's shape (docs/editing.md), made directly: what signing in
// would put in the request, without a password to hash. MERGE on the id, so a retry adds nothing.
// Parameters: $users (list of map)
// Columns: created
UNWIND $users AS u
MERGE (user:User {id: u.id})
SET user.email = u.email, user.role = u.role, user.createdAt = datetime(),
    user.disabled = coalesce(u.disabled, false), user.system = false
RETURN count(user) AS created
