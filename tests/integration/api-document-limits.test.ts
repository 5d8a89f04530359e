// Document-size limits over real HTTP: tokens (graphql-js stops parsing past the limit) and
// directives (graphql-armor's rule), each a 400 that says which limit, before anything runs.
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { testConfig, testDb } from '../support/env';

interface Answer { status: number; body: { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } }

describe('document limits', () => {
  let app: RunningApp;
  const limits = testConfig().limits;
  beforeAll(async () => { app = await createApp(testConfig(), testDb()); });
  afterAll(() => app.stop());

  const post = async (query: string): Promise<Answer> => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  };

  it('refuses a document of more than 1,000 tokens with GRAPHQL_PARSE_FAILED', async () => {
    expect(limits.maxTokens).toBe(1000);
    const answer = await post(`{ stats { ${'entities '.repeat(1000)} } }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(/more that 1000 tokens/);
  });

  it('answers a large but ordinary document under the token limit', async () => {
    const link = (i: number): string => `r${i}: relationship(id: "nio-built-by-jac") { id type label status validFrom validTo note from { id name } to { id name } }`;
    const query = `{ ${Array.from({ length: 30 }, (_, i) => link(i)).join(' ')} }`;
    const answer = await post(query);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.data as object)).toHaveLength(30);
  });

  it('refuses more than 50 directives in one operation, counting a fragment at every spread', async () => {
    expect(limits.maxDirectives).toBe(50);
    // @include and @skip may each appear once per place: spread fragments to carry many.
    const spreads = (n: number): string => ' ...F @include(if: true) @skip(if: false)'.repeat(n);
    const answer = await post(`{ stats { ${spreads(25)} } } fragment F on Stats { entities @include(if: true) }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'The query uses 75 directives; the limit is 50', extensions: { code: 'BAD_USER_INPUT', limit: 'directives', max: 50, actual: 75 } });
    expect((await post(`{ stats { ${spreads(25)} } } fragment F on Stats { entities }`)).status).toBe(200);
  });
});
