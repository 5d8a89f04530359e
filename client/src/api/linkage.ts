// Typed calls to the Linkage API, mapped onto the model's plain data. The wire types are generated
// from the schema and the operations in ./queries.ts (vocabulary/wire/operations.ts, `npm run codegen`).
import { ENTITY_KINDS, RELATION_TYPES, STATUSES } from '#vocabulary';
import type { EntityKind, RelationType } from '#vocabulary';
import type {
  ContextFieldsFragment, EntityDetailsQuery, EntityDetailsQueryVariables, EvidenceFieldsFragment, LinkFieldsFragment, LinkFilter,
  NeighbourhoodQuery, NeighbourhoodQueryVariables, PathExclusion, PathsQuery, PathsQueryVariables, RelationshipDetailsQuery,
  RelationshipDetailsQueryVariables, SearchQuery, SearchQueryVariables, SourceFieldsFragment,
} from '#vocabulary/wire/operations';
import type { EntityData, Filters, PathData, RelationshipData, Subgraph } from '../model/types';
import { gql } from './graphql';
import type { GqlOptions } from './graphql';
import { ENTITY_DETAILS, NEIGHBOURHOOD, PATHS, RELATIONSHIP_DETAILS, SEARCH } from './queries';

/** A quote with its paragraph, source and who asserts it, as the side panel and the brief show it. */
export type EvidenceInfo = EvidenceFieldsFragment;

/** A background sentence of a link: shown apart from the evidence, never counted as a quote. */
export type ContextInfo = ContextFieldsFragment;

export type SourceInfo = SourceFieldsFragment;

export type SearchHit = SearchQuery['search'][number];

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
  context: ContextInfo[];
}

export interface TracedPaths {
  paths: PathData[];
  subgraph: Subgraph;
  /** Evidence per link on the paths, for the step list and the text brief. */
  evidence: Record<string, EvidenceInfo[]>;
}

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];
const ALL_KINDS = Object.keys(ENTITY_KINDS) as EntityKind[];

/** The model keeps a link's ends as ids. */
export const toRel = (l: LinkFieldsFragment): RelationshipData => ({
  id: l.id, type: l.type, label: l.label, status: l.status, from: l.from.id, to: l.to.id,
  validFrom: l.validFrom, validTo: l.validTo, validFromBasis: l.validFromBasis, validToBasis: l.validToBasis,
  datesNote: l.datesNote, role: l.role, note: l.note, lastReportedOn: l.lastReportedOn,
});

export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<SearchQuery>(SEARCH, { text, first: 8 } satisfies SearchQueryVariables, signal);
  return data.search;
}

export interface Neighbourhood extends Subgraph {
  truncated: { id: string; hidden: number }[];
}

/** Leaving `limit` out lets the server apply the schema's default. */
export async function fetchNeighbourhood(ids: readonly string[], limit?: number, options?: GqlOptions): Promise<Neighbourhood> {
  const data = await gql<NeighbourhoodQuery>(NEIGHBOURHOOD, { ids: [...ids], limit } satisfies NeighbourhoodQueryVariables, undefined, options);
  const n = data.neighbourhood;
  return { nodes: n.nodes, edges: n.edges.map(toRel), truncated: n.truncated.map((t) => ({ id: t.entity.id, hidden: t.hidden })) };
}

export async function fetchEntityDetails(id: string): Promise<EntityDetails | null> {
  const data = await gql<EntityDetailsQuery>(ENTITY_DETAILS, { id } satisfies EntityDetailsQueryVariables);
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
  const data = await gql<RelationshipDetailsQuery>(RELATIONSHIP_DETAILS, { id } satisfies RelationshipDetailsQueryVariables);
  const r = data.relationship;
  if (!r) return null;
  return { rel: toRel(r), from: r.from, to: r.to, evidence: r.evidence, context: r.context };
}

/** The filter the page sends: the schema's LinkFilter, of which it sets the fields it needs. */
export type LinkFilterInput = LinkFilter;

/** The API's LinkFilter lists what to keep; the page's filters list what is switched off. */
export function linkFilter(filters: Filters, asOf: string | null): LinkFilterInput {
  const input: LinkFilterInput = {};
  if (filters.hiddenTypes.length > 0) input.types = ALL_TYPES.filter((t) => !filters.hiddenTypes.includes(t));
  if (filters.hiddenStatuses.length > 0) input.statuses = STATUSES.filter((s) => !filters.hiddenStatuses.includes(s));
  if (filters.hiddenKinds.length > 0) input.kinds = ALL_KINDS.filter((k) => !filters.hiddenKinds.includes(k));
  if (asOf) input.asOf = asOf;
  return input;
}

/** What a trace may not go through, as the API takes it: empty lists are left out (the API refuses them). */
export function pathExclusion(kinds: readonly EntityKind[], types: readonly RelationType[]): PathExclusion | undefined {
  if (kinds.length === 0 && types.length === 0) return undefined;
  return { ...(kinds.length > 0 ? { kinds: [...kinds] } : {}), ...(types.length > 0 ? { types: [...types] } : {}) };
}

/** Options left out are left out of the request too, so the server applies the schema's defaults. */
export async function fetchPaths(
  from: string,
  to: string,
  filter: LinkFilterInput,
  options: { maxHops?: number; first?: number; exclude?: PathExclusion } = {},
): Promise<TracedPaths> {
  const data = await gql<PathsQuery>(PATHS, { from, to, filter, ...options } satisfies PathsQueryVariables);
  const nodes = new Map<string, EntityData>();
  const edges = new Map<string, RelationshipData>();
  const evidence: Record<string, EvidenceInfo[]> = {};
  const paths = data.paths.map((path) => ({
    weakest: path.weakest,
    steps: path.steps.map((step) => {
      nodes.set(step.entity.id, step.entity);
      if (step.via) {
        edges.set(step.via.id, toRel(step.via));
        evidence[step.via.id] = step.via.evidence;
      }
      return { entityId: step.entity.id, viaId: step.via?.id ?? null, reversed: step.reversed };
    }),
  }));
  return { paths, subgraph: { nodes: [...nodes.values()], edges: [...edges.values()] }, evidence };
}
