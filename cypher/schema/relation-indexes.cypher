// One range index per relation type on r.id, so that a relationship is found by id without a scan.
// Index definitions need the type name literally, hence one line per type; a unit test checks that
// every type in vocabulary/ RELATION_TYPES has its line here. Statements end in ";".
// Parameters: none
// Columns: none
CREATE INDEX rel_built_by_id IF NOT EXISTS FOR ()-[r:BUILT_BY]-() ON (r.id);
CREATE INDEX rel_acquired_id IF NOT EXISTS FOR ()-[r:ACQUIRED]-() ON (r.id);
CREATE INDEX rel_uses_qualification_of_id IF NOT EXISTS FOR ()-[r:USES_QUALIFICATION_OF]-() ON (r.id);
CREATE INDEX rel_subsidiary_of_id IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.id);
CREATE INDEX rel_jointly_owned_by_id IF NOT EXISTS FOR ()-[r:JOINTLY_OWNED_BY]-() ON (r.id);
CREATE INDEX rel_brand_of_id IF NOT EXISTS FOR ()-[r:BRAND_OF]-() ON (r.id);
CREATE INDEX rel_operates_id IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.id);
CREATE INDEX rel_plans_to_acquire_id IF NOT EXISTS FOR ()-[r:PLANS_TO_ACQUIRE]-() ON (r.id);
CREATE INDEX rel_plans_to_sell_id IF NOT EXISTS FOR ()-[r:PLANS_TO_SELL]-() ON (r.id);
CREATE INDEX rel_in_talks_with_id IF NOT EXISTS FOR ()-[r:IN_TALKS_WITH]-() ON (r.id);
CREATE INDEX rel_approved_by_id IF NOT EXISTS FOR ()-[r:APPROVED_BY]-() ON (r.id);
CREATE INDEX rel_issued_id IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id);
CREATE INDEX rel_holds_role_at_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE_AT]-() ON (r.id);
