// The email of each given account, to name who edited a record the seed left alone.
// Parameters: $ids (list of string)
// Columns: id, email
UNWIND $ids AS wanted
MATCH (u:User {id: wanted})
RETURN u.id AS id, u.email AS email
