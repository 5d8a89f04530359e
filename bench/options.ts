// The benchmark's settings: flags first, then BENCH_* settings (the environment over .env, read by
// server/config like every other setting), then defaults.
// The defaults describe the documented run; every one can be changed without editing code.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, loadConfig, readSettings } from '../server/config';
import type { Config, Settings } from '../server/config';

/** The benchmark's graph sizes (issue 12): entities; links are about three per entity at S and M, five at L. */
export const SIZES = { S: 10_000, M: 100_000, L: 1_000_000 } as const;
export type Size = keyof typeof SIZES;
/** The generator's linkScale per size: 1.76 draws about 5 links per entity (5 million at L). */
const LINK_SCALES: Record<Size, number> = { S: 1, M: 1, L: 1.76 };
export const linkScaleOf = (size: Size): number => LINK_SCALES[size];

export interface BenchOptions {
  /** The named size, or null when --entities asked for another one. */
  size: Size | null;
  entities: number;
  /** Multiplies the generator's drawn links (LINK_SCALES; --entities takes 1). */
  linkScale: number;
  /** `bulk` (neo4j-admin import into a new store) or `incremental` (the seed loader). */
  loader: 'bulk' | 'incremental';
  /** Keep the generated CSV files next to the data folder after a bulk import. */
  keepCsv: boolean;
  seed: number;
  port: number;
  password: string;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Timed requests per operation, after `warmup` untimed ones. */
  reps: number;
  warmup: number;
  /** An operation stops repeating after this long, so one slow operation cannot stall the run. */
  opBudgetMs: number;
  /** The concurrent run: after the timed operations (on), instead of them (only), or not at all (off). */
  concurrent: 'on' | 'off' | 'only';
  clients: number;
  concurrentMs: number;
  /** Whether @neo4j/graphql, the third peer, is served and timed too. */
  peer: boolean;
  /** Time only the operations whose name contains one of these (empty: all). */
  only: string[];
  /** The whole run is abandoned (and everything stopped) after this long. */
  maxMinutes: number;
  out: string;
  /** Linkage's own configuration (the API's limits, class-data sharing), from the same settings. */
  config: Config;
}

const FLAGS = {
  size: { env: 'BENCH_SIZE', fallback: 'M', help: 'S = 10k entities, M = 100k (~300k links), L = 1M (~5M links)' },
  loader: { env: 'BENCH_LOADER', fallback: 'bulk', help: 'bulk (CSV into neo4j-admin import, a new store) or incremental (the seed loader)' },
  'keep-csv': { env: 'BENCH_KEEP_CSV', fallback: '0', help: "1 keeps the bulk path's CSV files (<data-dir>-csv)" },
  entities: { env: 'BENCH_ENTITIES', fallback: '', help: 'synthetic entities instead of a --size (relationships are about 3x)' },
  seed: { env: 'BENCH_SEED', fallback: '42', help: 'random seed of the generated graph and of the samples' },
  port: { env: 'BENCH_NEO4J_PORT', fallback: '7793', help: "Bolt port of the benchmark's own Neo4j" },
  password: { env: 'BENCH_NEO4J_PASSWORD', fallback: 'linkage-bench-password', help: 'its password' },
  'data-dir': { env: 'BENCH_NEO4J_DATA_DIR', fallback: '.data/neo4j-bench', help: 'its data folder' },
  heap: { env: 'BENCH_NEO4J_HEAP', fallback: '2g', help: 'its JVM heap' },
  'page-cache': { env: 'BENCH_NEO4J_PAGECACHE', fallback: '1g', help: 'its page cache' },
  // 20, so that the nearest-rank p95 is the 19th timing, not simply the slowest one.
  reps: { env: 'BENCH_REPS', fallback: '20', help: 'timed requests per operation' },
  warmup: { env: 'BENCH_WARMUP', fallback: '2', help: 'untimed requests per operation first' },
  'op-budget': { env: 'BENCH_OP_BUDGET_S', fallback: '60', help: 'seconds one operation may take in all' },
  concurrent: { env: 'BENCH_CONCURRENT', fallback: 'on', help: 'the concurrent run: on (after the operations), only, or off' },
  clients: { env: 'BENCH_CLIENTS', fallback: '16', help: 'clients of the concurrent run' },
  'concurrent-seconds': { env: 'BENCH_CONCURRENT_S', fallback: '60', help: 'how long each concurrent run lasts' },
  peer: { env: 'BENCH_PEER', fallback: 'on', help: 'time @neo4j/graphql too: on or off' },
  only: { env: 'BENCH_ONLY', fallback: '', help: 'time only operations whose name contains one of these comma-separated words' },
  'max-minutes': { env: 'BENCH_MAX_MINUTES', fallback: '90', help: 'abandon the whole run after this long (a first M load takes about half an hour)' },
  out: { env: 'BENCH_OUT', fallback: 'test-results/bench/latest.json', help: 'where the JSON results go' },
} as const;
type Flag = keyof typeof FLAGS;

