// Puts the synthetic graph into the benchmark's own Neo4j. A stamp node lets the next run of the
// same graph reuse it. Otherwise, by default, the bulk path (bulk.ts): the data folder is deleted
// (it is the benchmark's own; options.ts refuses the dev and test ones), the generator writes
// neo4j-admin CSV, the offline importer builds the store, Neo4j starts on it and builds the
// indexes. `--loader incremental` loads through the real seed loader (loadDataset) instead, the
// revision path `npm run seed` takes, wiping other content first (MERGE alone would leave it).
// Both give the same graph (tests/integration/bench-bulk.test.ts).
import fs from 'node:fs';
import { startLocalNeo4j } from '../scripts/neo4j';
import type { LocalNeo4j } from '../scripts/neo4j';
import { statement } from '../server/cypher';
import { int } from '../server/db';
import type { Db } from '../server/db';
import { storeExists } from '../seed/bulk/admin-import';
import { finishBulkStore } from '../seed/bulk/finish';
import { ensureSchema } from '../seed/loader/write';
import { loadDataset } from '../seed/loader';
import { folderBytes, generateCsv, importCsv } from './bulk';
import { generateGraph, streamGraph } from './generate';
import type { GraphSummary } from './generate';
import type { BenchOptions } from './options';
import { RecordingDb } from './recording-db';

/** Bump when the generator changes what it builds, so that older loads are not reused. */
const GENERATOR_VERSION = 3;
const WIPE_BATCH = 10_000;

export interface GraphState {
  summary: GraphSummary;
  reused: boolean;
  loader: 'bulk' | 'incremental' | null;
  generateMs: number;
  /** Time spent writing (wipe, load or import, index wait); 0 when the stored graph was reused. */
  loadMs: number;
  /** The bulk path's parts: neo4j-admin, the schema statements, the index population. */
  importMs: number | null;
  indexesMs: number | null;
  csvBytes: number | null;
  /** Relationships per second of the load, when there was one. */
  relsPerSecond: number | null;
  storeBytes: number;
}

export interface Running { neo: LocalNeo4j | null; db: RecordingDb | null }

/** linkScale 1 (S, M) keeps the keys, and so the stored graphs, of earlier runs valid. */
export const stampKey = (entities: number, seed: number, linkScale = 1): string =>
  `v${GENERATOR_VERSION};entities=${entities};seed=${seed}${linkScale === 1 ? '' : `;links=${linkScale}`}`;

/** CALL … IN TRANSACTIONS is refused inside managed transactions, so these run auto-commit. */
async function wipe(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const name of ['bench/wipe-relationships', 'bench/wipe-nodes']) {
      const stmt = statement(name, { batch: int(WIPE_BATCH) });
      await session.run(stmt.cypher, stmt.params);
    }
  } finally {
    await session.close();
  }
}

async function start(opts: BenchOptions, running: Running): Promise<RecordingDb> {
  running.neo = await startLocalNeo4j({
    port: opts.port, password: opts.password, dataDir: opts.dataDir, heap: opts.heap, pageCache: opts.pageCache, classDataSharing: opts.config.neo4j.classDataSharing,
    // A shared 2-core machine under load can take minutes to start Neo4j (and recover a big store).
    startTimeoutMs: 600_000,
  });
  running.db = new RecordingDb({ uri: running.neo.uri, user: running.neo.user, password: running.neo.password });
  return running.db;
}

