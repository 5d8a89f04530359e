// The accounts the audit trail names (Revision.author, Proposal.author and reviewer), system
// accounts included. Missing ids produce no row.
// Parameters: $ids (list of string)
// Columns: user
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u {.id, .email, .role} AS user
