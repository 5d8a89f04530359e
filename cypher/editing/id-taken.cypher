// Whether a new record's id is in use: by an entity, a relationship (found through the indexed
// Evidence.relId: every link has evidence), a source, or a pending proposal's new record.
// Parameters: $id (string)
// Columns: taken
RETURN EXISTS { (:Entity {id: $id}) } OR EXISTS { (:Evidence {relId: $id}) } OR EXISTS { (:Source {id: $id}) }
    OR EXISTS { MATCH (p:Proposal {target: $id}) WHERE p.state = 'PENDING' } AS taken
