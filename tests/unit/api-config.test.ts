// loadConfig reads the environment over a .env file; these tests write their own .env in a temporary
// folder (dotenvPath), so the repository's .env is never read or touched.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { loadConfig } from '../../server/config';
import { validationRules } from '../../server/limits';
import { schemaShape } from '../../server/schema';
import { testConfig } from '../support/env';

let dir: string;
let dotenvPath: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-config-'));
  dotenvPath = path.join(dir, '.env');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writeDotEnv = (text: string): void => writeFileSync(dotenvPath, text);

/** A query nested nine levels deep: within the default depth limit (12), over a limit of 8. */
const NINE_DEEP = '{ entity(id: "nio") { relationships { edges { node { from { relationships { edges { node { id } } } } } } } } }';

describe('config', () => {
  it('ignores a .env with GRAPHQL_MAX_DEPTH=8 when dotenv is false, and honours it by default', () => {
    writeDotEnv('GRAPHQL_MAX_DEPTH=8\n');
    const ignored = loadConfig({}, { dotenv: false, dotenvPath });
    const honoured = loadConfig({}, { dotenvPath });
    expect(ignored.limits.maxQueryDepth).toBe(12);
    expect(honoured.limits.maxQueryDepth).toBe(8);
    const errors = (limits: typeof ignored.limits): string[] => validate(schemaShape(), parse(NINE_DEEP), validationRules(limits)).map((e) => e.message);
    expect(errors(ignored.limits)).toEqual([]);
    expect(errors(honoured.limits)).toEqual(['Query depth 9 exceeds the limit of 8; ask for fewer nested levels']);
  });

  it('skips the .env file when the environment says LINKAGE_DOTENV=0, as tests do for the commands they run', () => {
    writeDotEnv('GRAPHQL_MAX_DEPTH=8\n');
    expect(loadConfig({ LINKAGE_DOTENV: '0' }, { dotenvPath }).limits.maxQueryDepth).toBe(12);
    expect(loadConfig({ LINKAGE_DOTENV: '1' }, { dotenvPath }).limits.maxQueryDepth).toBe(8);
  });

  it('gives the test configuration the defaults whatever the environment says', () => {
    const before = process.env.GRAPHQL_MAX_DEPTH;
    process.env.GRAPHQL_MAX_DEPTH = '8';
    try {
      expect(testConfig().limits.maxQueryDepth).toBe(12);
    } finally {
      if (before === undefined) delete process.env.GRAPHQL_MAX_DEPTH;
      else process.env.GRAPHQL_MAX_DEPTH = before;
    }
  });

  it('lets a variable set in the environment win over the same one in .env', () => {
    writeDotEnv('NEO4J_PASSWORD=from-dotenv\nNEO4J_BOLT_PORT=7700\n');
    const config = loadConfig({ NEO4J_PASSWORD: 'from-environment' }, { dotenvPath });
    expect(config.neo4j.password).toBe('from-environment');
    expect(config.neo4j.boltPort).toBe(7700);
  });

  it('reads comments, quotes and export lines as Node does', () => {
    writeDotEnv('# a comment\nexport NEO4J_USER=ada\nNEO4J_PASSWORD="a # b"\nHOST=\'0.0.0.0\' # listen everywhere\nLINKAGE_EDITOR=Ada Lovelace\nLINKAGE_NEO4J_CDS=0\n');
    const config = loadConfig({}, { dotenvPath });
    expect(config).toMatchObject({ host: '0.0.0.0', importEditor: 'Ada Lovelace' });
    expect(config.neo4j).toMatchObject({ user: 'ada', password: 'a # b', classDataSharing: false });
  });

  it('takes the defaults when the .env file does not exist', () => {
    const config = loadConfig({}, { dotenvPath: path.join(dir, 'missing.env') });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, importEditor: undefined });
    expect(config.neo4j).toMatchObject({ uri: null, password: 'linkage-dev-password', boltPort: 7687, classDataSharing: true });
  });

  it('refuses a bad number in .env, naming the setting and the value', () => {
    writeDotEnv('GRAPHQL_MAX_DEPTH=eight\n');
    expect(() => loadConfig({}, { dotenvPath })).toThrow('GRAPHQL_MAX_DEPTH must be a positive whole number, got "eight"');
    expect(() => loadConfig({ PORT: '-1' }, { dotenv: false })).toThrow('PORT must be a positive whole number, got "-1"');
  });

  it('refuses the built-in Neo4j password when HOST reaches beyond this machine', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' }, { dotenv: false })).toThrow("HOST is 0.0.0.0, reachable from other machines, but NEO4J_PASSWORD is Linkage's built-in development password");
    expect(() => loadConfig({ HOST: '192.0.2.7', NEO4J_URI: 'neo4j+s://db.example' }, { dotenv: false })).toThrow('NEO4J_PASSWORD');
    expect(loadConfig({ HOST: '0.0.0.0', NEO4J_PASSWORD: 'a-secret-of-ours' }, { dotenv: false }).host).toBe('0.0.0.0');
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1']) expect(loadConfig({ HOST: host }, { dotenv: false }).host).toBe(host);
  });

  it('reads the accounts settings: anonymous reading on, 12-hour sessions and the sign-in limits by default', () => {
    expect(loadConfig({}, { dotenv: false })).toMatchObject({
      accounts: { anonymousRead: true, sessionTtlHours: 12, loginMaxFailuresPerAccount: 5, loginMaxFailuresPerAddress: 50, loginFailureWindowSeconds: 900 },
      trustProxy: false,
    });
    const set = loadConfig({
      LINKAGE_ANONYMOUS_READ: 'false', LINKAGE_SESSION_TTL_HOURS: '2', LINKAGE_LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LINKAGE_LOGIN_MAX_FAILURES_PER_ADDRESS: '7', LINKAGE_LOGIN_FAILURE_WINDOW_SECONDS: '60', LINKAGE_TRUST_PROXY: 'loopback',
    }, { dotenv: false });
    expect(set).toMatchObject({ accounts: { anonymousRead: false, sessionTtlHours: 2, loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 7, loginFailureWindowSeconds: 60 }, trustProxy: 'loopback' });
  });

  it('reads the rate limits: 600 requests, 60 writes and 10 sign-ins per minute by default, this machine exempt', () => {
    expect(loadConfig({}, { dotenv: false }).rateLimits).toEqual({ requestsPerMinute: 600, writesPerMinute: 60, loginsPerMinute: 10, exemptLoopback: true });
    const set = loadConfig({
      LINKAGE_RATE_LIMIT_REQUESTS_PER_MINUTE: '100', LINKAGE_RATE_LIMIT_WRITES_PER_MINUTE: '5',
      LINKAGE_RATE_LIMIT_LOGINS_PER_MINUTE: '2', LINKAGE_RATE_LIMIT_EXEMPT_LOOPBACK: 'false',
    }, { dotenv: false });
    expect(set.rateLimits).toEqual({ requestsPerMinute: 100, writesPerMinute: 5, loginsPerMinute: 2, exemptLoopback: false });
    expect(() => loadConfig({ LINKAGE_RATE_LIMIT_WRITES_PER_MINUTE: 'lots' }, { dotenv: false })).toThrow('LINKAGE_RATE_LIMIT_WRITES_PER_MINUTE must be a positive whole number, got "lots"');
  });

  it('refuses an unclear LINKAGE_ANONYMOUS_READ rather than guess, and reads LINKAGE_TRUST_PROXY as Express does', () => {
    expect(() => loadConfig({ LINKAGE_ANONYMOUS_READ: 'flase' }, { dotenv: false })).toThrow('LINKAGE_ANONYMOUS_READ must be true or false, got "flase"');
    expect(loadConfig({ LINKAGE_ANONYMOUS_READ: 'NO' }, { dotenv: false }).accounts.anonymousRead).toBe(false);
    const proxy = (value: string): unknown => loadConfig({ LINKAGE_TRUST_PROXY: value }, { dotenv: false }).trustProxy;
    expect([proxy('true'), proxy('false'), proxy('0'), proxy('1'), proxy('2'), proxy('10.0.0.0/8, 127.0.0.1')]).toEqual([true, false, false, 1, 2, '10.0.0.0/8, 127.0.0.1']);
  });
});

describe('logging › configuration', () => {
  it('reads LOG_LEVEL and LOG_FORMAT, defaulting to info and auto', () => {
    expect(loadConfig({}, { dotenv: false }).log).toEqual({ level: 'info', format: 'auto' });
    expect(loadConfig({ LOG_LEVEL: 'Debug', LOG_FORMAT: 'json' }, { dotenv: false }).log).toEqual({ level: 'debug', format: 'json' });
  });

  it('refuses an unknown level, naming the setting and the choices', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' }, { dotenv: false })).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"');
  });

  it('reads the supervision and probe settings', () => {
    const { neo4j } = loadConfig({ NEO4J_MAX_RESTARTS: '2', NEO4J_PROBE_INTERVAL_MS: '750' }, { dotenv: false });
    expect([neo4j.maxRestarts, neo4j.probeIntervalMs]).toEqual([2, 750]);
    expect(loadConfig({}, { dotenv: false }).neo4j).toMatchObject({ maxRestarts: 5, probeIntervalMs: 5_000 });
  });
});
