// Mistakes a client makes are answered as client errors, small and without a stack: an operation
// type the API lacks is a 400 with nothing in the server's error log; an over-long id is refused
// by name without being echoed back.
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { testConfig, testDb } from '../support/env';
import { captureLogger } from '../support/log-capture';

describe('API client errors', () => {
  let app: RunningApp;
  const log = captureLogger();
  const logged: unknown[][] = [];
  let spy: jest.SpyInstance;
  let linesBefore = 0;
  beforeAll(async () => {
    app = await createApp(testConfig({ introspection: true }), testDb(), { logger: log.logger });
  });
  beforeEach(() => {
    logged.length = 0;
    linesBefore = log.lines().length;
    spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { logged.push(args); });
  });
  afterEach(() => spy.mockRestore());
  afterAll(() => app.stop());

  it.each([
    ['a subscription', 'subscription { stats { entities } }', 'This API has no subscription operations'],
    ['a mutation of a field the schema lacks', 'mutation { deleteEverything }', undefined],
  ])('answers %s with 400 GRAPHQL_VALIDATION_FAILED and logs nothing', async (_name, query, message) => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(res.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    if (message) expect(body.errors[0]?.message).toBe(message);
    expect(JSON.stringify(body)).not.toMatch(/stack|at [A-Za-z]+ \(/);
    expect(logged).toEqual([]);
    // The server's log has the request's own line (info) and nothing at warn or above.
    expect(log.lines().slice(linesBefore).filter((line) => Number(line.level) >= 40)).toEqual([]);
  });

  it.each([
    ['entity', 'query($v: ID!) { entity(id: $v) { id } }', 'id'],
    ['relationship', 'query($v: ID!) { relationship(id: $v) { id } }', 'id'],
    ['a neighbourhood id list', 'query($v: ID!) { neighbourhood(ids: ["nio", $v]) { nodes { id } } }', 'ids'],
    ['the paths start', 'query($v: ID!) { paths(from: $v, to: "nio") { length } }', 'from'],
  ])('refuses a 200 KB id in %s without echoing it', async (_name, query, argument) => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { v: 'x'.repeat(200_000) } }) });
    const text = await res.text();
    expect(text.length).toBeLessThan(1_000);
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors[0]?.message).toBe(`"${argument}" holds an id longer than 256 bytes; ids are short slugs such as "nio-built-by-jac"`);
  });
});
