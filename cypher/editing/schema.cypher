// Proposal ids are unique, and so is each (author, idempotency key) pair: a duplicate request
// that races the first one fails on the constraint and reads the first one back. The review
// queue is read by state, a new record's id is checked against pending proposals by target.
// Retired records are counted from indexes on `retired` (set only on retired ones, so the indexes
// stay small), which lets the totals leave them out without a scan; relationship indexes need
// the type written out, hence one line per type (a unit test checks every type has its line).
// Several statements, each ending in ";"; IF NOT EXISTS lets every start run them.
// Parameters: none
// Columns: none
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_idem_key IF NOT EXISTS FOR (n:Proposal) REQUIRE n.idemKey IS UNIQUE;
CREATE INDEX proposal_state IF NOT EXISTS FOR (n:Proposal) ON (n.state, n.id);
CREATE INDEX proposal_author IF NOT EXISTS FOR (n:Proposal) ON (n.authorId, n.id);
CREATE INDEX proposal_target IF NOT EXISTS FOR (n:Proposal) ON (n.target);
CREATE INDEX entity_retired IF NOT EXISTS FOR (n:Entity) ON (n.retired);
CREATE INDEX rel_built_by_retired IF NOT EXISTS FOR ()-[r:BUILT_BY]-() ON (r.retired);
CREATE INDEX rel_acquired_retired IF NOT EXISTS FOR ()-[r:ACQUIRED]-() ON (r.retired);
CREATE INDEX rel_uses_qualification_of_retired IF NOT EXISTS FOR ()-[r:USES_QUALIFICATION_OF]-() ON (r.retired);
CREATE INDEX rel_subsidiary_of_retired IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.retired);
CREATE INDEX rel_jointly_owned_by_retired IF NOT EXISTS FOR ()-[r:JOINTLY_OWNED_BY]-() ON (r.retired);
CREATE INDEX rel_brand_of_retired IF NOT EXISTS FOR ()-[r:BRAND_OF]-() ON (r.retired);
CREATE INDEX rel_operates_retired IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.retired);
CREATE INDEX rel_plans_to_acquire_retired IF NOT EXISTS FOR ()-[r:PLANS_TO_ACQUIRE]-() ON (r.retired);
CREATE INDEX rel_plans_to_sell_retired IF NOT EXISTS FOR ()-[r:PLANS_TO_SELL]-() ON (r.retired);
CREATE INDEX rel_in_talks_with_retired IF NOT EXISTS FOR ()-[r:IN_TALKS_WITH]-() ON (r.retired);
CREATE INDEX rel_approved_by_retired IF NOT EXISTS FOR ()-[r:APPROVED_BY]-() ON (r.retired);
CREATE INDEX rel_issued_retired IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.retired);
CREATE INDEX rel_holds_role_at_retired IF NOT EXISTS FOR ()-[r:HOLDS_ROLE_AT]-() ON (r.retired);
