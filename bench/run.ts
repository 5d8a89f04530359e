// `npm run bench`: does the API stay fast on a large graph? Starts the benchmark's own Neo4j
// (never the dev or test one), loads a seeded synthetic graph through the real loader (or reuses
// it), serves the real API in-process on a loopback port, times every operation over HTTP, checks
// the plans of the Cypher it ran, and stops everything. See bench/README.md.
import os from 'node:os';
import type { LocalNeo4j } from '../scripts/neo4j';
import { createApp } from '../server/app';
import type { RunningApp } from '../server/app';
import { createLogger } from '../server/logging';
import { explainAll } from './explain';
import { ensureGraph, stampKey } from './load';
import { measure } from './measure';
import type { Operation } from './measure';
import { buildOperations } from './operations';
import { readOptions, usage } from './options';
import type { BenchOptions } from './options';
import { measureRaw, rawSearchOf } from './raw';
import type { RecordingDb } from './recording-db';
import type { TracedStatement } from './recording-db';
import { buildPeerPlans, peerSamples } from './peer-operations';
import type { PeerPlan } from './peer-operations';
import { concurrentRuns, timePeer } from './peer-run';
import { startPeer } from './peer-server';
import type { RunningPeer } from './peer-server';
import { formatConcurrent, formatErrors, formatFlags, formatPeerNotes, formatTable, machine, overP50, writeReport } from './report';
import type { OperationReport } from './report';
import { pickSamples } from './samples';

const log = (line: string): void => console.log(`[bench] ${line}`);

interface Running { neo: LocalNeo4j | null; db: RecordingDb | null; app: RunningApp | null; peer: RunningPeer | null }

/** Stops what was started, newest first; each step runs even if an earlier one failed. */
async function stopAll(r: Running): Promise<void> {
  await r.peer?.stop().catch((e: unknown) => console.error(e));
  r.peer = null;
  if (r.app) await r.app.stop().catch((e: unknown) => console.error(e)); // also closes the Db
  else await r.db?.close().catch((e: unknown) => console.error(e));
  await r.neo?.stop().catch((e: unknown) => console.error(e));
  r.app = null;
  r.db = null;
  r.neo = null;
}

/**
 * One operation through the API, each request's statements traced, then the same statements
 * straight through the driver: same database, same parameters, same cache, one right after the other.
 */
async function timeOperation(url: string, peerUrl: string | null, plan: PeerPlan | undefined, db: RecordingDb, op: Operation, opts: BenchOptions): Promise<OperationReport> {
  const traces: TracedStatement[][] = [];
  const around = {
    before: (): void => { db.trace = []; },
    after: (): void => { traces.push(db.trace ?? []); db.trace = null; },
  };
  const linkage = await measure(url, op, { reps: opts.reps, warmup: opts.warmup, budgetMs: opts.opBudgetMs, around });
  // The i-th trace is the i-th request, sent with op.variables(i): what a paths search needs again.
  const searches = traces.map((_, i) => rawSearchOf(op.variables(i)));
  const raw = await measureRaw({ driver: db.driver, database: db.database, timeoutMs: opts.config.limits.queryTimeoutMs }, traces, opts.warmup, opts.opBudgetMs, searches);
  const peer = await timePeer(url, peerUrl, op, plan, { reps: opts.reps, warmup: opts.warmup, budgetMs: opts.opBudgetMs });
  return { name: op.name, raw, linkage, linkageOverRaw: linkage.p50 / raw.p50, ...peer, peerOverLinkage: overP50(peer.peer, linkage) };
}

