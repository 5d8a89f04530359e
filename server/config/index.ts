// The one place that reads configuration. Everything else receives a Config.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

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
}

export interface Limits {
  maxQueryDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
  maxDepth: number;
  maxHops: number;
  /** paths(first): each path is a search; cypher/query/paths/shortest.cypher selects at most this many. */
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
}

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
}

/** Reads KEY=VALUE lines of a .env file into a plain object; the real environment wins. */
function readDotEnv(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

function int(env: Record<string, string | undefined>, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${key} must be a positive whole number, got "${raw}"`);
  return n;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const merged: Record<string, string | undefined> = { ...readDotEnv(path.join(REPO_ROOT, '.env')), ...env };
  const uri = merged.NEO4J_URI?.trim() || null;
  return {
    host: merged.HOST || '127.0.0.1',
    port: int(merged, 'PORT', 4000),
    introspection: (merged.GRAPHQL_INTROSPECTION ?? 'true') !== 'false',
    clientDist: path.resolve(REPO_ROOT, merged.CLIENT_DIST || 'client/dist'),
    shutdownGraceMs: int(merged, 'SHUTDOWN_GRACE_MS', 10_000),
    neo4j: {
      uri,
      user: merged.NEO4J_USER || 'neo4j',
      password: merged.NEO4J_PASSWORD || 'linkage-dev-password',
      database: merged.NEO4J_DATABASE || undefined,
      boltPort: int(merged, 'NEO4J_BOLT_PORT', 7687),
      dataDir: path.resolve(REPO_ROOT, merged.NEO4J_DATA_DIR || '.data/neo4j'),
      heap: merged.NEO4J_HEAP || '1g',
      pageCache: merged.NEO4J_PAGECACHE || '512m',
    },
    limits: {
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
    },
  };
}
