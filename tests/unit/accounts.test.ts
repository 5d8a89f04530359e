// The pure parts of server/accounts: password hashing, the CLI's arguments and table, the session
// cookie's attributes, the failed-sign-in limiter, and the Authorization header's shape.
import { maskEmail } from '../../server/resolvers/accounts';
import { authenticate } from '../../server/accounts';
import { formatUserTable, parseUsersArgs, passwordFromStdin } from '../../server/accounts/commands';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from '../../server/accounts/cookies';
import { LoginLimiter } from '../../server/accounts/login-limiter';
import { checkPassword, hashPassword, verifyPassword } from '../../server/accounts/passwords';
import { newApiToken, newSessionToken, sha256Hex } from '../../server/accounts/secrets';
import { Db } from '../../server/db';

describe('server/accounts/passwords', () => {
  it('hashes with Argon2id at 19 MiB, 2 passes, 1 lane, salted, and verifies only the same password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(a, 'correct horse battery ')).toBe(false);
  });

  it('says false, not an error, for no stored hash, a malformed one, or an over-long password', async () => {
    expect(await verifyPassword(null, 'correct horse battery')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'correct horse battery')).toBe(false);
    expect(await verifyPassword(await hashPassword('x'.repeat(1024)), 'x'.repeat(1025))).toBe(false);
  });

  it('refuses a password under 12 characters (counted as characters, not bytes) without echoing it', () => {
    expect(() => checkPassword('hunter2')).toThrow('The password is too short: it needs at least 12 characters (it has 7)');
    expect(() => checkPassword('ééééééééééé')).toThrow('(it has 11)');
    expect(() => checkPassword('x'.repeat(1025))).toThrow('at most 1024 characters');
    expect(() => checkPassword('twelve chars')).not.toThrow();
    try { checkPassword('hunter2'); } catch (err) { expect(String(err)).not.toContain('hunter2'); }
  });
});

