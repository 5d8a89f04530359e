// The rows the editing services hand to resolvers (the parent types of Proposal, Revision and
// their connection, see scripts/lib/wire-codegen.ts MAPPERS). Shapes match cypher/editing/*.
import type { ProposalKind, ProposalState, RecordKind, RevisionAction } from '#vocabulary/editing';

export interface ProposalRow {
  id: string;
  state: ProposalState;
  kind: ProposalKind;
  authorId: string;
  createdAt: string;
  reviewerId: string | null;
  reviewedAt: string | null;
  note: string | null;
  /** The proposal's input as JSON: the EntityInput or RelationshipInput, or the ChangePatch. */
  payload: string;
  /** The record it changes, or the id the new record will have. */
  target: string;
  targetKind: RecordKind;
  /** The target's version when the change was proposed; null for a new record. */
  baseVersion: number | null;
  reason: string | null;
  /** The revision that applied it, once ACCEPTED. */
  revisionId: string | null;
}

export interface RevisionRow {
  id: string;
  at: string;
  authorId: string;
  action: RevisionAction;
  targetKind: RecordKind;
  target: string;
  version: number;
  before: string | null;
  after: string | null;
  reason: string | null;
  proposalId: string | null;
  importRunId: string | null;
}


export interface ProposalEdgeRow { cursor: string; node: ProposalRow }

export interface ProposalPage {
  edges: ProposalEdgeRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}
