// Revisions by id (Proposal.result, revert). Missing ids produce no row.
// Parameters: $ids (list of string)
// Columns: revision
UNWIND $ids AS id
MATCH (rev:Revision {id: id})
RETURN rev {.id, at: toString(rev.at), .authorId, .action, .targetKind, .target, .version, .before, .after, .reason,
            .proposalId, .importRunId} AS revision
