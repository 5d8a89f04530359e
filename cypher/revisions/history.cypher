// Every revision of the given records, oldest first (ids sort by time, and versions within one
// record by order of writing).
// Parameters: $targets (list of string)
// Columns: target, revisions
UNWIND $targets AS target
OPTIONAL MATCH (rev:Revision {target: target})
WITH target, rev ORDER BY rev.version, rev.id
RETURN target, collect(rev {.id, at: toString(rev.at), .authorId, .action, .targetKind, .target, .version, .before, .after,
                            .reason, .proposalId, .importRunId}) AS revisions
