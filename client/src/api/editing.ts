// Typed calls for editing: proposals, review, history, revert, sources. Every write sends an
// idempotency key the draft keeps, so pressing the button twice (or a retried request) writes once.
// Errors are shown by the form that sent them (`inline`); only an outage reaches the banner.
import type {
  AddSourceMutation, AddSourceMutationVariables, ChangePatch, EntityInput, EntityHistoryQuery, EntityHistoryQueryVariables, LinkHistoryQuery, LinkHistoryQueryVariables, LinkForEditQuery,
  LinkForEditQueryVariables, MeQuery, ProposalFieldsFragment, ProposalState, ProposalsQuery, ProposalsQueryVariables,
  ProposeChangeMutation, ProposeChangeMutationVariables, ProposeEntityMutation, ProposeEntityMutationVariables,
  ProposeRelationshipMutation, ProposeRelationshipMutationVariables, ReaderSourceFieldsFragment, ReaderSourceQuery,
  ReaderSourceQueryVariables, RelationshipInput, RevertMutation, RevertMutationVariables, ReviewMutation, ReviewMutationVariables,
  RevisionFieldsFragment, SourceInput, SourceListQuery, UserFieldsFragment,
} from '#vocabulary/wire/operations';
import type { Decision } from '#vocabulary/editing';
import { ApiError, gql } from './graphql';
import type { GqlOptions } from './graphql';
import {
  ADD_SOURCE, ENTITY_HISTORY, LINK_FOR_EDIT, LINK_HISTORY, ME, PROPOSALS, PROPOSE_CHANGE, PROPOSE_ENTITY, PROPOSE_RELATIONSHIP, READER_SOURCE_TEXT, REVERT, REVIEW,
  SOURCE_LIST,
} from './editQueries';

export type UserInfo = UserFieldsFragment;
export type ProposalInfo = ProposalFieldsFragment;
export type RevisionInfo = RevisionFieldsFragment;
export type ReaderSource = ReaderSourceFieldsFragment;
export type LinkForEdit = NonNullable<LinkForEditQuery['relationship']>;
export type SourceSummary = SourceListQuery['sources'][number];
export type { ChangePatch, EntityInput, RelationshipInput, SourceInput };

const inline = { inline: true } as const;

export async function fetchMe(): Promise<UserInfo | null> {
  return (await gql<MeQuery>(ME)).me;
}

/** Every proposal in a state (newest first, as the server sends them), following the pages. */
export async function fetchProposals(state: ProposalState): Promise<ProposalInfo[]> {
  const out: ProposalInfo[] = [];
  let after: string | undefined;
  for (;;) {
    const vars: ProposalsQueryVariables = { state, ...(after === undefined ? {} : { after }) };
    const page = (await gql<ProposalsQuery>(PROPOSALS, vars)).proposals;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = page.pageInfo.endCursor;
  }
}

export interface RecordHistory {
  readonly id: string;
  readonly kind: 'entity' | 'relationship';
  /** "NIO", or "NIO is built by JAC". */
  readonly title: string;
  readonly version: number;
  readonly revisions: readonly RevisionInfo[];
}

export async function fetchHistory(kind: 'entity' | 'relationship', id: string, options: GqlOptions = {}): Promise<RecordHistory | null> {
  if (kind === 'entity') {
    const e = (await gql<EntityHistoryQuery>(ENTITY_HISTORY, { id } satisfies EntityHistoryQueryVariables, undefined, options)).entity;
    return e && { id, kind, title: e.name, version: e.version, revisions: e.history };
  }
  const r = (await gql<LinkHistoryQuery>(LINK_HISTORY, { id } satisfies LinkHistoryQueryVariables, undefined, options)).relationship;
  return r && { id, kind, title: `${r.from.name} ${r.label} ${r.to.name}`, version: r.version, revisions: r.history };
}

/** The history of a change's target, whose kind the proposal does not say: a link's, else an entity's. */
export async function fetchTargetHistory(id: string): Promise<RecordHistory | null> {
  try {
    return await fetchHistory('relationship', id, inline);
  } catch (err) {
    if (err instanceof ApiError && err.code === 'NOT_FOUND') return fetchHistory('entity', id, inline);
    throw err;
  }
}

export async function fetchLinkForEdit(id: string): Promise<LinkForEdit | null> {
  return (await gql<LinkForEditQuery>(LINK_FOR_EDIT, { id } satisfies LinkForEditQueryVariables, undefined, inline)).relationship;
}

export async function fetchSourceList(): Promise<SourceSummary[]> {
  return (await gql<SourceListQuery>(SOURCE_LIST)).sources;
}

export async function fetchReaderSource(id: string): Promise<ReaderSource | null> {
  return (await gql<ReaderSourceQuery>(READER_SOURCE_TEXT, { id } satisfies ReaderSourceQueryVariables)).source;
}

export async function addSource(input: SourceInput): Promise<ReaderSource> {
  return (await gql<AddSourceMutation>(ADD_SOURCE, { input } satisfies AddSourceMutationVariables, undefined, inline)).addSource;
}

export async function proposeEntity(input: EntityInput, idempotencyKey: string): Promise<ProposalInfo> {
  const vars: ProposeEntityMutationVariables = { input, idempotencyKey };
  return (await gql<ProposeEntityMutation>(PROPOSE_ENTITY, vars, undefined, inline)).proposeEntity;
}

export async function proposeRelationship(input: RelationshipInput, idempotencyKey: string): Promise<ProposalInfo> {
  const vars: ProposeRelationshipMutationVariables = { input, idempotencyKey };
  return (await gql<ProposeRelationshipMutation>(PROPOSE_RELATIONSHIP, vars, undefined, inline)).proposeRelationship;
}

export async function proposeChange(target: string, version: number, patch: ChangePatch, reason: string, idempotencyKey: string): Promise<ProposalInfo> {
  const vars: ProposeChangeMutationVariables = { target, version, patch, reason, idempotencyKey };
  return (await gql<ProposeChangeMutation>(PROPOSE_CHANGE, vars, undefined, inline)).proposeChange;
}

export async function review(proposal: string, decision: Decision, note: string | null): Promise<ProposalInfo> {
  const vars: ReviewMutationVariables = { proposal, decision, ...(note ? { note } : {}) };
  return (await gql<ReviewMutation>(REVIEW, vars, undefined, inline)).review;
}

export async function revert(revision: string, reason: string): Promise<RevisionInfo> {
  return (await gql<RevertMutation>(REVERT, { revision, reason } satisfies RevertMutationVariables, undefined, inline)).revert;
}