export function usage(): string {
  const lines = Object.entries(FLAGS).map(([flag, f]) => `  --${flag.padEnd(18)} ${f.help} (${f.env}${f.fallback ? `, default ${f.fallback}` : ''})`);
  return ['Usage: npm run bench -- [options]', ...lines].join('\n');
}

export function positive(name: string, text: string, min = 1): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number >= ${min}, got "${text}"`);
  return n;
}

/** Parses argv; returns null when --help was asked for. */
export function readOptions(argv: string[] = process.argv.slice(2), env: Settings = readSettings()): BenchOptions | null {
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
  for (const flag of Object.keys(FLAGS)) options[flag] = { type: 'string' };
  const { values } = parseArgs({ args: argv, options, strict: true });
  if (values.help === true) return null;
  const get = (flag: Flag): string => {
    const given = values[flag];
    if (typeof given === 'string' && given !== '') return given;
    return env[FLAGS[flag].env]?.trim() || FLAGS[flag].fallback;
  };
  const dataDir = path.resolve(REPO_ROOT, get('data-dir'));
  const port = positive('port', get('port'));
  // `env` already holds the .env file's settings.
  const config = loadConfig(env, { dotenv: false });
  guardAgainstOtherDatabases(config, dataDir, port);
  const sizeName = get('size').toUpperCase();
  if (!(sizeName in SIZES)) throw new Error(`--size must be S, M or L, got "${get('size')}"`);
  const size = sizeName as Size;
  const entities = get('entities');
  const concurrent = get('concurrent');
  if (!['on', 'off', 'only'].includes(concurrent)) throw new Error(`--concurrent must be on, off or only, got "${concurrent}"`);
  const peer = get('peer');
  if (!['on', 'off'].includes(peer)) throw new Error(`--peer must be on or off, got "${peer}"`);
  const loader = get('loader');
  if (loader !== 'bulk' && loader !== 'incremental') throw new Error(`--loader must be bulk or incremental, got "${loader}"`);
  return {
    size: entities === '' ? size : null,
    entities: entities === '' ? SIZES[size] : positive('entities', entities, 100),
    linkScale: entities === '' ? LINK_SCALES[size] : 1,
    loader,
    keepCsv: get('keep-csv') === '1',
    seed: positive('seed', get('seed'), 0),
    port,
    password: get('password'),
    dataDir,
    heap: get('heap'),
    pageCache: get('page-cache'),
    reps: positive('reps', get('reps')),
    warmup: positive('warmup', get('warmup'), 0),
    opBudgetMs: positive('op-budget', get('op-budget')) * 1000,
    concurrent: concurrent as BenchOptions['concurrent'],
    clients: positive('clients', get('clients')),
    concurrentMs: positive('concurrent-seconds', get('concurrent-seconds')) * 1000,
    peer: peer === 'on',
    only: get('only').split(',').map((w) => w.trim()).filter(Boolean),
    maxMinutes: positive('max-minutes', get('max-minutes')),
    out: path.resolve(REPO_ROOT, get('out')),
    config,
  };
}

/**
 * The benchmark wipes its database when the size changes, so it must never be pointed at the
 * developer's or the tests' Neo4j: refuse their data folders and ports outright.
 */
function guardAgainstOtherDatabases(dev: Config, dataDir: string, port: number): void {
  const forbidden = [dev.neo4j.dataDir, path.join(REPO_ROOT, '.data', 'neo4j'), path.join(REPO_ROOT, '.data', 'neo4j-test')];
  if (forbidden.some((dir) => path.resolve(dir) === dataDir)) {
    throw new Error(`--data-dir ${dataDir} is the dev or test database; the benchmark needs a folder of its own`);
  }
  if ([dev.neo4j.boltPort, 7687, 7688].includes(port)) {
    throw new Error(`--port ${port} is the dev or test database's port; pick another (default 7793)`);
  }
}
