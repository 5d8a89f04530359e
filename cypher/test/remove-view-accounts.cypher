// Takes a test's accounts and every view they saved out of the shared test database.
// Parameters: $ids (list of string)
// Columns: views, accounts
CALL () {
  OPTIONAL MATCH (v:SavedView) WHERE v.ownerId IN $ids
  DETACH DELETE v
  RETURN count(v) AS views
}
CALL () {
  OPTIONAL MATCH (u:User) WHERE u.id IN $ids
  DETACH DELETE u
  RETURN count(u) AS accounts
}
RETURN views, accounts
