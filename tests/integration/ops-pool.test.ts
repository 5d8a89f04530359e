// Pool exhaustion is an outage of capacity, not a bug: with every connection held, a request
// waits connectionAcquisitionTimeout and is answered 503 SERVICE_UNAVAILABLE (not a 200 with
// INTERNAL_SERVER_ERROR), and the breaker stays closed because Neo4j itself answers.
import type { GraphQLError } from 'graphql';
import { createApp } from '../../server/app';
import { statement } from '../../server/cypher';
import { Db, POOL_EXHAUSTED_MESSAGE } from '../../server/db';
import { testConfig, testDbOptions } from '../support/env';

describe('db › pool exhaustion', () => {
  it('answers 503 SERVICE_UNAVAILABLE when no pooled connection frees up in time, and counts the waiting transaction', async () => {
    const db = new Db({ ...testDbOptions(), maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 1_500 });
    const app = await createApp(testConfig(), db);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let holding = (): void => undefined;
    const isHolding = new Promise<void>((resolve) => { holding = resolve; });
    // One transaction keeps the pool's only connection until released.
    const holder = db.transaction('READ', async (tx) => {
      await db.rows(tx, statement('health/probe', {}));
      holding();
      await held;
    });
    try {
      await isHolding;
      const direct = db.read(statement('health/probe', {})).then(() => null, (e: unknown) => e as GraphQLError);
      const request = fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { entities } }' }) });
      for (let tries = 0; db.activity().waiting < 2 && tries < 40; tries += 1) await new Promise((r) => setTimeout(r, 25));
      expect(db.activity()).toEqual({ waiting: 2, running: 1 });
      expect(await (await fetch(`${app.url}/metrics`)).text()).toMatch(/^linkage_neo4j_transactions\{state="waiting"\} 2$/m);

      const error = await direct;
      expect(error?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', http: { status: 503 } });
      expect(error?.message).toBe(POOL_EXHAUSTED_MESSAGE);
      const res = await request;
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ data: null, errors: [expect.objectContaining({ message: POOL_EXHAUSTED_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } })] });
      expect(db.breaker.state).toBe('closed');
    } finally {
      release();
      await holder;
      await app.stop();
    }
  });
});
