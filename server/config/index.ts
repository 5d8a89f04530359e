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

export interface Config {
  host: string;
  port: number;
  introspection: boolean;
  neo4j: Neo4jConfig;
  limits: { maxQueryDepth: number; maxAliases: number; maxCost: number; maxPageSize: number; maxDepth: number; maxHops: number };
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
    },
  };
}
