// Accounts against a real Neo4j of their own (users, sessions and tokens are writes; the seeded
// test database is left alone): the CLI's commands, sign-in and sign-out over HTTP, sessions'
// expiry, API tokens, disabling, the failed-sign-in limit, Query.me and LINKAGE_ANONYMOUS_READ=false.
import { spawn } from 'node:child_process';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { createApiToken, createSession, createUser, ensureAccountsSchema, findUserByEmail, LOGIN_FAILED, setDisabled, usersByIds } from '../../server/accounts';
import { runUsersCommand } from '../../server/accounts/commands';
import { sha256Hex } from '../../server/accounts/secrets';
import type { UsersCommand } from '../../server/accounts/commands';
import type { AccountsConfig, Config } from '../../server/config';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import { Db } from '../../server/db';
import { SYSTEM_ACCOUNTS } from '#vocabulary/roles';
import { bearer, cookieFrom, errorOf, gql, login, logout, setCookies, uniqueEmail } from '../support/accounts';
import { SCRATCH_NEO4J_PORTS, testConfig } from '../support/env';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';

const PASSWORD = 'correct horse battery';
const ME = '{ me { id email role } }';

let scratch: ScratchNeo4j;
const apps: RunningApp[] = [];

beforeAll(async () => {
  scratch = await startScratchNeo4j('accounts', SCRATCH_NEO4J_PORTS.accounts);
  await ensureAccountsSchema(scratch.db);
}, 240_000);
afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop().catch(() => undefined)));
  await scratch?.stop();
}, 120_000);

/** An app over the scratch database; `accounts` replaces parts of the accounts settings. */
async function startApp(accounts: Partial<AccountsConfig> = {}, over: Partial<Config> = {}): Promise<RunningApp> {
  const base = testConfig();
  // app.stop() closes its Db, so each app gets a Db of its own on the scratch Neo4j.
  const db = new Db({ uri: scratch.neo.uri, user: scratch.neo.user, password: scratch.neo.password });
  const app = await createApp({ ...base, ...over, accounts: { ...base.accounts, ...accounts } }, db);
  apps.push(app);
  return app;
}

async function person(role = 'editor'): Promise<{ email: string; id: string }> {
  const email = uniqueEmail(role);
  const user = await createUser(scratch.db, { email, role, password: PASSWORD });
  return { email, id: user.id };
}

