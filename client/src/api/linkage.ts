// Typed calls to the Linkage API, mapped onto the model's plain data.
import { ENTITY_KINDS, RELATION_TYPES, STATUSES } from '#vocabulary';
import type { EntityKind, RelationType, Stance, Status } from '#vocabulary';
import type { EntityData, Filters, PathData, RelationshipData, Subgraph } from '../model/types';
import { gql } from './graphql';
import { ENTITY_DETAILS, NEIGHBOURHOOD, PATHS, RELATIONSHIP_DETAILS, SEARCH } from './queries';

type WireLink = Omit<RelationshipData, 'from' | 'to'> & { from: { id: string }; to: { id: string } };

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  author: string | null;
  publishedOn: string | null;
  publishedOnNote: string | null;
  url: string | null;
}

export interface EvidenceInfo {
  quote: string;
  reportedOn: string | null;
  stance: Stance;
  paragraph: string;
  source: SourceInfo;
}

export interface SearchHit {
  entity: EntityData;
  matched: string;
  score: number;
}

export interface EntityDetails {
  entity: EntityData;
  counts: { type: RelationType; count: number }[];
  totalLinks: number;
  links: { rel: RelationshipData; from: EntityData; to: EntityData }[];
}

export interface RelationshipDetails {
  rel: RelationshipData;
  from: EntityData;
  to: EntityData;
  evidence: EvidenceInfo[];
}

export interface TracedPaths {
  paths: PathData[];
  subgraph: Subgraph;
  /** Evidence per link on the paths, for the step list and the text brief. */
  evidence: Record<string, EvidenceInfo[]>;
}

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];
const ALL_KINDS = Object.keys(ENTITY_KINDS) as EntityKind[];

const toRel = (l: WireLink): RelationshipData => ({ ...l, from: l.from.id, to: l.to.id });

export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(SEARCH, { text, first: 8 }, signal);
  return data.search;
}

export interface Neighbourhood extends Subgraph {
  truncated: { id: string; hidden: number }[];
}

export async function fetchNeighbourhood(ids: readonly string[], limit?: number): Promise<Neighbourhood> {
  const data = await gql<{
    neighbourhood: { nodes: EntityData[]; edges: WireLink[]; truncated: { entity: { id: string }; hidden: number }[] };
  }>(NEIGHBOURHOOD, { ids, limit });
  const n = data.neighbourhood;
  return { nodes: n.nodes, edges: n.edges.map(toRel), truncated: n.truncated.map((t) => ({ id: t.entity.id, hidden: t.hidden })) };
}

export async function fetchEntityDetails(id: string): Promise<EntityDetails | null> {
  type WireEntity = EntityData & {
    counts: EntityDetails['counts'];
    relationships: { totalCount: number; edges: { node: WireLink & { from: EntityData; to: EntityData } }[] };
  };
  const data = await gql<{ entity: WireEntity | null }>(ENTITY_DETAILS, { id });
  const e = data.entity;
  if (!e) return null;
  const { counts, relationships, ...entity } = e;
  return {
    entity,
    counts,
    totalLinks: relationships.totalCount,
    links: relationships.edges.map(({ node }) => ({ rel: toRel(node), from: node.from, to: node.to })),
  };
}

export async function fetchRelationship(id: string): Promise<RelationshipDetails | null> {
  type Wire = WireLink & { from: EntityData; to: EntityData; evidence: EvidenceInfo[] };
  const data = await gql<{ relationship: Wire | null }>(RELATIONSHIP_DETAILS, { id });
  const r = data.relationship;
  if (!r) return null;
  const { evidence, ...link } = r;
  return { rel: toRel(link), from: r.from, to: r.to, evidence };
}

export interface LinkFilterInput {
  types?: RelationType[];
  statuses?: Status[];
  kinds?: EntityKind[];
  asOf?: string;
}

/** The API's LinkFilter lists what to keep; the page's filters list what is switched off. */
export function linkFilter(filters: Filters, asOf: string | null): LinkFilterInput {
  const input: LinkFilterInput = {};
  if (filters.hiddenTypes.length > 0) input.types = ALL_TYPES.filter((t) => !filters.hiddenTypes.includes(t));
  if (filters.hiddenStatuses.length > 0) input.statuses = STATUSES.filter((s) => !filters.hiddenStatuses.includes(s));
  if (filters.hiddenKinds.length > 0) input.kinds = ALL_KINDS.filter((k) => !filters.hiddenKinds.includes(k));
  if (asOf) input.asOf = asOf;
  return input;
}

export async function fetchPaths(
  from: string,
  to: string,
  filter: LinkFilterInput,
  options: { maxHops?: number; first?: number } = {},
): Promise<TracedPaths> {
  type WireStep = { reversed: boolean; entity: EntityData; via: (WireLink & { evidence: EvidenceInfo[] }) | null };
  const data = await gql<{ paths: { length: number; steps: WireStep[] }[] }>(PATHS, {
    from,
    to,
    filter,
    maxHops: options.maxHops ?? 4,
    first: options.first ?? 3,
  });
  const nodes = new Map<string, EntityData>();
  const edges = new Map<string, RelationshipData>();
  const evidence: Record<string, EvidenceInfo[]> = {};
  const paths = data.paths.map((path) => ({
    steps: path.steps.map((step) => {
      nodes.set(step.entity.id, step.entity);
      if (step.via) {
        const { evidence: quotes, ...link } = step.via;
        edges.set(link.id, toRel(link));
        evidence[link.id] = quotes;
      }
      return { entityId: step.entity.id, viaId: step.via?.id ?? null, reversed: step.reversed };
    }),
  }));
  return { paths, subgraph: { nodes: [...nodes.values()], edges: [...edges.values()] }, evidence };
}
