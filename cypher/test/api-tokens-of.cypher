// Everything stored about an account's API tokens, to check that no token is stored as given.
// Parameters: $userId (string)
// Columns: token
MATCH (t:ApiToken {userId: $userId})
RETURN properties(t) AS token
