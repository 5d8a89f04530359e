// The third peer: @neo4j/graphql 7 serving bench/peer-schema.ts on its own Apollo Server, on a
// loopback port, against the same database as Linkage, with a driver (and connection pool) of its
// own. Set up as its documentation shows, plus two settings a user would pick for this graph: the
// String `gt` filter (keyset paging inside a connection) and the API's own query timeout, so that
// neither side may run longer than the other.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-schema';

export interface PeerTarget { uri: string; user: string; password: string; database?: string | undefined; timeoutMs: number }

export interface RunningPeer {
  /** Where to POST, as measure() expects it: `${url}/graphql`. */
  url: string;
  stop: () => Promise<void>;
}

export async function startPeer(target: PeerTarget): Promise<RunningPeer> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    const schema = await new Neo4jGraphQL({
      typeDefs: PEER_TYPE_DEFS,
      driver,
      features: {
        filters: { String: { GT: true } },
        excludeDeprecatedFields: { mutationOperations: true, aggregationFilters: true, aggregationFiltersOutsideConnection: true, relationshipFilters: true, attributeFilters: true },
      },
    }).getSchema();
    const server = new ApolloServer<Neo4jGraphQLContext>({ schema });
    const context = (): Promise<Neo4jGraphQLContext> => Promise.resolve({
      sessionConfig: { database: target.database },
      transaction: { timeout: target.timeoutMs },
    });
    // startStandaloneServer drains and closes its HTTP server when the Apollo server stops.
    const { url } = await startStandaloneServer(server, { context, listen: { host: '127.0.0.1', port: 0 } });
    return {
      url: url.replace(/\/$/, ''),
      stop: async () => {
        try {
          await server.stop();
        } finally {
          await driver.close();
        }
      },
    };
  } catch (err) {
    await driver.close();
    throw err;
  }
}
