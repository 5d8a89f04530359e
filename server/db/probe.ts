// The probe: one real read query (cypher/health/probe.cypher) that says whether Neo4j answers
// queries, not merely logins. It runs on a driver of its own with one connection, so that a pool
// exhausted by requests is not mistaken for a database that is down, and as a single auto-commit
// query: the managed executeRead would retry for up to maxTransactionRetryTime, and a probe must
// answer within its own timeout.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { statement } from '../cypher';

export interface ProbeTarget { uri: string; user: string; password: string; database?: string | undefined }

/** The probe query took longer than the probe's timeout: a database that hangs counts as down. */
export class ProbeTimeout extends Error {}

export class Probe {
  private driver: Driver | null = null;

  constructor(private readonly target: ProbeTarget, readonly timeoutMs: number) {}

  /** Resolves when the probe query answered within the timeout; rejects with the reason otherwise. */
  async run(): Promise<void> {
    this.driver ??= neo4j.driver(this.target.uri, neo4j.auth.basic(this.target.user, this.target.password), {
      maxConnectionPoolSize: 1,
      connectionTimeout: this.timeoutMs,
      connectionAcquisitionTimeout: this.timeoutMs,
    });
    const session = this.driver.session({ database: this.target.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const { cypher, params } = statement('health/probe', {});
    try {
      await Promise.race([
        session.run(cypher, params, { timeout: this.timeoutMs }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new ProbeTimeout(`the probe query did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      // A hung session may never close; the next probe must not wait for it.
      void session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = null;
    await driver?.close();
  }
}