describe('server/accounts users and the CLI commands', () => {
  const run = async (cmd: Exclude<UsersCommand, { command: 'help' | 'error' }>, stdin = ''): Promise<string[]> => {
    const lines: string[] = [];
    await runUsersCommand(scratch.db, cmd, { print: (l) => lines.push(l), readStdin: () => Promise.resolve(stdin) });
    return lines;
  };

  it('keeps one seed system account however often the schema is ensured, with no password', async () => {
    await ensureAccountsSchema(scratch.db);
    await ensureAccountsSchema(scratch.db);
    const seed = await findUserByEmail(scratch.db, SYSTEM_ACCOUNTS.seed.email);
    expect(seed).toEqual({ id: 'seed', email: 'seed@system.linkage', role: 'editor', passwordHash: null, disabled: false, system: true });
    expect((await usersByIds(scratch.db, ['seed', 'nobody'])).map((u) => u?.id ?? null)).toEqual(['seed', null]);
  });

  it('adds an account with a generated password printed once, stores only an Argon2id hash, and signs in with it', async () => {
    const email = uniqueEmail('Generated').toUpperCase();
    const lines = await run({ command: 'add', email: `  ${email} `, role: 'contributor', passwordStdin: false });
    const password = lines[1]?.split(': ')[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const stored = await findUserByEmail(scratch.db, email);
    expect(stored).toMatchObject({ email: email.toLowerCase(), role: 'contributor', disabled: false, system: false });
    expect(stored?.id).toMatch(/^u_[0-9a-f]{16}$/);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored?.passwordHash).not.toContain(password);
    const app = await startApp();
    expect((await login(app, email, password)).status).toBe(200);
  });

  it('reads the password from standard input with --password-stdin and prints none', async () => {
    const email = uniqueEmail('stdin');
    const lines = await run({ command: 'add', email, role: 'viewer', passwordStdin: true }, `${PASSWORD}\n`);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Created ${email} \\(viewer, id u_[0-9a-f]{16}\\)\\.$`))]);
    expect((await login(await startApp(), email, PASSWORD)).body).toMatchObject({ user: { email, role: 'viewer' } });
  });

  it.each([
    ['a duplicate email', (email: string) => ({ command: 'add', email, role: 'viewer', passwordStdin: true }) as const, 'An account with the email'],
    ['a bad role', (email: string) => ({ command: 'role', email, role: 'owner' }) as const, 'Unknown role "owner": one of viewer, contributor, editor, admin'],
    ['an unknown email', () => ({ command: 'disable', email: 'nobody@example.org' }) as const, 'No account with the email nobody@example.org'],
    ['a system account', () => ({ command: 'token', email: 'seed@system.linkage', name: undefined }) as const, 'seed@system.linkage is a system account'],
    ['a system address for a person', () => ({ command: 'add', email: 'me@system.linkage', role: 'viewer', passwordStdin: true }) as const, 'reserved for system accounts'],
  ])('refuses %s with a clear message', async (_what, make, message) => {
    const { email } = await person('viewer');
    await expect(run(make(email), PASSWORD)).rejects.toThrow(message);
  });

  it('refuses a short password, saying how long it must be', async () => {
    await expect(run({ command: 'add', email: uniqueEmail('short'), role: 'viewer', passwordStdin: true }, 'hunter2\n')).rejects.toThrow('at least 12 characters (it has 7)');
  });

  it('changes a role, and lists accounts in a table without hashes', async () => {
    const { email } = await person('viewer');
    expect(await run({ command: 'role', email, role: 'admin' })).toEqual([`${email} is now admin.`]);
    const table = await run({ command: 'list' });
    expect(table[0]).toMatch(/^EMAIL\s+ROLE\s+STATE\s+SESSIONS\s+TOKENS\s+CREATED\s+ID$/);
    expect(table.find((l) => l.startsWith(`${email} `))).toMatch(/ admin\s+active\s+0\s+0\s+\d{4}-\d\d-\d\d\s+u_/);
    expect(table.find((l) => l.startsWith('seed@system.linkage'))).toMatch(/ editor\s+system /);
    expect(table.join('\n')).not.toContain('$argon2');
  });

  it('prints a token once that works as a bearer token; only its SHA-256 is stored', async () => {
    const { email, id } = await person('contributor');
    const lines = await run({ command: 'token', email, name: 'notebook' });
    const token = lines[1] ?? '';
    expect(token).toMatch(/^lk_[A-Za-z0-9_-]{43}$/);
    const stored = await scratch.db.read(statement('test/api-tokens-of', { userId: id }));
    expect(stored).toEqual([{ token: expect.objectContaining({ name: 'notebook', hash: sha256Hex(token) }) as unknown }]);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await gql(await startApp(), ME, bearer(token))).body).toEqual({ data: { me: { id: expect.stringMatching(/^u_/) as unknown, email, role: 'contributor' } } });
  });

  it('runs as `npm run users` in a child process, with the password on standard input', async () => {
    const email = uniqueEmail('npm');
    const env = { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: scratch.neo.uri, NEO4J_USER: scratch.neo.user, NEO4J_PASSWORD: scratch.neo.password };
    const child = spawn('npm', ['run', '--silent', 'users', '--', 'add', email, '--role', 'editor', '--password-stdin'], { cwd: REPO_ROOT, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdin.end(`${PASSWORD}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(new RegExp(`^Created ${email} \\(editor, id u_[0-9a-f]{16}\\)\\.\n$`));
    expect(out).not.toContain(PASSWORD);
    expect((await findUserByEmail(scratch.db, email))?.role).toBe('editor');
  }, 60_000);
});

