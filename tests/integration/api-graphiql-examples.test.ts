// The GraphiQL tabs (client/src/graphiql/examples.ts) are queries a visitor runs first: each one is
// sent to the server on the seed graph and must answer without errors and with data for its
// top-level field, so that a renamed id or field in the seed or the schema cannot leave a tab broken.
import { EXAMPLES } from '../../client/src/graphiql/examples';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { testConfig, testDb } from '../support/env';

interface Answer { data?: Record<string, unknown> | null; errors?: unknown[] }

describe('graphiql examples', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await createApp(testConfig(), testDb()); });
  afterAll(() => app.stop());

  it.each(EXAMPLES.map((tab, i) => [i, /query (\w+)/.exec(tab.query)?.[1] ?? '?', tab] as const))('tab %i (%s) answers on the seed without errors', async (_i, _name, tab) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: tab.query, variables: tab.variables === undefined ? undefined : (JSON.parse(tab.variables) as unknown) }),
    });
    const answer = (await res.json()) as Answer;
    expect(answer.errors).toBeUndefined();
    const values = Object.values(answer.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v === null || (Array.isArray(v) && v.length === 0)).toBe(false);
  });

  it('shows attribution and date bases in at least one tab', () => {
    const all = EXAMPLES.map((t) => t.query).join('\n');
    for (const field of ['attribution', 'validFromBasis', 'publishedOnBasis', 'datesNote', 'context']) expect(all).toContain(field);
  });
});
