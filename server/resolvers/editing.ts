// Fields of the editing types and the editing fields of the graph's types. The audit trail names
// accounts by id; they are resolved to Users here (system accounts, such as the seed's, are
// known without a node). Reading proposals needs an account that may propose: contributors see
// their own, reviewers all; history is part of every reader's view.
import { can, SYSTEM_ACCOUNTS } from '#vocabulary/roles';
import { requirePermission } from '../accounts/guard';
import type { UserRow } from '../accounts/users';
import type { Context } from './context';
import type { ProposalConnectionResolvers, ProposalResolvers, RevisionResolvers } from './generated';

const SYSTEM: ReadonlyMap<string, UserRow> = new Map(Object.values(SYSTEM_ACCOUNTS).map((a) => [a.id, a]));

export async function loadUser(ctx: Context, id: string): Promise<UserRow> {
  const user = (await ctx.loaders.user.load(id)) ?? SYSTEM.get(id) ?? null;
  if (user === null) throw new Error(`Dangling account id "${id}" in the audit trail`);
  return user;
}

/** Whether the signed-in account may see another's proposals. */
export const seesAllProposals = (ctx: Context): boolean => {
  const viewer = requirePermission(ctx, 'propose');
  return can(viewer.role, 'review');
};

export const Proposal: ProposalResolvers = {
  author: (p, _args, ctx) => loadUser(ctx, p.authorId),
  reviewer: (p, _args, ctx) => (p.reviewerId === null ? null : loadUser(ctx, p.reviewerId)),
  result: (p, _args, ctx) => (p.revisionId === null ? null : ctx.loaders.editing.revision.load(p.revisionId)),
};

export const Revision: RevisionResolvers = {
  author: (rev, _args, ctx) => loadUser(ctx, rev.authorId),
  proposal: (rev, _args, ctx) => (rev.proposalId === null ? null : ctx.loaders.editing.proposal.load(rev.proposalId)),
};

export const ProposalConnection: ProposalConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};
