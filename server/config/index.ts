// The one place that reads configuration. Everything else receives a Config (or, for a tool's own
// settings such as the benchmark's BENCH_*, the same merged Settings from readSettings).
import path from 'node:path';
import { readSettings, REPO_ROOT } from './environment';
import type { ConfigOptions, Settings } from './environment';

export { DEFAULT_DOTENV_PATH, readSettings, REPO_ROOT } from './environment';
export type { ConfigOptions, Settings } from './environment';

export interface Neo4jConfig {
  /** Set when an existing Neo4j is to be used; when null, Linkage starts its own. */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Linkage's own Neo4j maps a class-data-sharing archive for faster starts (LINKAGE_NEO4J_CDS=0 turns it off). */
  classDataSharing: boolean;
  /** NEO4J_MAX_RESTARTS: tries at restarting Linkage's own Neo4j after it died before `npm start` gives up. */
  maxRestarts: number;
  /** NEO4J_PROBE_INTERVAL_MS: how often the server checks that Neo4j answers a query while all is well. */
  probeIntervalMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogConfig {
  /** LOG_LEVEL (default info). */
  level: LogLevel;
  /** LOG_FORMAT: json lines, pretty lines, or auto (default): pretty when the output is a terminal. */
  format: LogFormat;
}

export interface Limits {
  /** Tokens in one GraphQL document (graphql-js stops parsing past it). */
  maxTokens: number;
  /** Directives in one operation, fragments included. */
  maxDirectives: number;
  maxQueryDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
  maxDepth: number;
  maxHops: number;
  /** paths(first): the search ranks the ten shortest paths (PATHS_SEARCHED) and returns at most this many. */
  maxPaths: number;
  maxSearchResults: number;
  /** neighbourhood(limit): links kept per entity. */
  maxLinksPerEntity: number;
  /** neighbourhood(ids) and other id lists. */
  maxIds: number;
  /** A neighbourhood stops growing at about this many entities, whatever depth and limit say. */
  maxSubgraphNodes: number;
  /** Neo4j cancels any one API transaction that runs longer than this. */
  queryTimeoutMs: number;
  /** intake(input.text): characters of one article, as sent (before cleaning). */
  maxArticleChars: number;
  /** proposeFromIntake(picks): candidates filed in one call. */
  maxIntakePicks: number;
}

/** Sign-in and who may read (server/accounts, docs/editing.md). */
export interface AccountsConfig {
  /** LINKAGE_ANONYMOUS_READ: false makes every GraphQL operation and export need a signed-in account. */
  anonymousRead: boolean;
  /** LINKAGE_SESSION_TTL_HOURS: how long a sign-in lasts. */
  sessionTtlHours: number;
  /** Failed sign-ins allowed per account, and per client address, within the window; the next is refused (HTTP 429). */
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginFailureWindowSeconds: number;
}

/**
 * Requests allowed per client and minute (server/app/rate-limit.ts, docs/operations.md). A client is
 * its account when signed in, else its address; over a limit the answer is 429 with Retry-After.
 */
export interface RateLimitConfig {
  /** LINKAGE_RATE_LIMIT_REQUESTS_PER_MINUTE: every /graphql and /export request. */
  requestsPerMinute: number;
  /** LINKAGE_RATE_LIMIT_WRITES_PER_MINUTE: GraphQL mutations, on top of the request limit. */
  writesPerMinute: number;
  /** LINKAGE_RATE_LIMIT_LOGINS_PER_MINUTE: POST /auth/login per address, right password or not. */
  loginsPerMinute: number;
  /** LINKAGE_RATE_LIMIT_EXEMPT_LOOPBACK: requests from this machine (tests, a local user) are not counted. */
  exemptLoopback: boolean;
}

/**
 * LINKAGE_TRUST_PROXY, handed to Express's "trust proxy": false (the default) reads the client's
 * address and scheme from the connection itself; behind a reverse proxy, true, a hop count or a
 * list of the proxies' addresses makes X-Forwarded-For/-Proto count (for the login rate limit and
 * the session cookie's Secure flag).
 */
export type TrustProxy = boolean | number | string;

export interface Config {
  host: string;
  port: number;
  introspection: boolean;
  /** Where the built page lives (index.html, graphiql.html). */
  clientDist: string;
  /** How long a shutdown waits for requests in flight before closing connections. */
  shutdownGraceMs: number;
  neo4j: Neo4jConfig;
  limits: Limits;
  log: LogConfig;
  /** LINKAGE_IMPORT_AS: the email of the account `npm run import` writes as when --as is not given; undefined when unset. */
  importAs: string | undefined;
  /** LINKAGE_EDITOR, replaced by LINKAGE_IMPORT_AS: read only so that the import can refuse it with a pointer. */
  importEditor: string | undefined;
  accounts: AccountsConfig;
  rateLimits: RateLimitConfig;
  trustProxy: TrustProxy;
}

/** Linkage's own Neo4j starts with this password unless NEO4J_PASSWORD says otherwise. */
export const DEV_NEO4J_PASSWORD = 'linkage-dev-password';

const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Serving beyond this machine with the password every clone of Linkage knows would hand out the database. */
function refuseDefaultPasswordWhenExposed(host: string, password: string): void {
  if (password === DEV_NEO4J_PASSWORD && !isLoopback(host)) {
    throw new Error(`HOST is ${host}, reachable from other machines, but NEO4J_PASSWORD is Linkage's built-in development password; set NEO4J_PASSWORD to a secret of your own (for Linkage's own Neo4j too), or serve on 127.0.0.1`);
  }
}

function int(env: Settings, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${key} must be a positive whole number, got "${raw}"`);
  return n;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/** Strict, because a mistyped "flase" must not leave reading open when it was meant to close it. */
function bool(env: Settings, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (TRUE_WORDS.has(raw)) return true;
  if (FALSE_WORDS.has(raw)) return false;
  throw new Error(`${key} must be true or false, got "${env[key]}"`);
}

function trustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || FALSE_WORDS.has(value.toLowerCase())) return false;
  if (TRUE_WORDS.has(value.toLowerCase()) && value !== '1') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function oneOf<T extends string>(env: Settings, key: string, allowed: readonly T[], fallback: T): T {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new Error(`${key} must be one of ${allowed.join(', ')}, got "${env[key] ?? ''}"`);
  return raw as T;
}

/**
 * Reads the configuration from `env` (default: this process's environment) over the .env file.
 * Tests pass `{ dotenv: false }`; `dotenvPath` reads another file instead of the repository's .env.
 */
export function loadConfig(env: Settings = process.env, options: ConfigOptions = {}): Config {
  const merged = readSettings(env, options);
  const uri = merged.NEO4J_URI?.trim() || null;
  const host = merged.HOST || '127.0.0.1';
  const password = merged.NEO4J_PASSWORD || DEV_NEO4J_PASSWORD;
  refuseDefaultPasswordWhenExposed(host, password);
  return {
    host,
    port: int(merged, 'PORT', 4000),
    introspection: (merged.GRAPHQL_INTROSPECTION ?? 'true') !== 'false',
    clientDist: path.resolve(REPO_ROOT, merged.CLIENT_DIST || 'client/dist'),
    shutdownGraceMs: int(merged, 'SHUTDOWN_GRACE_MS', 10_000),
    neo4j: {
      uri,
      user: merged.NEO4J_USER || 'neo4j',
      password,
      database: merged.NEO4J_DATABASE || undefined,
      boltPort: int(merged, 'NEO4J_BOLT_PORT', 7687),
      dataDir: path.resolve(REPO_ROOT, merged.NEO4J_DATA_DIR || '.data/neo4j'),
      heap: merged.NEO4J_HEAP || '1g',
      pageCache: merged.NEO4J_PAGECACHE || '512m',
      classDataSharing: merged.LINKAGE_NEO4J_CDS?.trim() !== '0',
      maxRestarts: int(merged, 'NEO4J_MAX_RESTARTS', 5),
      probeIntervalMs: int(merged, 'NEO4J_PROBE_INTERVAL_MS', 5_000),
    },
    log: {
      level: oneOf(merged, 'LOG_LEVEL', LOG_LEVELS, 'info'),
      format: oneOf(merged, 'LOG_FORMAT', LOG_FORMATS, 'auto'),
    },
    limits: {
      maxTokens: int(merged, 'GRAPHQL_MAX_TOKENS', 1000),
      maxDirectives: int(merged, 'GRAPHQL_MAX_DIRECTIVES', 50),
      maxQueryDepth: int(merged, 'GRAPHQL_MAX_DEPTH', 12),
      maxAliases: int(merged, 'GRAPHQL_MAX_ALIASES', 30),
      maxCost: int(merged, 'GRAPHQL_MAX_COST', 50000),
      maxPageSize: 1000,
      maxDepth: 3,
      maxHops: 6,
      maxPaths: 10,
      maxSearchResults: 50,
      maxLinksPerEntity: 1000,
      maxIds: 100,
      maxSubgraphNodes: int(merged, 'GRAPHQL_MAX_SUBGRAPH_NODES', 2000),
      queryTimeoutMs: int(merged, 'GRAPHQL_QUERY_TIMEOUT_MS', 15_000),
      maxArticleChars: 200_000,
      maxIntakePicks: 500,
    },
    importAs: merged.LINKAGE_IMPORT_AS,
    importEditor: merged.LINKAGE_EDITOR,
    accounts: {
      anonymousRead: bool(merged, 'LINKAGE_ANONYMOUS_READ', true),
      sessionTtlHours: int(merged, 'LINKAGE_SESSION_TTL_HOURS', 12),
      loginMaxFailuresPerAccount: int(merged, 'LINKAGE_LOGIN_MAX_FAILURES_PER_ACCOUNT', 5),
      loginMaxFailuresPerAddress: int(merged, 'LINKAGE_LOGIN_MAX_FAILURES_PER_ADDRESS', 50),
      loginFailureWindowSeconds: int(merged, 'LINKAGE_LOGIN_FAILURE_WINDOW_SECONDS', 900),
    },
    rateLimits: {
      requestsPerMinute: int(merged, 'LINKAGE_RATE_LIMIT_REQUESTS_PER_MINUTE', 600),
      writesPerMinute: int(merged, 'LINKAGE_RATE_LIMIT_WRITES_PER_MINUTE', 60),
      loginsPerMinute: int(merged, 'LINKAGE_RATE_LIMIT_LOGINS_PER_MINUTE', 10),
      exemptLoopback: bool(merged, 'LINKAGE_RATE_LIMIT_EXEMPT_LOOPBACK', true),
    },
    trustProxy: trustProxy(merged.LINKAGE_TRUST_PROXY),
  };
}
