// Fields of the object types. Thin: everything that needs the database goes through a loader.
import { RELATION_TYPES } from '#vocabulary';
import { paragraphOf } from '../services/evidence';
import { entityLinkPage } from '../services/relationships';
import type { Direction } from '../services/relationships';
import type { StepResult } from '../services/paths';
import type { SubgraphResult } from '../services/neighbourhood';
import { sourceRelationshipPage } from '../services/sources';
import type { EntityRow, EvidenceRow, Page, RelationshipRow, SourceRow, TypeCount } from '../services/types';
import { intInRange } from '../translate/args';
import { decodeCursor } from '../translate/cursor';
import { translateFilter } from '../translate/filter';
import type { LinkFilterInput } from '../translate/filter';
import type { Context } from './context';

/** A row the schema promises is there; a dangling id is a data fault, not the caller's. */
function present<T>(row: T | null, what: string, id: string): T {
  if (row === null) throw new Error(`Dangling ${what} id "${id}"`);
  return row;
}

const loadEntity = async (ctx: Context, id: string): Promise<EntityRow> => present(await ctx.loaders.entity.load(id), 'entity', id);

interface LinksArgs { filter?: LinkFilterInput | null; direction?: Direction | null; first?: number | null; after?: string | null }

const sumCounts = (counts: readonly TypeCount[]): number => counts.reduce((n, c) => n + c.count, 0);

export const Entity = {
  relationships: async (entity: EntityRow, args: LinksArgs, ctx: Context): Promise<Page> => {
    const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxPageSize }, 100);
    const after = decodeCursor(args.after, 1)?.[0] ?? '';
    const key = { id: entity.id, direction: args.direction ?? 'BOTH', first, after, filter: translateFilter(args.filter, [entity.id]) };
    const rows = await ctx.loaders.entityLinks.load(key);
    for (const rel of rows) ctx.loaders.relationship.prime(rel.id, rel);
    return entityLinkPage(ctx.db, key, rows);
  },
  degree: async (entity: EntityRow, _args: unknown, ctx: Context): Promise<number> => sumCounts(await ctx.loaders.counts.load(entity.id)),
  counts: (entity: EntityRow, _args: unknown, ctx: Context): Promise<TypeCount[]> => ctx.loaders.counts.load(entity.id),
};

export const Relationship = {
  label: (rel: RelationshipRow): string => RELATION_TYPES[rel.type].label,
  from: (rel: RelationshipRow, _args: unknown, ctx: Context): Promise<EntityRow> => loadEntity(ctx, rel.fromId),
  to: (rel: RelationshipRow, _args: unknown, ctx: Context): Promise<EntityRow> => loadEntity(ctx, rel.toId),
  evidence: (rel: RelationshipRow, _args: unknown, ctx: Context): Promise<EvidenceRow[]> => ctx.loaders.evidence.load(rel.id),
};

const loadSource = async (ctx: Context, id: string): Promise<SourceRow> => present(await ctx.loaders.source.load(id), 'source', id);

export const Evidence = {
  source: (ev: EvidenceRow, _args: unknown, ctx: Context): Promise<SourceRow> => loadSource(ctx, ev.sourceId),
  paragraph: async (ev: EvidenceRow, _args: unknown, ctx: Context): Promise<string> => paragraphOf((await loadSource(ctx, ev.sourceId)).text, ev.quote),
};

export const Source = {
  relationships: async (source: SourceRow, args: { first?: number | null; after?: string | null }, ctx: Context): Promise<Page> => {
    const first = intInRange('first', args.first, { min: 1, max: ctx.limits.maxPageSize }, 100);
    const page = await sourceRelationshipPage(ctx.db, source.id, first, args.after);
    for (const e of page.edges) ctx.loaders.relationship.prime(e.node.id, e.node);
    return page;
  },
};

export const RelationshipConnection = {
  totalCount: (page: Page): Promise<number> => page.totalCount(),
};

export const Subgraph = {
  nodes: (sub: SubgraphResult, _args: unknown, ctx: Context): Promise<EntityRow[]> => Promise.all(sub.nodeIds.map((id) => loadEntity(ctx, id))),
  edges: (sub: SubgraphResult): RelationshipRow[] => sub.edges,
  truncated: (sub: SubgraphResult): SubgraphResult['truncated'] => sub.truncated,
};

export const Truncation = {
  entity: (t: { entityId: string }, _args: unknown, ctx: Context): Promise<EntityRow> => loadEntity(ctx, t.entityId),
};

export const PathStep = {
  entity: (step: StepResult, _args: unknown, ctx: Context): Promise<EntityRow> => loadEntity(ctx, step.entityId),
};
