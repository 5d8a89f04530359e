// Takes back what the page's editing journey wrote to the shared test database: the link it drew
// (with its evidence), the link's revisions, the proposals of the journey's account, that account
// and its sessions, so other test files see the seeded graph as it was. The link leaves the date
// tallies as it goes (cypher/README, "Tallies"), or the stats of later tests would count it.
// Parameters: $relId (string), $email (string)
// Columns: links, users
OPTIONAL MATCH ()-[r]->() WHERE r.id = $relId
CALL (r) {
  OPTIONAL MATCH (ev:Evidence {relId: r.id})
  DETACH DELETE ev
  RETURN count(*) AS evidence
}
CALL () {
  OPTIONAL MATCH (rev:Revision {target: $relId})
  DETACH DELETE rev
  RETURN count(*) AS revisions
}
CALL () {
  OPTIONAL MATCH (u:User {email: $email})
  OPTIONAL MATCH (p:Proposal {authorId: u.id})
  OPTIONAL MATCH (s:Session {userId: u.id})
  DETACH DELETE p, s, u
  RETURN count(DISTINCT u) AS users
}
WITH r, users
// Include: fragments/link-tally-keys
WITH r, users, keys AS before, [] AS after
// Include: fragments/tally-apply
DELETE r
RETURN count(r) AS links, users
