// Query fields: check arguments, call a service, prime the loaders with what came back.
import { requirePermission } from '../accounts/guard';
import { proposalPage } from '../editing/reads';
import type { ProposalRow } from '../editing/types';
import { notFound, badInput } from '../errors';
import { neighbourhood } from '../services/neighbourhood';
import { afterCheck, startEarly } from '../services/page';
import { shortestPaths } from '../services/paths';
import { relationshipPage } from '../services/relationships';
import { searchEntities } from '../services/search';
import { allSources } from '../services/sources';
import { graphStats } from '../services/stats';
import type { EntityRow, RelationshipRow, SourceSummary } from '../services/types';
import { idList, intInRange } from '../translate/args';
import { translateExclusion } from '../translate/exclusion';
import { translateFilter } from '../translate/filter';
import type { Context } from './context';
import { seesAllProposals } from './editing';
import { selects } from './selection';
import type { QueryResolvers } from './generated';

/** A Query field's resolver, its arguments typed from the schema (defaults applied: see ./index.ts). */
type Field<K extends keyof QueryResolvers> = Extract<NonNullable<QueryResolvers[K]>, (...args: never[]) => unknown>;

/** The entities, in order, in one query; NOT_FOUND naming the argument of the first id that does not exist. */
async function requireEntities(ctx: Context, wanted: readonly (readonly [id: string, argument: string])[]): Promise<EntityRow[]> {
  const rows = await ctx.loaders.entity.loadMany(wanted.map(([id]) => id));
  return rows.map((row, i) => {
    if (row instanceof Error) throw row;
    const [id, argument] = wanted[i] ?? ['', ''];
    if (!row) throw withArgument(notFound('entity', id), argument);
    return row;
  });
}

function withArgument<E extends { extensions: Record<string, unknown> }>(error: E, argument: string): E {
  error.extensions.argument = argument;
  return error;
}

function primeRelationships(ctx: Context, rels: readonly RelationshipRow[]): void {
  for (const rel of rels) ctx.loaders.relationship.prime(rel.id, rel);
}

const search: Field<'search'> = async (_p, args, ctx) => {
  const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxSearchResults });
  const hits = await searchEntities(ctx.db, args.text, first);
  for (const hit of hits) ctx.loaders.entity.prime(hit.entity.id, hit.entity);
  return hits;
};

const entity: Field<'entity'> = async (_p, { id }, ctx, info) => {
  // degree and counts read the counts loader by id: one round trip with the entity, not after it.
  if (selects(info, 'degree') || selects(info, 'counts')) startEarly(ctx.loaders.counts.load(id));
  return (await requireEntities(ctx, [[id, 'id']]))[0] ?? null;
};

const relationship: Field<'relationship'> = async (_p, { id }, ctx, info) => {
  // What is read by the relationship's id starts with it, not after it.
  if (selects(info, 'evidence')) startEarly(ctx.loaders.evidence.load(id));
  if (selects(info, 'context')) startEarly(ctx.loaders.context.load(id));
  if (selects(info, 'lastReportedOn')) startEarly(ctx.loaders.lastReportedOn.load(id));
  const rel = await ctx.loaders.relationship.load(id);
  if (!rel) throw withArgument(notFound('relationship', id), 'id');
  return rel;
};

const neighbourhoodField: Field<'neighbourhood'> = async (_p, args, ctx) => {
  const ids = idList('ids', args.ids, ctx.limits.maxIds);
  const depth = intInRange('depth', args.depth, { min: 1, max: ctx.limits.maxDepth });
  const limit = intInRange('limit', args.limit, { min: 1, max: ctx.limits.maxLinksPerEntity });
  const filter = translateFilter(args.filter, ids);
  // The check that the entities exist and the expansion run side by side; NOT_FOUND still wins.
  const result = await afterCheck(
    requireEntities(ctx, ids.map((id) => [id, 'ids'] as const)),
    neighbourhood(ctx.db, { ids, depth, limit, filter, maxNodes: ctx.limits.maxSubgraphNodes }),
  );
  primeRelationships(ctx, result.edges);
  return result;
};

const paths: Field<'paths'> = async (_p, args, ctx) => {
  const maxHops = intInRange('maxHops', args.maxHops, { min: 1, max: ctx.limits.maxHops });
  const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxPaths });
  if (args.from === args.to) throw badInput('to', `"from" and "to" must name two different entities (both are "${args.from}")`);
  const filter = translateFilter(args.filter, [args.from, args.to]);
  const exclude = translateExclusion(args.exclude);
  // As for neighbourhood: the existence check beside the search, NOT_FOUND first.
  const found = await afterCheck(
    requireEntities(ctx, [[args.from, 'from'], [args.to, 'to']]),
    shortestPaths(ctx.db, { from: args.from, to: args.to, maxHops, first, filter, exclude }),
  );
  for (const path of found) primeRelationships(ctx, path.steps.flatMap((s) => (s.via ? [s.via] : [])));
  return found;
};

const relationships: Field<'relationships'> = async (_p, args, ctx, info) => {
  const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxPageSize });
  const page = await relationshipPage(ctx.db, translateFilter(args.filter), first, args.after, selects(info, 'totalCount'));
  primeRelationships(ctx, page.edges.map((e) => e.node));
  return page;
};

// Summaries, without texts: the source loader (which holds texts) is not primed with them.
const sources: Field<'sources'> = (_p, _args, ctx) => allSources(ctx.db);

// With its text only when the query selects it (Source.text reads it by id otherwise).
const source: Field<'source'> = async (_p, { id }, ctx, info): Promise<SourceSummary> => {
  const row = await (selects(info, 'text') ? ctx.loaders.source : ctx.loaders.sourceSummary).load(id);
  if (!row) throw withArgument(notFound('source', id), 'id');
  return row;
};

const stats: Field<'stats'> = (_p, _args, ctx) => graphStats(ctx.db);

const proposals: Field<'proposals'> = async (_p, args, ctx) => {
  const all = seesAllProposals(ctx);
  const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxPageSize });
  const page = await proposalPage(ctx.db, { state: args.state ?? null, authorId: all ? null : requirePermission(ctx, 'propose').id, first, after: args.after });
  for (const e of page.edges) ctx.loaders.editing.proposal.prime(e.node.id, e.node);
  return page;
};

/** Someone else's proposal is not found for a contributor, as if it were not there. */
const proposal: Field<'proposal'> = async (_p, { id }, ctx): Promise<ProposalRow> => {
  const all = seesAllProposals(ctx);
  const row = await ctx.loaders.editing.proposal.load(id);
  if (!row || (!all && row.authorId !== requirePermission(ctx, 'propose').id)) throw withArgument(notFound('proposal', id), 'id');
  return row;
};

const history: Field<'history'> = (_p, { target }, ctx) => ctx.loaders.editing.history.load(target);

export const Query: QueryResolvers = {
  search, entity, relationship, neighbourhood: neighbourhoodField, paths, relationships, sources, source, stats, proposals, proposal, history,
};
