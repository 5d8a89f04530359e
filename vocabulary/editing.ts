// The words of editing: proposals, reviews and revisions (docs/editing.md).

export const PROPOSAL_STATES = ['PENDING', 'ACCEPTED', 'REJECTED', 'CONFLICTED'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const DECISIONS = ['ACCEPT', 'REJECT'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What a proposal asks for: a new entity, a new relationship, or a change to an existing one. */
export const PROPOSAL_KINDS = ['ENTITY', 'RELATIONSHIP', 'CHANGE'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** The records that have versions and history. Evidence and context belong to their relationship's record. */
export const RECORD_KINDS = ['entity', 'relationship', 'source'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * CREATE: the record did not exist. UPDATE: some field changed. RETIRE: it was retired (hidden from
 * reads, kept with its history). REVERT: an earlier revision's `before` was applied again.
 */
export const REVISION_ACTIONS = ['CREATE', 'UPDATE', 'RETIRE', 'REVERT'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];
