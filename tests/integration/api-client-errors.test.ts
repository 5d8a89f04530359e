// Mistakes a client makes are answered as client errors: a 400 with GRAPHQL_VALIDATION_FAILED,
// nothing written to the server's error log.
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { testConfig, testDb } from '../support/env';

describe('API client errors', () => {
  let app: RunningApp;
  const logged: unknown[][] = [];
  let spy: jest.SpyInstance;
  beforeAll(async () => {
    app = await createApp(testConfig({ introspection: true }), testDb());
  });
  beforeEach(() => {
    logged.length = 0;
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
  });
});
