// Accounts for the editing tests, in the graph model's shape (docs/editing.md): what signing in
// would put in the request, made directly until the tests sign in through the accounts module.
// Parameters: $users (list of map)
// Columns: created
UNWIND $users AS u
MERGE (user:User {id: u.id})
SET user.email = u.email, user.role = u.role, user.createdAt = datetime(), user.disabled = false
RETURN count(user) AS created