describe('server/accounts/secrets', () => {
  it('makes 32-byte random tokens, API ones prefixed lk_, and stores them as SHA-256 hex', () => {
    expect(newSessionToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newApiToken()).toMatch(/^lk_[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(newSessionToken());
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('server/accounts/commands parseUsersArgs', () => {
  it.each([
    [['add', 'ada@example.org', '--role', 'editor'], { command: 'add', email: 'ada@example.org', role: 'editor', passwordStdin: false }],
    [['add', 'ada@example.org', '--role=viewer', '--password-stdin'], { command: 'add', email: 'ada@example.org', role: 'viewer', passwordStdin: true }],
    [['role', 'ada@example.org', 'admin'], { command: 'role', email: 'ada@example.org', role: 'admin' }],
    [['disable', 'ada@example.org'], { command: 'disable', email: 'ada@example.org' }],
    [['enable', 'ada@example.org'], { command: 'enable', email: 'ada@example.org' }],
    [['token', 'ada@example.org', '--name', 'notebook'], { command: 'token', email: 'ada@example.org', name: 'notebook' }],
    [['list'], { command: 'list' }],
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
  ])('reads %j', (argv, expected) => {
    expect(parseUsersArgs(argv)).toEqual(expected);
  });

  it.each([
    [['add', 'ada@example.org'], '"add" needs --role (one of viewer, contributor, editor, admin)'],
    [['role', 'ada@example.org'], '"role" takes an email and a role'],
    [['list', 'extra'], '"list" takes no arguments'],
    [['remove', 'ada@example.org'], 'Unknown command "remove"'],
    [['add', 'ada@example.org', '--role', 'editor', '--password', 'x'], "Unknown option '--password'"],
  ])('refuses %j with a message', (argv, message) => {
    const parsed = parseUsersArgs(argv);
    expect(parsed.command).toBe('error');
    expect(parsed.command === 'error' ? parsed.message : '').toContain(message);
  });

  it('takes the first line of standard input as the password, keeping its inner spaces', () => {
    expect(passwordFromStdin('  two words here \r\nsecond line')).toBe('  two words here ');
    expect(passwordFromStdin('')).toBe('');
  });

  it('lays out the list as aligned columns, system accounts marked', () => {
    const table = formatUserTable([
      { id: 'seed', email: 'seed@system.linkage', role: 'editor', disabled: false, system: true, createdAt: '2026-01-02T03:04:05Z', sessions: 0, tokens: 0 },
      { id: 'u_1', email: 'ada@example.org', role: 'admin', disabled: true, system: false, createdAt: null, sessions: 2, tokens: 10 },
    ]);
    expect(table).toEqual([
      'EMAIL                ROLE    STATE     SESSIONS  TOKENS  CREATED     ID',
      'seed@system.linkage  editor  system    0         0       2026-01-02  seed',
      'ada@example.org      admin   disabled  2         10                  u_1',
    ]);
  });
});

describe('server/accounts/cookies', () => {
  it('writes the session cookie HttpOnly, SameSite=Strict, Path=/, Secure only when asked, and reads it back', () => {
    expect(sessionCookie('abc', { secure: false, maxAgeSeconds: 60 })).toBe('linkage_session=abc; Max-Age=60; Path=/; HttpOnly; SameSite=Strict');
    expect(sessionCookie('abc', { secure: true, maxAgeSeconds: 60 })).toBe('linkage_session=abc; Max-Age=60; Path=/; HttpOnly; Secure; SameSite=Strict');
    expect(clearedSessionCookie({ secure: false })).toContain('linkage_session=; Max-Age=0;');
    expect(sessionTokenOf({ headers: { cookie: 'theme=dark; linkage_session=abc' } })).toBe('abc');
    expect(sessionTokenOf({ headers: { cookie: 'linkage_session=' } })).toBeUndefined();
    expect(sessionTokenOf({ headers: {} })).toBeUndefined();
  });
});

describe('server/accounts/login-limiter', () => {
  it('refuses an account after its N failures until the window ends, and a success clears the count', async () => {
    const limiter = new LoginLimiter({ loginMaxFailuresPerAccount: 2, loginMaxFailuresPerAddress: 100, loginFailureWindowSeconds: 60 });
    expect(await limiter.refusedFor('ada', '10.0.0.1')).toBeNull();
    await limiter.recordFailure('ada', '10.0.0.1');
    expect(await limiter.refusedFor('ada', '10.0.0.1')).toBeNull();
    await limiter.recordFailure('ada', '10.0.0.1');
    const wait = await limiter.refusedFor('ada', '10.0.0.2');
    expect(wait).toBeGreaterThan(59_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(await limiter.refusedFor('bob', '10.0.0.1')).toBeNull();
    await limiter.recordSuccess('ada');
    expect(await limiter.refusedFor('ada', '10.0.0.1')).toBeNull();
  });

  it('refuses an address after its N failures, whichever accounts they were for', async () => {
    const limiter = new LoginLimiter({ loginMaxFailuresPerAccount: 100, loginMaxFailuresPerAddress: 2, loginFailureWindowSeconds: 60 });
    await limiter.recordFailure('ada', '10.0.0.1');
    await limiter.recordFailure('bob', '10.0.0.1');
    expect(await limiter.refusedFor('carol', '10.0.0.1')).not.toBeNull();
    expect(await limiter.refusedFor('carol', '10.0.0.2')).toBeNull();
  });
});

describe('server/accounts/authenticate', () => {
  // No credential needs no database: a Db that cannot connect proves nothing is asked of it.
  const nowhere = new Db({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', maxTransactionRetryTime: 0 });
  afterAll(() => nowhere.close());

  it('is anonymous (null) without a credential, and UNAUTHENTICATED for an Authorization that is not Bearer', async () => {
    expect(await authenticate(nowhere, { headers: {} })).toBeNull();
    expect(await authenticate(nowhere, { headers: { cookie: 'theme=dark' } })).toBeNull();
    await expect(authenticate(nowhere, { headers: { authorization: 'Basic YWRhOng=' } })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('maskEmail', () => {
  it('keeps the first letter and the domain, so anonymous readers of a history see who without the address', () => {
    expect(maskEmail('ada@example.org')).toBe('a…@example.org');
    expect(maskEmail('seed@system.linkage')).toBe('s…@system.linkage');
    expect(maskEmail('no-at-sign')).toBe('…');
  });
});
