// Waiting until a Neo4j accepts a login over Bolt: the runner's "ready" line only says that the port
// listens, and an existing Neo4j (NEO4J_URI) says nothing at all.

import neo4j from 'neo4j-driver';
import { sleep } from './timing';

/** Resolves once a driver can log in at uri; retries connection failures until timeoutMs, fails at once on bad credentials. */
export async function waitForBolt(uri: string, user: string, password: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: 2_000,
      connectionAcquisitionTimeout: 3_000,
      maxConnectionPoolSize: 1,
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      lastError = err;
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.')) {
        throw new Error(`Neo4j at ${uri} refused the login of user ${user}: ${errorMessage(err)}`);
      }
    } finally {
      await driver.close();
    }
    if (Date.now() >= deadline) {
      throw new Error(`Neo4j at ${uri} did not accept connections within ${timeoutMs} ms: ${errorMessage(lastError)}`);
    }
    await sleep(Math.min(250, Math.max(0, deadline - Date.now())));
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
