// Saved views' fields (server/schema/views.graphql): check who may, then call server/services/views*.
// Reading a shared or listed view needs nothing beyond reading the graph (the sign-in gate decides
// that); listing one's own views and every write need an account.
import { requirePermission } from '../accounts/guard';
import { savedViewById, savedViewPage } from '../services/views';
import { mayDelete, mayEdit, mayRead } from '../services/views-rules';
import type { SavedViewRow } from '../services/views-rules';
import { deleteView, renameView, saveView, shareView } from '../services/views-write';
import { notFound } from '../errors';
import { intInRange } from '../translate/args';
import { loadUser } from './editing';
import type { MutationResolvers, QueryResolvers, SavedViewConnectionResolvers, SavedViewResolvers } from './generated';

type QueryField<K extends keyof QueryResolvers> = Extract<NonNullable<QueryResolvers[K]>, (...args: never[]) => unknown>;

const savedViews: QueryField<'savedViews'> = async (_p, { scope, first, after }, ctx) => {
  const ownerId = scope === 'LISTED' ? null : requirePermission(ctx, 'saveViews').id;
  return savedViewPage(ctx.db, { ownerId, first: intInRange('first', first, { min: 1, max: ctx.limits.maxPageSize }), after });
};

/** Absent and private-to-another look the same: NOT_FOUND, so a private view's id tells nothing. */
const savedView: QueryField<'savedView'> = async (_p, { id }, ctx): Promise<SavedViewRow> => {
  const row = await savedViewById(ctx.db, id);
  if (!row || !mayRead(ctx.request.user, row)) {
    const error = notFound('saved view', id);
    error.extensions.argument = 'id';
    throw error;
  }
  return row;
};

export const viewQueries = { savedViews, savedView } satisfies QueryResolvers;

export const viewMutations = {
  saveView: (_p, { input, idempotencyKey }, ctx) => saveView(ctx, requirePermission(ctx, 'saveViews'), input, idempotencyKey),
  renameView: (_p, { id, version, name }, ctx) => renameView(ctx, requirePermission(ctx, 'saveViews'), id, version, name),
  shareView: (_p, { id, version, visibility }, ctx) => shareView(ctx, requirePermission(ctx, 'saveViews'), id, version, visibility),
  deleteView: (_p, { id, version }, ctx) => deleteView(ctx, requirePermission(ctx, 'saveViews'), id, version ?? null),
} satisfies MutationResolvers;

export const SavedView: SavedViewResolvers = {
  owner: (v, _args, ctx) => loadUser(ctx, v.ownerId),
  canEdit: (v, _args, ctx) => mayEdit(ctx.request.user, v),
  canDelete: (v, _args, ctx) => mayDelete(ctx.request.user, v),
};

export const SavedViewConnection: SavedViewConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};
