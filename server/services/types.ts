// The plain rows services hand to resolvers (their parent types, see server/resolvers/generated.ts)
// and the exports build their records from. Shapes match the projections in cypher/query/**.
import type { AttributionKind, DateBasis, EntityKind, EntityType, RelationType, Stance, Status } from '#vocabulary';

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
  /** Each is null exactly when its date is (the loader's rule). */
  validFromBasis: DateBasis | null;
  validToBasis: DateBasis | null;
  datesNote: string | null;
  role: string | null;
  note: string | null;
}

/** What finds a stored relationship fast: its id and its start entity's id (see cypher/export/relationships-by-ids). */
export type RelationshipRef = Pick<RelationshipRow, 'id' | 'fromId'>;

/** Who asserts a quote; entityId is the speaker's entity id when the speaker is in the graph. */
export interface AttributionRow { kind: AttributionKind; name: string | null; entityId: string | null }

export interface EvidenceRow {
  /** Stable for as long as the quote is on its link (relId#n); proposeChange retires quotes by it. */
  id: string;
  relId: string; quote: string; reportedOn: string | null; stance: Stance;
  attribution: AttributionRow; marksEnd: boolean; sourceId: string;
}

/** A background sentence on a relationship (a Context node): shown apart from the evidence. */
export interface ContextRow { relId: string; quote: string; reportedOn: string | null; sourceId: string }

/** A source without its text: what the list of sources reads (Source.text loads the text by id). */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  author: string | null;
  publishedOn: string | null;
  publishedOnBasis: DateBasis;
  publishedOnNote: string | null;
  url: string | null;
}

/** A source with its article's full text (Evidence.paragraph, the editing rules, intake). */
export interface SourceRow extends SourceSummary {
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
