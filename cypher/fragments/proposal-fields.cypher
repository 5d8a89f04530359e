// The fields of a Proposal node as the API reads them (server/editing/types.ts ProposalRow):
// a map projection, pasted where a RETURN names the proposal. Times come back as ISO strings.
// Parameters: none
// Variables: p (Proposal)
p {.id, .state, .kind, .authorId, createdAt: toString(p.createdAt), .reviewerId, reviewedAt: toString(p.reviewedAt), .note,
   .payload, .target, .targetKind, .baseVersion, .reason, .revisionId}
