// The request log and /metrics over real HTTP against the seeded test Neo4j: one JSON line per
// request with its id, operation, duration, status and error code, and none of the credentials,
// cookies, query strings or variables the request carried; the named Prometheus series.
import type { Response as ExpressResponse } from 'express';
import { ApolloServer } from '@apollo/server';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { recordContext, requestRecord, requestRecordPlugin } from '../../server/app/request-log';
import { createContext, resolvers } from '../../server/resolvers';
import type { Context } from '../../server/resolvers';
import { loadTypeDefs } from '../../server/schema';
import { testConfig, testDb } from '../support/env';
import { captureLogger } from '../support/log-capture';

const SECRETS = { token: 'lk_tokensecret0123456789', cookie: 'cookiesecret0123456789', variable: 'variablesecret0123456789', query: 'querystringsecret0123456789' };

describe('observability › request log and metrics', () => {
  let app: RunningApp;
  const log = captureLogger('info');
  const requests = () => log.lines().filter((l) => l.msg === 'request');
  beforeAll(async () => { app = await createApp(testConfig(), testDb(), { logger: log.logger }); });
  afterAll(() => app.stop());

  const post = (body: object, headers: Record<string, string> = {}, query = '') =>
    fetch(`${app.url}/graphql${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('writes one line per request with its id, operation, duration and status, and echoes the id', async () => {
    const res = await post(
      { query: 'query Lookup($id: ID!) { entity(id: $id) { name } }', operationName: 'Lookup', variables: { id: 'nio', note: SECRETS.variable } },
      { 'x-request-id': 'proxy-req-42' },
      `?debug=${SECRETS.query}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('proxy-req-42');
    const mine = requests().filter((l) => l.reqId === 'proxy-req-42');
    expect(mine).toEqual([expect.objectContaining({ level: 30, method: 'POST', path: '/graphql', route: 'graphql', status: 200, operation: 'Lookup', durationMs: expect.any(Number) })]);
    expect(mine[0]).not.toHaveProperty('errorCode');
  });

  it('gives a request without a usable id a fresh one, and names the error code it answered', async () => {
    const res = await post({ query: 'query Missing { entity(id: "no-such-entity") { name } }' }, { 'x-request-id': 'has spaces and is not an id' });
    const id = res.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests().filter((l) => l.reqId === id)).toEqual([expect.objectContaining({ status: 200, operation: 'Missing', errorCode: 'NOT_FOUND' })]);
  });

  it('logs no token, cookie, query string or variable a request carried', async () => {
    const res = await post({ query: '{ stats { entities } }', variables: { password: SECRETS.variable } }, { authorization: `Bearer ${SECRETS.token}`, cookie: `linkage_session=${SECRETS.cookie}` }, `?token=${SECRETS.query}`);
    const id = res.headers.get('x-request-id');
    expect(requests().filter((l) => l.reqId === id)).toEqual([expect.objectContaining({ route: 'graphql', status: res.status })]);
    const text = log.text();
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/bearer|authorization|cookie|variables/i);
  });

  it("records the signed-in account's id from the context's viewer", async () => {
    const apollo = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers, plugins: [requestRecordPlugin()] });
    await apollo.start();
    try {
      const res = { locals: {} } as ExpressResponse;
      const ctx = recordContext(createContext(testDb(), testConfig().limits, { user: { id: 'u_0123456789abcdef', email: 'ed@example.org', role: 'editor' }, bookmarks: [], newBookmarks: [] }), res);
      await apollo.executeOperation({ query: 'query Who { stats { entities } }' }, { contextValue: ctx });
      expect(requestRecord(res)).toMatchObject({ operation: 'Who', userId: 'u_0123456789abcdef', errorCodes: [] });
      await ctx.db.close();
    } finally {
      await apollo.stop();
    }
  });

  it('exposes the named series at /metrics', async () => {
    await post({ query: 'query Counted { stats { entities } }' });
    await post({ query: '{ search(text: " ") { matched } }' });
    const res = await fetch(`${app.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    for (const line of [
      /^linkage_http_request_duration_seconds_bucket\{le="0\.1",route="graphql",operation="Counted",status="200"\} \d+$/m,
      /^linkage_http_request_duration_seconds_count\{route="graphql",operation="Lookup",status="200"\} 1$/m,
      /^linkage_errors_total\{route="graphql",code="NOT_FOUND"\} 1$/m,
      /^linkage_errors_total\{route="graphql",code="BAD_USER_INPUT"\} 1$/m,
      /^linkage_neo4j_query_duration_seconds_count\{statement="query\/entity\/by-ids",outcome="ok"\} [1-9]\d*$/m,
      /^linkage_neo4j_query_duration_seconds_count\{statement="query\/stats\/[a-z-]+",outcome="ok"\} [1-9]\d*$/m,
      /^linkage_neo4j_breaker_state\{state="closed"\} 1$/m,
      /^linkage_neo4j_breaker_state\{state="open"\} 0$/m,
      /^linkage_neo4j_breaker_opened_total 0$/m,
      /^linkage_neo4j_transactions\{state="running"\} 0$/m,
      /^linkage_neo4j_restarts_total 0$/m,
      /^process_cpu_user_seconds_total \d/m,
      /^process_resident_memory_bytes \d/m,
      /^nodejs_eventloop_lag_seconds \d/m,
      /^nodejs_heap_size_used_bytes \d/m,
    ]) expect(text).toMatch(line);
  });
});
