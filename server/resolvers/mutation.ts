// Mutation fields: check who may, then hand the arguments to server/editing, which validates,
// writes and names the input field of any problem.
import { requirePermission } from '../accounts/guard';
import { proposeChange, proposeEntity, proposeRelationship } from '../editing/propose';
import { revertRevision } from '../editing/revert';
import { reviewProposal } from '../editing/review';
import { addSource } from '../editing/sources';
import type { MutationResolvers } from './generated';
import { intakeMutations } from './intake';

export const Mutation: MutationResolvers = {
  addSource: (_p, { input }, ctx) => addSource(ctx, requirePermission(ctx, 'addSource'), input),
  proposeEntity: (_p, { input, idempotencyKey }, ctx) => proposeEntity(ctx, requirePermission(ctx, 'propose'), input, idempotencyKey),
  proposeRelationship: (_p, { input, idempotencyKey }, ctx) => proposeRelationship(ctx, requirePermission(ctx, 'propose'), input, idempotencyKey),
  proposeChange: (_p, args, ctx) => proposeChange(ctx, requirePermission(ctx, 'propose'), args),
  review: (_p, { proposal, decision, note }, ctx) => reviewProposal(ctx, requirePermission(ctx, 'review'), proposal, decision, note ?? null),
  revert: (_p, { revision, reason }, ctx) => revertRevision(ctx, requirePermission(ctx, 'revert'), revision, reason),
  ...intakeMutations,
};
