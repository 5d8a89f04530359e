// The operations of editing (docs/editing.md), written against server/schema/schema.graphql: who is
// signed in, proposals and their review, history and revert, sources to quote. queries.ts re-exports
// them, so `npm run codegen` types them with the reader's operations. Their fragments have names of
// their own: a fragment name means one text across the whole page document.

export const USER = /* GraphQL */ `
  fragment UserFields on User { id email role }
`;

const REVISION = /* GraphQL */ `
  fragment RevisionFields on Revision {
    id at action target targetKind before after reason version
    author { ...UserFields }
    proposal { id kind reason }
  }
`;

export const PROPOSAL = /* GraphQL */ `
  fragment ProposalFields on Proposal {
    id state kind createdAt reviewedAt note payload target baseVersion reason
    author { ...UserFields }
    reviewer { ...UserFields }
    result { id target version }
  }
`;

const READER_SOURCE = /* GraphQL */ `
  fragment ReaderSourceFields on Source { id title publisher author publishedOn publishedOnBasis url text }
`;

export const ME = /* GraphQL */ `
  query Me { me { ...UserFields } }
  ${USER}
`;

export const PROPOSALS = /* GraphQL */ `
  query Proposals($state: ProposalState, $first: Int, $after: String) {
    proposals(state: $state, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ProposalFields } }
    }
  }
  ${PROPOSAL}
  ${USER}
`;

/** A record's history, by its kind: asking for an id of the other kind is NOT_FOUND, not null. */
export const ENTITY_HISTORY = /* GraphQL */ `
  query EntityHistory($id: ID!) { entity(id: $id) { id name version history { ...RevisionFields } } }
  ${REVISION}
  ${USER}
`;

export const LINK_HISTORY = /* GraphQL */ `
  query LinkHistory($id: ID!) {
    relationship(id: $id) { id label version from { id name } to { id name } history { ...RevisionFields } }
  }
  ${REVISION}
  ${USER}
`;

/** What a change is proposed against: the link's fields, its version and its quotes (with their ids). */
export const LINK_FOR_EDIT = /* GraphQL */ `
  query LinkForEdit($id: ID!) {
    relationship(id: $id) {
      id type label status validFrom validFromBasis validTo validToBasis datesNote role note version
      from { id name }
      to { id name }
      evidence { id quote stance source { id title } attribution { kind name } }
    }
  }
`;

export const SOURCE_LIST = /* GraphQL */ `
  query SourceList { sources { id title publisher publishedOn } }
`;

export const READER_SOURCE_TEXT = /* GraphQL */ `
  query ReaderSource($id: ID!) { source(id: $id) { ...ReaderSourceFields } }
  ${READER_SOURCE}
`;

export const ADD_SOURCE = /* GraphQL */ `
  mutation AddSource($input: SourceInput!) { addSource(input: $input) { ...ReaderSourceFields } }
  ${READER_SOURCE}
`;

export const PROPOSE_ENTITY = /* GraphQL */ `
  mutation ProposeEntity($input: EntityInput!, $idempotencyKey: String) {
    proposeEntity(input: $input, idempotencyKey: $idempotencyKey) { ...ProposalFields }
  }
  ${PROPOSAL}
  ${USER}
`;

export const PROPOSE_RELATIONSHIP = /* GraphQL */ `
  mutation ProposeRelationship($input: RelationshipInput!, $idempotencyKey: String) {
    proposeRelationship(input: $input, idempotencyKey: $idempotencyKey) { ...ProposalFields }
  }
  ${PROPOSAL}
  ${USER}
`;

export const PROPOSE_CHANGE = /* GraphQL */ `
  mutation ProposeChange($target: ID!, $version: Int!, $patch: ChangePatch!, $reason: String!, $idempotencyKey: String) {
    proposeChange(target: $target, version: $version, patch: $patch, reason: $reason, idempotencyKey: $idempotencyKey) { ...ProposalFields }
  }
  ${PROPOSAL}
  ${USER}
`;

export const REVIEW = /* GraphQL */ `
  mutation Review($proposal: ID!, $decision: Decision!, $note: String) {
    review(proposal: $proposal, decision: $decision, note: $note) { ...ProposalFields }
  }
  ${PROPOSAL}
  ${USER}
`;

export const REVERT = /* GraphQL */ `
  mutation Revert($revision: ID!, $reason: String!) { revert(revision: $revision, reason: $reason) { ...RevisionFields } }
  ${REVISION}
  ${USER}
`;
