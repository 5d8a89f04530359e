// Rate limits over HTTP against the test Neo4j: requests per client, mutations more strictly,
// sign-in attempts per address, accounts counted apart from their address, and this machine exempt
// unless told otherwise. Every request here is a read or a refused write: the seeded data stays.
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { createApiToken } from '../../server/accounts';
import type { RateLimitConfig } from '../../server/config';
import { addTestUser, bearer, errorOf, gql, login, uniqueEmail } from '../support/accounts';
import { testConfig, testDb } from '../support/env';

const apps: RunningApp[] = [];
const db = testDb();

afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop().catch(() => undefined)));
  await db.close();
}, 60_000);

async function startApp(rateLimits: Partial<RateLimitConfig>): Promise<RunningApp> {
  const base = testConfig();
  const app = await createApp({ ...base, rateLimits: { ...base.rateLimits, exemptLoopback: false, ...rateLimits } }, testDb());
  apps.push(app);
  return app;
}

const READ = '{ __typename }';
// A viewer may not review: the answer is FORBIDDEN, but the mutation is counted first, and nothing is written.
const WRITE = 'mutation { review(proposal: "no-such-proposal", decision: REJECT) { id } }';

async function tokenFor(role: string): Promise<Record<string, string>> {
  const email = uniqueEmail(`rate-${role}`);
  await addTestUser(db, email, role);
  return bearer((await createApiToken(db, email)).token);
}

describe('server/app rate limits', () => {
  it('answers 429 TOO_MANY_REQUESTS with Retry-After when an address goes over its requests per minute', async () => {
    const app = await startApp({ requestsPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await gql(app, READ)).status);
    expect(statuses).toEqual([200, 200, 200]);
    const over = await gql(app, READ);
    expect(over.status).toBe(429);
    expect(errorOf(over).code).toBe('TOO_MANY_REQUESTS');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    const exported = await fetch(`${app.url}/export/graph.json`);
    expect(exported.status).toBe(429);
  });

  it('counts a signed-in account on its own, not against its address', async () => {
    const app = await startApp({ requestsPerMinute: 2 });
    const alice = await tokenFor('viewer');
    const bob = await tokenFor('viewer');
    expect((await gql(app, READ, alice)).status).toBe(200);
    expect((await gql(app, READ, alice)).status).toBe(200);
    expect((await gql(app, READ, alice)).status).toBe(429);
    expect((await gql(app, READ, bob)).status).toBe(200);
    expect((await gql(app, READ)).status).toBe(200);
  });

  it('refuses mutations past the write limit while reads still pass', async () => {
    const app = await startApp({ requestsPerMinute: 100, writesPerMinute: 2 });
    const viewer = await tokenFor('viewer');
    expect(errorOf(await gql(app, WRITE, viewer)).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(app, WRITE, viewer)).code).toBe('FORBIDDEN');
    const over = await gql(app, WRITE, viewer);
    expect(over.status).toBe(429);
    expect(errorOf(over)).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/^Too many changes; try again in \d+ s$/) as unknown });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await gql(app, READ, viewer)).status).toBe(200);
  });

  it('limits sign-in attempts per address even when each is for another account', async () => {
    const app = await startApp({ loginsPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(app, uniqueEmail('nobody'), 'wrong password')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('does not count this machine when loopback is exempt', async () => {
    const app = await startApp({ requestsPerMinute: 1, writesPerMinute: 1, exemptLoopback: true });
    const statuses = await Promise.all(Array.from({ length: 5 }, () => gql(app, READ).then((a) => a.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(errorOf(await gql(app, WRITE)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(app, WRITE)).code).toBe('UNAUTHENTICATED');
  });
});
