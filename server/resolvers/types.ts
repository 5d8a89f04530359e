// Fields of the object types. Thin: everything that needs the database goes through a loader.
// Parents are the services' rows (the mappers in scripts/lib/wire-codegen.ts), arguments come
// typed from the schema with its defaults applied (./index.ts).
import { RELATION_TYPES } from '#vocabulary';
import { paragraphOf } from '../services/evidence';
import { startEarly } from '../services/page';
import { entityLinkCount, entityLinkPage } from '../services/relationships';
import { sourceRelationshipPage } from '../services/sources';
import type { EntityRow, SourceRow, SourceSummary, TypeCount } from '../services/types';
import { intInRange } from '../translate/args';
import { decodeCursor } from '../translate/cursor';
import { translateFilter } from '../translate/filter';
import type { Context } from './context';
import { selects } from './selection';
import type {
  AttributionResolvers, ContextSentenceResolvers, EntityResolvers, EvidenceResolvers, PathStepResolvers, RelationshipConnectionResolvers, RelationshipResolvers,
  SourceResolvers, SubgraphResolvers, TruncationResolvers,
} from './generated';

/** A row the schema promises is there; a dangling id is a data fault, not the caller's. */
function present<T>(row: T | null, what: string, id: string): T {
  if (row === null) throw new Error(`Dangling ${what} id "${id}"`);
  return row;
}

const loadEntity = async (ctx: Context, id: string): Promise<EntityRow> => present(await ctx.loaders.entity.load(id), 'entity', id);

const sumCounts = (counts: readonly TypeCount[]): number => counts.reduce((n, c) => n + c.count, 0);

export const Entity: EntityResolvers = {
  relationships: async (entity, args, ctx, info) => {
    const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxPageSize });
    const after = decodeCursor(args.after, 1)?.[0] ?? '';
    const key = { id: entity.id, direction: args.direction, first, after, filter: translateFilter(args.filter, [entity.id]) };
    const count = entityLinkCount(ctx.db, key);
    if (selects(info, 'totalCount')) startEarly(count());
    const { rels, ends } = await ctx.loaders.entityLinks.load(key);
    for (const rel of rels) ctx.loaders.relationship.prime(rel.id, rel);
    // The other ends came with the page: from/to need no second round trip.
    for (const end of ends) ctx.loaders.entity.prime(end.id, end);
    return entityLinkPage(key, rels, count);
  },
  degree: async (entity, _args, ctx) => sumCounts(await ctx.loaders.counts.load(entity.id)),
  counts: (entity, _args, ctx) => ctx.loaders.counts.load(entity.id),
  version: (entity, _args, ctx) => ctx.loaders.editing.entityVersion.load(entity.id),
  history: (entity, _args, ctx) => ctx.loaders.editing.history.load(entity.id),
};

export const Relationship: RelationshipResolvers = {
  label: (rel) => RELATION_TYPES[rel.type].label,
  from: (rel, _args, ctx) => loadEntity(ctx, rel.fromId),
  to: (rel, _args, ctx) => loadEntity(ctx, rel.toId),
  evidence: (rel, _args, ctx) => ctx.loaders.evidence.load(rel.id),
  context: (rel, _args, ctx) => ctx.loaders.context.load(rel.id),
  lastReportedOn: (rel, _args, ctx) => ctx.loaders.lastReportedOn.load(rel.id),
  version: (rel, _args, ctx) => ctx.loaders.editing.relationshipVersion.load(rel.id),
  history: (rel, _args, ctx) => ctx.loaders.editing.history.load(rel.id),
};

const loadSource = async (ctx: Context, id: string): Promise<SourceRow> => present(await ctx.loaders.source.load(id), 'source', id);

export const Evidence: EvidenceResolvers = {
  source: (ev, _args, ctx) => loadSource(ctx, ev.sourceId),
  paragraph: async (ev, _args, ctx) => paragraphOf((await loadSource(ctx, ev.sourceId)).text, ev.quote),
};

export const Attribution: AttributionResolvers = {
  entity: async (a, _args, ctx) => (a.entityId === null ? null : loadEntity(ctx, a.entityId)),
};

export const ContextSentence: ContextSentenceResolvers = {
  source: (c, _args, ctx) => loadSource(ctx, c.sourceId),
  paragraph: async (c, _args, ctx) => paragraphOf((await loadSource(ctx, c.sourceId)).text, c.quote),
};

/** A source's text: the row's when it has one, otherwise read by id (a list of sources reads none). */
const sourceText = async (source: SourceSummary, ctx: Context): Promise<string> =>
  ('text' in source && typeof source.text === 'string' ? source.text : (await loadSource(ctx, source.id)).text);

export const Source: SourceResolvers = {
  text: (source, _args, ctx) => sourceText(source, ctx),
  relationships: async (source, args, ctx, info) => {
    const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxPageSize });
    const page = await sourceRelationshipPage(ctx.db, source.id, first, args.after, selects(info, 'totalCount'));
    for (const e of page.edges) ctx.loaders.relationship.prime(e.node.id, e.node);
    return page;
  },
};

export const RelationshipConnection: RelationshipConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};

export const Subgraph: SubgraphResolvers = {
  nodes: (sub, _args, ctx) => Promise.all(sub.nodeIds.map((id) => loadEntity(ctx, id))),
  edges: (sub) => sub.edges,
  truncated: (sub) => sub.truncated,
};

export const Truncation: TruncationResolvers = {
  entity: (t, _args, ctx) => loadEntity(ctx, t.entityId),
};

export const PathStep: PathStepResolvers = {
  entity: (step, _args, ctx) => loadEntity(ctx, step.entityId),
};
