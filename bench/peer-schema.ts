// The third peer's type definitions (issue 12): the bench graph as a user of @neo4j/graphql 7
// would describe it, label for label and property for property as the seed loader stores it
// (cypher/seed/merge-*.cypher). A relationship in @neo4j/graphql has one type and one direction,
// so every relation type is two fields on Entity, `<type>Out` and `<type>In`, 26 in all; a
// question about "all links" of an entity selects all of them.
import { RELATION_TYPES } from '#vocabulary';
import type { RelationType } from '#vocabulary';

export interface LinkField { type: RelationType; direction: 'OUT' | 'IN'; field: string }

/** BUILT_BY → builtBy. */
const camel = (type: string): string => type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Every relationship field on Entity, in a fixed order (types as the vocabulary lists them, out before in). */
export const LINK_FIELDS: readonly LinkField[] = (Object.keys(RELATION_TYPES) as RelationType[]).flatMap((type) => [
  { type, direction: 'OUT' as const, field: `${camel(type)}Out` },
  { type, direction: 'IN' as const, field: `${camel(type)}In` },
]);

/** The outgoing fields only: each link once, from its start entity (the global list's order). */
export const OUT_FIELDS: readonly LinkField[] = LINK_FIELDS.filter((f) => f.direction === 'OUT');

const relationshipFields = LINK_FIELDS.map(
  (f) => `  ${f.field}: [Entity!]! @relationship(type: "${f.type}", direction: ${f.direction}, properties: "Link")`,
).join('\n');

/**
 * The schema. Ids are String, not ID, so that `gt` (enabled by the String GT filter feature, see
 * peer-server.ts) can page a connection by key. `@fulltext` may only name String fields, so it
 * names `name`; the index it queries is Linkage's own `entity_search` over name, aliases and
 * searchKeys, since the library passes the phrase to db.index.fulltext.queryNodes by index name.
 * Evidence is not a graph neighbour of its link (it names it by `relId`), so a link's evidence is
 * a separate root query on `relId`.
 */
export const PEER_TYPE_DEFS = `
type Link @relationshipProperties {
  id: String!
  status: String!
  validFrom: String
  validTo: String
  validFromBasis: String
  validToBasis: String
  datesNote: String
  role: String
  note: String
  retired: Boolean
}

type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_search", queryName: "entitySearch", fields: ["name"] }]) {
  id: String!
  name: String!
  aliases: [String!]
  kind: String!
  country: String
  description: String
  retired: Boolean
${relationshipFields}
}

type Evidence @node {
  id: String!
  relId: String!
  fromId: String!
  quote: String!
  reportedOn: String
  stance: String!
  attributionKind: String
  attributionName: String
  attributionEntityId: String
  marksEnd: Boolean
  ord: Int
  source: [Source!]! @relationship(type: "CITES", direction: OUT)
}

type Source @node {
  id: String!
  title: String!
  publisher: String!
  author: String
  publishedOn: String
  publishedOnBasis: String
  publishedOnNote: String
  url: String
  text: String!
  evidence: [Evidence!]! @relationship(type: "CITES", direction: IN)
}
`;
