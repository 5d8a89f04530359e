// Takes back what the page's intake journey wrote to the shared test database: the links an editor
// applied (with their evidence and revisions), the articles it stored as sources (with theirs), the
// entities it created, the proposals of the journey's accounts, those accounts and their sessions,
// so other test files see the seeded graph as it was.
// Parameters: $relIds (list of strings), $sourceIds (list of strings), $entityIds (list of strings), $emails (list of strings)
// Columns: links, sources, entities, users
CALL () {
  OPTIONAL MATCH (ev:Evidence)-[:CITES]->(s:Source) WHERE s.id IN $sourceIds
  DETACH DELETE ev
  RETURN count(*) AS quotes
}
CALL () {
  OPTIONAL MATCH (ev:Evidence) WHERE ev.relId IN $relIds
  DETACH DELETE ev
  RETURN count(*) AS evidence
}
CALL () {
  OPTIONAL MATCH ()-[r]->() WHERE r.id IN $relIds
  DELETE r
  RETURN count(DISTINCT r) AS links
}
CALL () {
  OPTIONAL MATCH (s:Source) WHERE s.id IN $sourceIds
  DETACH DELETE s
  RETURN count(DISTINCT s) AS sources
}
CALL () {
  OPTIONAL MATCH (e:Entity) WHERE e.id IN $entityIds
  DETACH DELETE e
  RETURN count(DISTINCT e) AS entities
}
CALL () {
  OPTIONAL MATCH (rev:Revision) WHERE rev.target IN $relIds + $sourceIds + $entityIds
  DETACH DELETE rev
  RETURN count(*) AS revisions
}
CALL () {
  OPTIONAL MATCH (u:User) WHERE u.email IN $emails
  OPTIONAL MATCH (p:Proposal {authorId: u.id})
  OPTIONAL MATCH (ses:Session {userId: u.id})
  DETACH DELETE p, ses, u
  RETURN count(DISTINCT u) AS users
}
RETURN links, sources, entities, users
