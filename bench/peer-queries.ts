// The closest query @neo4j/graphql's generated API allows for each bench question (pure text
// builders). Its API has no "all links of an entity": each relation type and direction is a
// connection of its own (peer-schema.ts), so a question about an entity's links selects all 26
// connections, each sorted by link id and cut at the page size, and the client merges them. A
// neighbourhood is the same selection nested `depth` times, written with one fragment per level
// so that the document stays small (what @neo4j/graphql runs is the expanded selection).
import { LINK_FIELDS, OUT_FIELDS } from './peer-schema';
import type { LinkField } from './peer-schema';

/** The link fields every link selection reads (Linkage's bench queries ask for id, type, status). */
const LINK_PROPS = 'id status';
const BY_ID = 'sort: [{ edge: { id: ASC } }]';

/** Each field's connection with the given arguments and the selection inside each edge's node. */
export function connections(fields: readonly LinkField[], args: string, edge: string): string {
  const a = args ? `(${args})` : '';
  return fields.map((f) => `${f.field}Connection${a} { ${edge} }`).join('\n    ');
}

/** Level n of a neighbourhood: an entity and, for n > 0, its links' far ends at level n - 1. */
function level(n: number): string {
  const links = n === 0 ? '' : `\n    ${connections(LINK_FIELDS, `first: $limit, ${BY_ID}`, `totalCount edges { properties { ${LINK_PROPS} } node { ...Level${n - 1} } }`)}`;
  return `fragment Level${n} on Entity {\n    id name kind${links}\n}`;
}

/**
 * The entity and everything within `depth` links, `limit` links per relation type and direction
 * (Linkage's `limit` is per entity over all its links: the peer returns a superset of its links),
 * with each connection's totalCount, which says what the limit left out as Linkage's `truncated` does.
 */
export function neighbourhoodQuery(depth: number): string {
  if (!Number.isInteger(depth) || depth < 1) throw new Error(`depth must be a whole number >= 1, got ${depth}`);
  const fragments = Array.from({ length: depth + 1 }, (_, n) => level(n)).join('\n');
  return `query ($id: String!, $limit: Int!) {\n  entities(where: { id: { eq: $id } }) { ...Level${depth} }\n}\n${fragments}`;
}

/** Full-text search on Linkage's own index, best first (the library orders by score). */
export const SEARCH_QUERY = `query ($phrase: String!) {
  entitySearch(phrase: $phrase, first: 10) { edges { score node { id name kind } } }
}`;

/** An entity with its links counted per type and direction: degree and counts are sums of these. */
export const ENTITY_QUERY = `query ($id: String!) {
  entities(where: { id: { eq: $id } }) {
    id name aliases kind country description
    ${connections(LINK_FIELDS, '', 'totalCount')}
  }
}`;

/**
 * A link by id, found from its start entity (the peer cannot find a link by its id alone: it is
 * a property of a relationship no root field reaches), and its quotes, which name the link by
 * `relId`, in curated order with their sources.
 */
export const RELATIONSHIP_QUERY = `query ($from: String!, $id: String!) {
  entities(where: { id: { eq: $from } }) {
    id name
    ${connections(OUT_FIELDS, 'where: { edge: { id: { eq: $id } } }', 'edges { properties { id status validFrom validTo validFromBasis validToBasis datesNote role note } node { id name } }')}
  }
  evidences(where: { relId: { eq: $id } }, sort: [{ ord: ASC }]) { quote reportedOn stance source { id title } }
}`;

/**
 * The global list: a page of entities by id (the library's own offset cursor), each with its
 * outgoing links by id; the client keeps the first `first` links. About three links an entity, so
 * the answer holds about three times as many links as asked for.
 */
export const RELATIONSHIPS_PAGE_QUERY = `query ($first: Int!, $after: String) {
  entitiesConnection(first: $first, after: $after, sort: [{ id: ASC }]) {
    pageInfo { hasNextPage endCursor }
    edges { node { id
      ${connections(OUT_FIELDS, BY_ID, `edges { properties { ${LINK_PROPS} } node { id } }`)}
    } }
  }
}`;

/**
 * One page of an entity's links over all 26 connections, each cut at 100 after the key `$after`
 * (a link id; '' for the first page): merged by id, the first 100 are Linkage's page.
 */
export const ENTITY_LINKS_QUERY = `query ($id: String!, $after: String!) {
  entities(where: { id: { eq: $id } }) {
    id name
    ${connections(LINK_FIELDS, `first: 100, where: { edge: { id: { gt: $after } } }, ${BY_ID}`, `totalCount pageInfo { hasNextPage endCursor } edges { properties { ${LINK_PROPS} } node { id name } }`)}
  }
}`;

export const SOURCES_QUERY = `{ sources(sort: [{ publishedOn: DESC }, { id: ASC }]) { id title publisher publishedOn } }`;

/**
 * A source's first 100 quotes by the id of the link each supports: Evidence names its link by
 * `relId`, a property no relationship field can follow, so the peer lists quotes (a link quoted
 * twice in one article comes twice) without the link's type.
 */
export const SOURCE_LINKS_QUERY = `query ($id: String!) {
  sources(where: { id: { eq: $id } }) {
    id title
    evidenceConnection(first: 100, sort: [{ node: { relId: ASC } }]) { totalCount edges { node { relId } } }
  }
}`;

/** The cursor @neo4j/graphql gives the item at `offset` of a connection (graphql-relay's offsetToCursor). */
export const offsetCursor = (offset: number): string => Buffer.from(`arrayconnection:${offset}`, 'utf8').toString('base64');