async function stop(running: Running): Promise<void> {
  await running.db?.close();
  await running.neo?.stop();
  running.db = null;
  running.neo = null;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(0)} s`;

async function bulkLoad(opts: BenchOptions, running: Running, key: string, log: (line: string) => void): Promise<GraphState> {
  const started = Date.now();
  await stop(running);
  fs.rmSync(opts.dataDir, { recursive: true, force: true });
  const csvDir = `${opts.dataDir}-csv`;
  log(`Generating the graph as neo4j-admin CSV in ${csvDir}…`);
  const generated = generateCsv(csvDir, opts.entities, opts.seed, opts.linkScale, log);
  const { counts, bytes } = generated.files;
  log(`Generated ${counts.entities} entities, ${counts.relationships} relationships, ${counts.evidence} quotes, ${counts.sources} sources (${(bytes / 2 ** 30).toFixed(2)} GiB of CSV) in ${seconds(generated.ms)}.`);
  log('Importing with neo4j-admin database import full…');
  const importMs = await importCsv(opts.dataDir, generated.files, log);
  log(`Imported in ${seconds(importMs)}.`);
  const db = await start(opts, running);
  const finished = await finishBulkStore(db, (line) => log(`  ${line}`), { deferred: generated.files.deferred });
  if (!opts.keepCsv) fs.rmSync(csvDir, { recursive: true, force: true });
  await db.write(statement('bench/stamp-set', { key, entities: int(counts.entities), relationships: int(counts.relationships) }));
  const loadMs = Date.now() - started - generated.ms;
  return {
    summary: generated.summary, reused: false, loader: 'bulk', generateMs: generated.ms, loadMs, importMs, indexesMs: finished.schemaMs + finished.indexesMs,
    csvBytes: bytes, relsPerSecond: Math.round(counts.relationships / (loadMs / 1000)), storeBytes: folderBytes(opts.dataDir),
  };
}

async function incrementalLoad(opts: BenchOptions, db: Db, key: string, nodes: number, log: (line: string) => void): Promise<GraphState> {
  let started = Date.now();
  const graph = generateGraph(opts.entities, opts.seed, { linkScale: opts.linkScale });
  const generateMs = Date.now() - started;
  started = Date.now();
  if (nodes > 0) await wipe(db);
  log('Loading through seed/loader (loadDataset)…');
  const summary = await loadDataset(db, graph.dataset, { log: (line) => log(`  ${line}`) });
  await db.write(statement('bench/stamp-set', { key, entities: int(graph.dataset.entities.length), relationships: int(graph.dataset.relationships.length) }));
  const loadMs = Date.now() - started;
  return {
    summary: graph.summary, reused: false, loader: 'incremental', generateMs, loadMs, importMs: null, indexesMs: null, csvBytes: null,
    relsPerSecond: Math.round(graph.dataset.relationships.length / (summary.ms / 1000)), storeBytes: folderBytes(opts.dataDir),
  };
}

/** Starts the benchmark's Neo4j with the graph of opts in it (reused, imported or loaded); running holds what was started. */
export async function ensureGraph(opts: BenchOptions, running: Running, log: (line: string) => void): Promise<GraphState> {
  const key = stampKey(opts.entities, opts.seed, opts.linkScale);
  // No store yet: nothing to reuse or check, so the bulk path need not start Neo4j first.
  if (opts.loader === 'bulk' && !storeExists(opts.dataDir)) return report(await bulkLoad(opts, running, key, log), log);
  const db = await start(opts, running);
  const [stamp] = await db.read(statement('bench/stamp-get', {}));
  const nodes = Number(stamp?.nodes ?? 0);
  if (stamp?.key === key) {
    // A graph stored by an older version gets what the writers keep now (new indexes, the tallies).
    const kept = Date.now();
    await ensureSchema(db);
    await db.read(statement('schema/await-indexes', { seconds: int(3600) }));
    log(`Schema and kept counts brought up to date in ${seconds(Date.now() - kept)}.`);
    // The samples are read from the generator's summary, which needs no records: generate without keeping any.
    const started = Date.now();
    const summary = streamGraph(opts.entities, opts.seed, { entity: () => undefined, relationship: () => undefined, source: () => undefined }, { linkScale: opts.linkScale, sentences: { add: () => undefined, *texts() { /* none kept */ } } });
    log(`Reusing the stored graph (${key}); summary generated in ${seconds(Date.now() - started)}.`);
    return { summary, reused: true, loader: null, generateMs: Date.now() - started, loadMs: 0, importMs: null, indexesMs: null, csvBytes: null, relsPerSecond: null, storeBytes: folderBytes(opts.dataDir) };
  }
  if (nodes > 0) log(`The database holds ${nodes} nodes of another graph (${String(stamp?.key ?? 'no stamp')}); ${opts.loader === 'bulk' ? 'replacing its store' : 'wiping it'}.`);
  return report(opts.loader === 'bulk' ? await bulkLoad(opts, running, key, log) : await incrementalLoad(opts, db, key, nodes, log), log);
}

function report(state: GraphState, log: (line: string) => void): GraphState {
  log(`Loaded (${state.loader}) in ${seconds(state.loadMs)} after ${seconds(state.generateMs)} of generation: ${state.relsPerSecond ?? '?'} relationships/s; store ${(state.storeBytes / 2 ** 30).toFixed(2)} GiB.`);
  return state;
}
