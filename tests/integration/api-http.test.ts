// Errors, limits, CSRF, introspection, health, the page and shutdown, over real HTTP.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import type { Config } from '../../server/config';
import { Db } from '../../server/db';
import { testConfig, testDb, testDbOptions } from '../support/env';
import { captureLogger } from '../support/log-capture';

const baseConfig = (over: Partial<Config> = {}): Config => testConfig({ introspection: true, ...over });

interface GqlError { message: string; extensions: Record<string, unknown> }
interface Answer { status: number; data?: Record<string, unknown> | null; errors?: GqlError[] }

async function post(app: RunningApp, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) };
}

const firstError = (a: Answer): GqlError => {
  const [e] = a.errors ?? [];
  if (!e) throw new Error(`expected an error, got ${JSON.stringify(a)}`);
  return e;
};

describe('API errors and limits', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await createApp(baseConfig(), testDb()); });
  afterAll(() => app.stop());

  it.each([
    ['search text blank', '{ search(text: " ") { matched } }', 'text', '"text" must not be blank'],
    ['search first above 50', '{ search(text: "nio", first: 51) { matched } }', 'first', '"first" must be between 1 and 50 (got 51)'],
    ['page size above 1,000', '{ relationships(first: 1001) { totalCount } }', 'first', '"first" must be between 1 and 1000 (got 1001)'],
    ['page size 0 on an entity', '{ entity(id: "nio") { relationships(first: 0) { totalCount } } }', 'first', '"first" must be between 1 and 1000 (got 0)'],
    ['depth above 3', '{ neighbourhood(ids: ["nio"], depth: 4) { nodes { id } } }', 'depth', '"depth" must be between 1 and 3 (got 4)'],
    ['limit above 1,000', '{ neighbourhood(ids: ["nio"], limit: 1001) { nodes { id } } }', 'limit', '"limit" must be between 1 and 1000 (got 1001)'],
    ['no ids', '{ neighbourhood(ids: []) { nodes { id } } }', 'ids', '"ids" must name at least one entity id, and no id may be blank'],
    ['maxHops above 6', '{ paths(from: "nio", to: "jac", maxHops: 7) { length } }', 'maxHops', '"maxHops" must be between 1 and 6 (got 7)'],
    ['paths first above 10', '{ paths(from: "nio", to: "jac", first: 11) { length } }', 'first', '"first" must be between 1 and 10 (got 11)'],
    ['from equals to', '{ paths(from: "nio", to: "nio") { length } }', 'to', '"from" and "to" must name two different entities (both are "nio")'],
    ['asOf not a full date', '{ relationships(filter: { asOf: "2023-12" }) { totalCount } }', 'filter.asOf', '"filter.asOf" must be a full date YYYY-MM-DD (got "2023-12")'],
    ['a foreign cursor', '{ relationships(after: "bm9wZQ") { totalCount } }', 'after', '"after" is not a cursor from this list; pass the endCursor of the previous page'],
  ])('answers BAD_USER_INPUT naming the argument: %s', async (_name, query, argument, message) => {
    const error = firstError(await post(app, query));
    expect(error.message).toBe(message);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
  });

  it.each([
    ['an entity id', '{ entity(id: "tesla-shanghai") { id } }', 'id', 'No entity with id "tesla-shanghai"'],
    ['a relationship id', '{ relationship(id: "nio-acquired-jac") { id } }', 'id', 'No relationship with id "nio-acquired-jac"'],
    ['an entity id, with its counts asked for (they start beside the entity)', '{ entity(id: "tesla-shanghai") { id degree counts { type count } } }', 'id', 'No entity with id "tesla-shanghai"'],
    ['a relationship id, with its evidence asked for (it starts beside the link)', '{ relationship(id: "nio-acquired-jac") { id evidence { quote } context { quote } lastReportedOn } }', 'id', 'No relationship with id "nio-acquired-jac"'],
    ['a source id', '{ source(id: "reuters") { id } }', 'id', 'No source with id "reuters"'],
    ['a source id, with its text asked for', '{ source(id: "reuters") { id text } }', 'id', 'No source with id "reuters"'],
    ['one of the neighbourhood ids', '{ neighbourhood(ids: ["nio", "byd"]) { nodes { id } } }', 'ids', 'No entity with id "byd"'],
    ['the paths start', '{ paths(from: "byd", to: "nio") { length } }', 'from', 'No entity with id "byd"'],
    ['the paths end', '{ paths(from: "nio", to: "byd") { length } }', 'to', 'No entity with id "byd"'],
  ])('answers NOT_FOUND naming the argument when %s does not exist', async (_name, query, argument, message) => {
    const answer = await post(app, query);
    const error = firstError(answer);
    expect(error.message).toBe(message);
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
  });

  it('rejects a query nested deeper than 12 levels, saying the limit', async () => {
    const answer = await post(app, '{ entity(id: "nio") { relationships { edges { node { from { relationships { edges { node { to { relationships { edges { node { id } } } } } } } } } } } } }');
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toEqual(expect.objectContaining({
      message: 'Query depth 13 exceeds the limit of 12; ask for fewer nested levels',
      extensions: { code: 'BAD_USER_INPUT', limit: 'depth', max: 12, actual: 13 },
    }));
  });

  it('rejects more than 30 aliases', async () => {
    const answer = await post(app, `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`);
    expect(answer.status).toBe(400);
    expect(firstError(answer).extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'aliases', max: 30, actual: 31 });
  });

  it('rejects a query whose estimated cost is over 50,000, counting variables', async () => {
    const answer = await post(app, 'query($n: Int) { relationships(first: $n) { edges { node { from { relationships(first: 100) { totalCount } } } } } }', { n: 1000 });
    expect(answer.status).toBe(400);
    expect(firstError(answer).message).toMatch(/^The query's estimated cost \d+ exceeds the limit of 50000/);
    expect(firstError(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost', max: 50000 });
    expect((await post(app, 'query($n: Int) { relationships(first: $n) { edges { node { from { relationships(first: 100) { totalCount } } } } } }', { n: 2 })).errors).toBeUndefined();
  });

  it('lets GraphiQL and notebooks introspect the full schema', async () => {
    const answer = await post(app, getIntrospectionQuery());
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it('blocks a GET query a cross-site form could send, and serves one with a preflight header', async () => {
    const url = `${app.url}/graphql?query=${encodeURIComponent('{ stats { entities } }')}`;
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    expect(((await blocked.json()) as { errors: GqlError[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await allowed.json()).toEqual({ data: { stats: { entities: 45 } } });
  });

  it('answers a malformed JSON body with 400 and no stack', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON, or is too large', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers /healthz and /readyz with 200 while Neo4j is up', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });
});

describe('API with introspection off', () => {
  it('refuses introspection and hides field suggestions', async () => {
    const app = await createApp(baseConfig({ introspection: false }), testDb());
    try {
      expect(firstError(await post(app, '{ __schema { queryType { name } } }')).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(firstError(await post(app, '{ stats { entitie } }')).message).not.toContain('Did you mean');
    } finally {
      await app.stop();
    }
  });
});

describe('API neighbourhood size cap', () => {
  it('stops growing at the cap and counts what it left out as hidden', async () => {
    const base = baseConfig();
    const app = await createApp({ ...base, limits: { ...base.limits, maxSubgraphNodes: 3 } }, testDb());
    try {
      const answer = await post(app, '{ neighbourhood(ids: ["nio"], depth: 2) { nodes { id } truncated { entity { id } hidden } } }');
      expect(answer.data).toEqual({ neighbourhood: {
        nodes: [{ id: 'nio' }, { id: 'li-bin' }, { id: 'miit' }],
        truncated: [{ entity: { id: 'nio' }, hidden: 4 }, { entity: { id: 'miit' }, hidden: 3 }],
      } });
    } finally {
      await app.stop();
    }
  });
});

describe('API when Neo4j is unreachable', () => {
  let app: RunningApp;
  beforeAll(async () => {
    const down = new Db({ ...testDbOptions(), uri: 'bolt://127.0.0.1:1', maxTransactionRetryTime: 200 });
    app = await createApp(baseConfig(), down);
  });
  afterAll(() => app.stop());

  it('answers SERVICE_UNAVAILABLE with HTTP 503 and stays up', async () => {
    const answer = await post(app, '{ entity(id: "nio") { name } }');
    expect(answer.status).toBe(503);
    expect(answer.errors).toEqual([expect.objectContaining({
      message: 'The graph database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' },
    })]);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await post(app, '{ stats { entities } }')).status).toBe(503);
  });

  it('says not ready on /readyz', async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect([res.status, await res.json()]).toEqual([503, { status: 'unavailable', reason: 'Neo4j does not answer' }]);
  });
});

describe('API on an unexpected Neo4j error', () => {
  it("answers INTERNAL_SERVER_ERROR without Neo4j's message or a stack, and logs the cause", async () => {
    const log = captureLogger();
    const app = await createApp(baseConfig(), new Db({ ...testDbOptions(), database: 'no-such-database' }), { logger: log.logger });
    try {
      const answer = await post(app, '{ stats { entities } }');
      expect(answer.errors).toEqual([{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(log.lines()).toContainEqual(expect.objectContaining({ level: 50, msg: 'GraphQL internal error', err: expect.objectContaining({ message: expect.stringContaining('no-such-database') }) }));
    } finally {
      await app.stop();
    }
  });
});

describe('API page and GraphiQL', () => {
  let dir: string;
  let app: RunningApp;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'linkage-dist-'));
    writeFileSync(path.join(dir, 'index.html'), '<html>explorer</html>');
    writeFileSync(path.join(dir, 'graphiql.html'), '<html>graphiql</html>');
    writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    app = await createApp(baseConfig({ clientDist: dir }), testDb());
  });
  afterAll(async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml' };

  it('serves the built page at /, its files, and a 404 for paths that are not page routes', async () => {
    expect(await (await fetch(`${app.url}/`, { headers: html })).text()).toBe('<html>explorer</html>');
    expect(await (await fetch(`${app.url}/app.js`)).text()).toBe('console.log(1)');
    // The page keeps its state in the query string; it has no path routes to fall back to.
    expect((await fetch(`${app.url}/entity/nio`, { headers: html })).status).toBe(404);
  });

  it.each(['/.env', '/.git/config', '/assets/missing.js', '/index.html.map', '/server/config/index.ts'])(
    'answers %s with 404 and no page', async (probe) => {
      const res = await fetch(`${app.url}${probe}`, { headers: html });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('explorer');
    });

  it('sends the security headers on the page, GraphiQL and the API', async () => {
    const answers = [
      await fetch(`${app.url}/`, { headers: html }),
      await fetch(`${app.url}/graphql`, { headers: html }),
      await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { sources } }"}' }),
    ];
    for (const res of answers) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('serves GraphiQL to a browser at GET /graphql, and JSON to everyone else', async () => {
    expect(await (await fetch(`${app.url}/graphql`, { headers: html })).text()).toBe('<html>graphiql</html>');
    const api = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ stats { sources } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await api.json()).toEqual({ data: { stats: { sources: 5 } } });
  });

  it('never answers an unknown API path with the page', async () => {
    expect((await fetch(`${app.url}/export/nothing-here`, { headers: html })).status).toBe(404);
  });

  it('says how to build the client when client/dist is missing', async () => {
    const bare = await createApp(baseConfig({ clientDist: path.join(dir, 'missing') }), testDb());
    try {
      expect(await (await fetch(`${bare.url}/`, { headers: html })).text()).toContain('npm run build:client');
      expect(await (await fetch(`${bare.url}/graphql`, { headers: html })).text()).toContain('npm run build:client');
    } finally {
      await bare.stop();
    }
  });
});

describe('API shutdown', () => {
  it('lets a request in flight finish, then stops listening and closes the driver', async () => {
    const db = testDb();
    const app = await createApp(baseConfig(), db);
    const inFlight = post(app, '{ neighbourhood(ids: ["nio"], depth: 3) { nodes { id } } }');
    await new Promise((r) => setTimeout(r, 20));
    await app.stop();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect((answer.data?.neighbourhood as { nodes: unknown[] }).nodes.length).toBeGreaterThan(10);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    expect(await db.ping()).toBe(false);
    await app.stop(); // a second stop is harmless
  });
});
