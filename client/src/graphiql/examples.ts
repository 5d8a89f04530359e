// One GraphiQL tab per API operation, filled with a query against the seed data.

export interface ExampleTab {
  readonly query: string;
  readonly variables?: string;
}

const vars = (v: Record<string, unknown>): string => JSON.stringify(v, null, 2);

export const EXAMPLES: readonly ExampleTab[] = [
  {
    query: `# Search names and aliases, English or Chinese. \`matched\` says which one hit.
query Search($text: String!) {
  search(text: $text, first: 5) {
    matched
    score
    entity { id name aliases kind }
  }
}`,
    variables: vars({ text: '小米汽车' }),
  },
  {
    query: `# One entity, its link counts by type and its first links.
query Entity($id: ID!) {
  entity(id: $id) {
    id name aliases type kind country description degree
    counts { type count }
    relationships(first: 10) {
      totalCount
      edges { node { label status validFrom validFromBasis validTo validToBasis from { name } to { name } } }
    }
  }
}`,
    variables: vars({ id: 'nio' }),
  },
  {
    query: `# Everything within one link of NIO, as it stood at the end of 2020.
query Neighbourhood($ids: [ID!]!, $asOf: String) {
  neighbourhood(ids: $ids, depth: 1, limit: 25, filter: { asOf: $asOf }) {
    nodes { id name kind }
    edges { id type status from { id } to { id } }
    truncated { entity { id } hidden }
  }
}`,
    variables: vars({ ids: ['nio'], asOf: '2020-12-31' }),
  },
  {
    query: `# Shortest paths between two entities, each step with its evidence.
query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    steps {
      entity { name }
      reversed
      via {
        label status
        evidence { quote stance attribution { kind name } source { title publisher publishedOn } }
      }
    }
  }
}`,
    variables: vars({ from: 'xiaomi-auto', to: 'baic-offroad' }),
  },
  {
    query: `# One link as a journalist checks it: who says so (attribution), how sure (stance, status),
# since when (each date with its basis and the note that explains it), and the background
# sentences kept apart from the evidence. lastReportedOn: "reported on <date>, not confirmed since".
query Relationship($id: ID!) {
  relationship(id: $id) {
    label status from { name } to { name }
    validFrom validFromBasis validTo validToBasis datesNote lastReportedOn
    evidence {
      quote stance marksEnd reportedOn
      attribution { kind name entity { id name } }
      source { title publishedOn publishedOnBasis url }
    }
    context { quote source { title } }
  }
}`,
    variables: vars({ id: 'xiaomi-in-talks-with-baic-group' }),
  },
  {
    query: `# Every link, a page at a time (Relay cursors). Pass endCursor as $after for the next page.
query Relationships($after: String) {
  relationships(first: 20, after: $after, filter: { statuses: [RUMOURED, REPORTED] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id type status from { name } to { name } } }
  }
}`,
    variables: vars({ after: null }),
  },
  {
    query: `# The articles behind the graph.
query Sources {
  sources { id title publisher publishedOn publishedOnBasis url }
}`,
  },
  {
    query: `# One article and the links it backs.
query Source($id: ID!) {
  source(id: $id) {
    title publisher author publishedOn publishedOnBasis publishedOnNote url
    relationships(first: 20) { totalCount edges { node { label from { name } to { name } } } }
  }
}`,
    variables: vars({ id: 'cnevpost-2022-xiaomi-baic-qingdao' }),
  },
];