describe('POST /auth/login and /auth/logout', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await startApp({ sessionTtlHours: 2 }); });

  it('answers 200 with the user and an HttpOnly, SameSite=Strict, Path=/ session cookie lasting the TTL', async () => {
    const { email, id } = await person('editor');
    const answer = await login(app, email.toUpperCase(), PASSWORD);
    expect([answer.status, answer.body.user]).toEqual([200, { id, email, role: 'editor' }]);
    const [cookie, ...more] = setCookies(answer);
    expect(more).toEqual([]);
    expect(cookie).toMatch(/^linkage_session=[A-Za-z0-9_-]{43}; Max-Age=7200; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(Date.parse(String(answer.body.expiresAt)) - Date.now()).toBeGreaterThan(7190_000);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    // The session's write carries its bookmark, which the next request sends back (read-your-writes on any replica).
    const bookmark = answer.headers.get('x-linkage-bookmark') ?? '';
    expect(bookmark).toMatch(/^\S+$/);
    expect((await gql(app, ME, { cookie: cookieFrom(answer), 'x-linkage-bookmark': bookmark })).body).toEqual({ data: { me: { id, email, role: 'editor' } } });
  });

  it('answers 401 with one message and no cookie for an unknown email, a wrong password, a disabled or a system account', async () => {
    const { email } = await person('viewer');
    const disabled = await person('editor');
    await setDisabled(scratch.db, disabled.email, true);
    const tries: [string, string][] = [['nobody@example.org', PASSWORD], [email, `${PASSWORD}!`], [disabled.email, PASSWORD], ['seed@system.linkage', '']];
    for (const [who, password] of tries) {
      const answer = await login(app, who, password);
      expect([answer.status, errorOf(answer), setCookies(answer)]).toEqual([401, { code: 'UNAUTHENTICATED', message: LOGIN_FAILED }, []]);
    }
  });

  it('refuses anything but JSON with 415, so that a cross-site form cannot sign in or out', async () => {
    const { email } = await person('viewer');
    const form = await fetch(`${app.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email, password: PASSWORD }) });
    expect([form.status, form.headers.getSetCookie()]).toEqual([415, []]);
    const plain = await fetch(`${app.url}/auth/logout`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(plain.status).toBe(415);
  });

  it('sets Secure on the cookie when the request came over HTTPS through a trusted proxy, and only then', async () => {
    const { email } = await person('viewer');
    const proxied = await startApp({}, { trustProxy: 1 });
    expect(setCookies(await login(proxied, email, PASSWORD, { 'x-forwarded-proto': 'https' }))[0]).toMatch(/; Secure; SameSite=Strict$/);
    expect(setCookies(await login(app, email, PASSWORD, { 'x-forwarded-proto': 'https' }))[0]).not.toContain('Secure');
  });

  it('revokes the session on logout and clears the cookie; the old cookie then answers 401', async () => {
    const { email } = await person('editor');
    const cookie = cookieFrom(await login(app, email, PASSWORD));
    const out = await logout(app, { cookie });
    expect([out.status, out.body]).toEqual([200, { signedOut: true }]);
    expect(setCookies(out)[0]).toMatch(/^linkage_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    const after = await gql(app, ME, { cookie });
    expect([after.status, errorOf(after).code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(setCookies(after)[0]).toMatch(/^linkage_session=; Max-Age=0/);
  });

  it('refuses a session past its expiry with 401 UNAUTHENTICATED', async () => {
    const { id } = await person('editor');
    const expired = await createSession(scratch.db, id, -60);
    const live = await createSession(scratch.db, id, 60);
    expect((await gql(app, ME, { cookie: `linkage_session=${live.token}` })).body).toMatchObject({ data: { me: { id } } });
    const answer = await gql(app, ME, { cookie: `linkage_session=${expired.token}` });
    expect([answer.status, errorOf(answer)]).toEqual([401, { code: 'UNAUTHENTICATED', message: expect.stringContaining('Your session has ended') as unknown }]);
  });
});

describe('API tokens, disabling and Query.me', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await startApp(); });

  it('answers me for a cookie, a token, and null for anonymous', async () => {
    const { email, id } = await person('contributor');
    const { token } = await createApiToken(scratch.db, email, 'me-test');
    const cookie = cookieFrom(await login(app, email, PASSWORD));
    const expected = { data: { me: { id, email, role: 'contributor' } } };
    expect((await gql(app, ME, { cookie })).body).toEqual(expected);
    expect((await gql(app, ME, bearer(token))).body).toEqual(expected);
    expect((await gql(app, ME)).body).toEqual({ data: { me: null } });
  });

  it.each([
    ['an unknown token', bearer('lk_not-a-token'), 'This API token is not valid'],
    ['an Authorization that is not Bearer', { authorization: 'Basic YWRhOnNlY3JldA==' }, 'must be "Bearer <token>"'],
    ['an unknown session cookie', { cookie: 'linkage_session=forged' }, 'Your session has ended'],
  ])('answers 401 UNAUTHENTICATED, not anonymous, for %s', async (_what, headers, message) => {
    const answer = await gql(app, '{ stats { entities } }', headers);
    expect([answer.status, answer.body.data, errorOf(answer)]).toEqual([401, undefined, { code: 'UNAUTHENTICATED', message: expect.stringContaining(message) as unknown }]);
  });

  it("stops a disabled account's session and token at once, and re-enabling brings back sign-in but not them", async () => {
    const { email } = await person('editor');
    const { token } = await createApiToken(scratch.db, email);
    const cookie = cookieFrom(await login(app, email, PASSWORD));
    expect((await gql(app, ME, bearer(token))).status).toBe(200);
    expect(await setDisabled(scratch.db, email, true)).toMatchObject({ sessionsRevoked: 1, tokensRevoked: 1 });
    for (const headers of [bearer(token), { cookie }]) expect((await gql(app, ME, headers)).status).toBe(401);
    await setDisabled(scratch.db, email, false);
    expect((await gql(app, ME, bearer(token))).status).toBe(401);
    expect((await login(app, email, PASSWORD)).status).toBe(200);
  });
});

describe('the failed sign-in limit', () => {
  it('answers 429 TOO_MANY_REQUESTS with Retry-After after N failures for one account, even with the right password', async () => {
    const app = await startApp({ loginMaxFailuresPerAccount: 3, loginFailureWindowSeconds: 600 });
    const { email } = await person('viewer');
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await login(app, email, 'wrong password!')).status);
    const refused = await login(app, email, PASSWORD);
    expect([...statuses, refused.status]).toEqual([401, 401, 401, 429]);
    expect(errorOf(refused)).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/^Too many failed sign-ins; try again in \d+ s$/) as unknown });
    expect((refused.body.errors as { extensions: { retryAfterSeconds: number } }[])[0]?.extensions.retryAfterSeconds).toBe(Number(refused.headers.get('retry-after')));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(590);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(600);
    expect(setCookies(refused)).toEqual([]);
  });

  it('forgets an account\'s failures after a success, and counts failures per address across accounts', async () => {
    const app = await startApp({ loginMaxFailuresPerAccount: 2, loginMaxFailuresPerAddress: 4 });
    const { email } = await person('viewer');
    const statuses = [];
    for (const password of ['wrong password!', PASSWORD, 'wrong password!', PASSWORD]) statuses.push((await login(app, email, password)).status);
    expect(statuses).toEqual([401, 200, 401, 200]);
    for (const who of ['a@example.org', 'b@example.org']) expect((await login(app, who, 'wrong password!')).status).toBe(401);
    expect((await login(app, email, PASSWORD)).status).toBe(429);
  });
});

describe('LINKAGE_ANONYMOUS_READ=false', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await startApp({ anonymousRead: false }); });

  it('answers 401 UNAUTHENTICATED to anonymous GraphQL and exports, and keeps health and sign-in open', async () => {
    const graphql = await gql(app, '{ stats { entities } }');
    expect([graphql.status, errorOf(graphql).code]).toEqual([401, 'UNAUTHENTICATED']);
    const exported = await fetch(`${app.url}/export/graph.json`);
    expect([exported.status, ((await exported.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    expect((await login(app, 'nobody@example.org', PASSWORD)).status).toBe(401);
  });

  it('answers a signed-in account, by cookie or token, on GraphQL and exports', async () => {
    const { email } = await person('viewer');
    const { token } = await createApiToken(scratch.db, email);
    const cookie = cookieFrom(await login(app, email, PASSWORD));
    expect((await gql(app, '{ stats { entities } }', { cookie })).body).toEqual({ data: { stats: { entities: 0 } } });
    const exported = await fetch(`${app.url}/export/relationships.csv`, { headers: bearer(token) });
    expect([exported.status, exported.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
  });
});
