// The plain rows services hand to resolvers (their parent types, see server/resolvers/generated.ts)
// and the exports build their records from. Shapes match the projections in cypher/query/**.
import type { EntityKind, EntityType, RelationType, Stance, Status } from '#vocabulary';

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  type: EntityType;
  kind: EntityKind;
  country: string | null;
  description: string | null;
}

export interface RelationshipRow {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  status: Status;
  validFrom: string | null;
  validTo: string | null;
  role: string | null;
  note: string | null;
}

/** What finds a stored relationship fast: its id and its start entity's id (see cypher/export/relationships-by-ids). */
export type RelationshipRef = Pick<RelationshipRow, 'id' | 'fromId'>;

export interface EvidenceRow { relId: string; quote: string; reportedOn: string | null; stance: Stance; sourceId: string }

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  author: string | null;
  publishedOn: string | null;
  publishedOnNote: string | null;
  url: string | null;
  text: string;
}

export interface TypeCount { type: RelationType; count: number }

export interface PageEdge { cursor: string; node: RelationshipRow }

/** A Relay page. totalCount is a thunk: counting can cost more than the page, so only on request. */
export interface Page {
  edges: PageEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}