async function bench(opts: BenchOptions, running: Running): Promise<number> {
  const startedAt = new Date();
  const state = await ensureGraph(opts, running, log);
  if (!running.db) throw new Error('The benchmark database did not start');
  const samples = pickSamples(state.summary, opts.seed);
  log(`Hub ${samples.hub.id} (${samples.hub.degree} links); leaf ${samples.leaf.id}, linked to ${samples.leaf.neighbour} (${samples.leaf.neighbourDegree} links).`);

  // The API exactly as served, on an ephemeral loopback port, with our Db so its reads are recorded.
  // Warnings and errors only: a line per request would time the terminal, not the API.
  running.app = await createApp({ ...opts.config, host: '127.0.0.1', port: 0 }, running.db, { logger: createLogger({ ...opts.config.log, level: 'warn' }) });
  const allOps = buildOperations(samples);
  const ops = allOps.filter((op) => opts.only.length === 0 || opts.only.some((w) => op.name.includes(w)));
  const plans = buildPeerPlans(ops, samples, peerSamples(state.summary, samples));
  // @neo4j/graphql on its own Apollo Server and driver, same database, same timeout as the API's.
  if (opts.peer) {
    if (!running.neo) throw new Error('The benchmark database did not start');
    running.peer = await startPeer({ uri: running.neo.uri, user: running.neo.user, password: running.neo.password, database: running.db.database, timeoutMs: opts.config.limits.queryTimeoutMs });
    log(`@neo4j/graphql peer at ${running.peer.url}.`);
  }
  const peerUrl = running.peer?.url ?? null;
  const timed = opts.concurrent === 'only' ? [] : ops;
  log(`Timing ${timed.length} operations at ${running.app.url}: ${opts.warmup} warm-up + ${opts.reps} timed requests each.`);
  // Other work on the machine skews the figures; the load average says how much there was.
  const loadBefore = os.loadavg();
  running.db.recording = true;
  const results: OperationReport[] = [];
  for (const [i, op] of timed.entries()) {
    const r = await timeOperation(running.app.url, peerUrl, plans[i], running.db, op, opts);
    results.push(r);
    const { linkage: l, raw, peer } = r;
    const peerText = peer ? `, peer ${peer.p50.toFixed(0)} / ${peer.p95.toFixed(0)}${peer.errors ? ` (${peer.errors} errors)` : ''}` : '';
    log(`${op.name}: p50 ${l.p50.toFixed(0)} ms, p95 ${l.p95.toFixed(0)} ms (raw ${raw.p50.toFixed(1)} / ${raw.p95.toFixed(1)}${peerText})${l.errors ? `, ${l.errors} errors` : ''}`);
  }
  running.db.recording = false;
  const statements = await explainAll(running.db, running.db.statements());
  // The mix asks its own fixed operations whatever `--only` timed (a filtered list lacked them).
  const concurrent = opts.concurrent === 'off' ? null
    : await concurrentRuns(running.app.url, peerUrl, allOps, buildPeerPlans(allOps, samples, peerSamples(state.summary, samples)), samples, { clients: opts.clients, durationMs: opts.concurrentMs, log });

  const { summary } = state;
  const { password: _password, ...settings } = opts;
  writeReport(opts.out, {
    size: opts.size,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    machine: machine(),
    settings,
    graph: {
      key: stampKey(opts.entities, opts.seed, opts.linkScale),
      entities: summary.entities.length,
      relationships: summary.relationships,
      evidence: summary.evidence,
      sources: summary.sources.length,
      reused: state.reused,
      loader: state.loader,
      generateMs: state.generateMs,
      loadMs: state.loadMs,
      importMs: state.importMs,
      indexesMs: state.indexesMs,
      csvBytes: state.csvBytes,
      storeBytes: state.storeBytes,
      relsPerSecond: state.relsPerSecond,
    },
    samples: { hub: samples.hub, leaf: samples.leaf, pairs: samples.pairs, busiestSource: samples.busiestSource, rarestSource: samples.rarestSource },
    loadAverage: { before: loadBefore, after: os.loadavg() },
    operations: results,
    statements,
    concurrent,
  });

  console.log(`\nLinkage API on ${summary.entities.length} entities / ${summary.relationships} relationships (${machine().cpus} cores)\n`);
  console.log(formatTable(results));
  if (opts.peer && results.length > 0) console.log(['\n@neo4j/graphql: what it was asked, and its answer checked against Linkage\'s (first sample):', ...formatPeerNotes(results)].join('\n'));
  if (concurrent) console.log(`\nConcurrent (${concurrent.mix}):\n${formatConcurrent(concurrent)}`);
  const errors = formatErrors(results);
  if (errors.length > 0) console.log(['\nFailed requests:', ...errors].join('\n'));
  console.log(['\nPlan warnings (EXPLAIN of the API statements used):', ...formatFlags(statements)].join('\n'));
  const slow = results.filter((r) => r.linkage.slow).map((r) => r.name);
  console.log(`\nOver target: ${slow.length ? slow.join('; ') : 'none'}`);
  console.log(`Load average (1 min) before / after timing: ${loadBefore[0]?.toFixed(2) ?? '?'} / ${os.loadavg()[0]?.toFixed(2) ?? '?'} on ${machine().cpus} cores`);
  console.log(`Results: ${opts.out}  (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`);
  // Errors other than timeouts mean the benchmark itself is broken (a bad query, a missing sample)
  // and its numbers cannot be trusted; slowness and timeouts are findings, reported above.
  // The peer's failures are findings about the peer (its limits), reported, not a broken bench.
  return results.some((r) => r.linkage.errors > r.linkage.timeouts || r.raw.errors > r.raw.timeouts) ? 1 : 0;
}

type Subcommand = (argv: string[]) => number | Promise<number>;

/** `npm run bench -- NAME …`: benchmarks of their own, each loaded only when asked for; none reads the options below. */
const SUBCOMMANDS = new Map<string, () => Promise<Subcommand>>([
  // The extractor's benchmark, which needs no Neo4j (bench/intake/).
  ['intake', async () => (await import('./intake/run')).runIntakeBench],
  // The canvas with thousands of elements in Chromium (bench/page/).
  ['page', async () => (await import('./page/run')).runPageBench],
  // The kill-under-load drill (bench/outage/).
  ['outage', async () => (await import('./outage/run')).runOutageDrill],
  // `csv DIR`: the synthetic graph as import CSV (csv-command.ts), no Neo4j either.
  ['csv', async () => (await import('./csv-command')).runCsvCommand],
]);

async function main(): Promise<void> {
  const sub = SUBCOMMANDS.get(process.argv[2] ?? '');
  if (sub) {
    process.exitCode = await (await sub())(process.argv.slice(3));
    return;
  }
  const opts = readOptions();
  if (!opts) {
    console.log(usage());
    return;
  }
  const running: Running = { neo: null, db: null, app: null, peer: null };
  // A hard ceiling on the whole run: whatever hangs, Neo4j is stopped and the process ends.
  const watchdog = setTimeout(() => {
    console.error(`[bench] Still running after ${opts.maxMinutes} minutes; stopping.`);
    void stopAll(running).finally(() => process.exit(2));
  }, opts.maxMinutes * 60_000);
  watchdog.unref();
  try {
    process.exitCode = await bench(opts, running);
  } finally {
    clearTimeout(watchdog);
    await stopAll(running);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
