// Takes back what the page's notes journey wrote to the shared test database: the notes of its
// accounts (with their earlier versions), the accounts and their sessions.
// Parameters: $emails (list of string)
// Columns: users, notes
OPTIONAL MATCH (u:User)
WHERE u.email IN $emails
CALL (u) {
  OPTIONAL MATCH (n:Note {authorId: u.id})
  OPTIONAL MATCH (v:NoteVersion {noteId: n.id})
  DETACH DELETE v, n
  RETURN count(DISTINCT n) AS notes
}
CALL (u) {
  OPTIONAL MATCH (s:Session {userId: u.id})
  DETACH DELETE s
  RETURN count(s) AS sessions
}
DETACH DELETE u
RETURN count(DISTINCT u) AS users, sum(notes) AS notes
