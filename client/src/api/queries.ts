// The operations the page sends, written against server/schema/schema.graphql.
import { ENTITY, LINK } from './fragments';

const EVIDENCE = /* GraphQL */ `
  fragment EvidenceFields on Evidence {
    quote reportedOn stance marksEnd paragraph
    attribution { kind name entity { id name } }
    source { ...SourceFields }
  }
`;

const SOURCE = /* GraphQL */ `
  fragment SourceFields on Source { id title publisher author publishedOn publishedOnBasis publishedOnNote url }
`;

const CONTEXT = /* GraphQL */ `
  fragment ContextFields on ContextSentence {
    quote reportedOn paragraph
    source { ...SourceFields }
  }
`;

export const SEARCH = /* GraphQL */ `
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { matched score entity { ...EntityFields } }
  }
  ${ENTITY}
`;

export const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($ids: [ID!]!, $limit: Int) {
    neighbourhood(ids: $ids, depth: 1, limit: $limit) {
      nodes { ...EntityFields }
      edges { ...LinkFields }
      truncated { entity { id } hidden }
    }
  }
  ${ENTITY}
  ${LINK}
`;

export const ENTITY_DETAILS = /* GraphQL */ `
  query EntityDetails($id: ID!) {
    entity(id: $id) {
      ...EntityFields
      counts { type count }
      relationships(first: 200) {
        totalCount
        edges { node { ...LinkFields from { ...EntityFields } to { ...EntityFields } } }
      }
    }
  }
  ${ENTITY}
  ${LINK}
`;

export const RELATIONSHIP_DETAILS = /* GraphQL */ `
  query RelationshipDetails($id: ID!) {
    relationship(id: $id) {
      ...LinkFields
      from { ...EntityFields }
      to { ...EntityFields }
      evidence { ...EvidenceFields }
      context { ...ContextFields }
    }
  }
  ${ENTITY}
  ${LINK}
  ${EVIDENCE}
  ${CONTEXT}
  ${SOURCE}
`;

export const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $filter: LinkFilter, $exclude: PathExclusion) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first, filter: $filter, exclude: $exclude) {
      length
      weakest
      steps {
        reversed
        entity { ...EntityFields }
        via { ...LinkFields evidence { ...EvidenceFields } }
      }
    }
  }
  ${ENTITY}
  ${LINK}
  ${EVIDENCE}
  ${SOURCE}
`;

export const GRAPH_STATS = /* GraphQL */ `
  query GraphStats {
    stats { entities relationships sources datedRelationships linkDates { from to } sourceDates { from to } }
  }
`;

export const LINK_PAGE = /* GraphQL */ `
  query LinkPage($first: Int, $after: String) {
    relationships(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...LinkFields } }
    }
  }
  ${LINK}
`;

// Editing's operations live apart; re-exported so the code generator reads them with these.
export * from './editQueries';
export * from './intakeQueries';
export * from './noteQueries';
export * from './viewQueries';
