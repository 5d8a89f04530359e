// `npm run bench -- outage`: the kill-under-load drill an operator runs before trusting a deployment
// (issue 13). A supervised Neo4j of its own, seeded; readers hammer the API over HTTP; the Neo4j is
// SIGKILLed mid-run and restarted by the supervisor. It reports what clients saw: every request's
// status and latency before, during and after, how fast the 503s came, the time from the kill to
// the first good answer, and the graph's counts before and after. Writes under a kill are the
// write-fault test's (tests/integration/ops-write-faults.test.ts), which counts them one by one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { superviseLocalNeo4j } from '../../scripts/neo4j';
import type { SupervisedNeo4j } from '../../scripts/neo4j';
import { seedIfChanged } from '../../scripts/lib/seed-stamp';
import { connectSupervision } from '../../scripts/lib/supervision';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT, loadConfig } from '../../server/config';
import { Db } from '../../server/db';
import { createLogger } from '../../server/logging';
import { Metrics } from '../../server/metrics';
import { countGraph } from '../../seed/loader/write';
import type { GraphCounts } from '../../seed/loader/write';
import { summarise } from './summary';
import type { Phase, Sample } from './summary';
import { formatDrill } from './report';
import { positive } from '../options';

const USAGE = `Usage: npm run bench -- outage [--clients N] [--before S] [--after S] [--port P]
  --clients N  concurrent readers (default 8)
  --before S   seconds of load before the kill (default 10)
  --after S    seconds of load after the first good answer (default 10)
  --port P     Bolt port of the drill's own Neo4j (default 7796)`;

/** What the readers ask, in turn: the journalist's three commonest questions. */
const QUERIES = [
  '{ search(text: "NIO", first: 5) { entity { id name } } }',
  '{ entity(id: "nio") { id name relationships(first: 20) { edges { node { id type } } } } }',
  '{ neighbourhood(ids: ["jac"], depth: 2) { nodes { id } edges { id } } }',
];

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, text: await res.text() };
}

/** Counted in the store itself (every label and type), not read from the API's kept statistics. */
async function counts(db: Db): Promise<GraphCounts> {
  return countGraph((stmt) => db.read(stmt));
}

const number = (name: string, text: string | undefined, fallback: number): number => (text === undefined ? fallback : positive(name, text));

export async function runOutageDrill(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { clients: { type: 'string' }, before: { type: 'string' }, after: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const clients = number('clients', values.clients, 8);
  const beforeMs = number('before', values.before, 10) * 1000;
  const afterMs = number('after', values.after, 10) * 1000;
  const port = number('port', values.port, 7796);

  const config = { ...loadConfig(), host: '127.0.0.1', port: 0 };
  // Errors only: every 503 of the outage is a warn line, thousands of them.
  const logger = createLogger({ level: 'error', format: config.log.format });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-outage-'));
  let neo: SupervisedNeo4j | null = null;
  let app: RunningApp | null = null;
  try {
    neo = await superviseLocalNeo4j(
      { port, password: 'linkage-outage-password', dataDir: path.join(dir, 'neo4j'), heap: '512m', pageCache: '128m', classDataSharing: config.neo4j.classDataSharing, log: () => undefined },
      { log: logger.child({ component: 'neo4j' }), maxRestarts: 3 },
    );
    const db = new Db({ uri: neo.uri, user: neo.user, password: neo.password });
    const metrics = new Metrics();
    connectSupervision(neo, db, metrics, () => undefined);
    await seedIfChanged(db, () => undefined);
    app = await createApp(config, db, { logger, metrics });
    const url = app.url;
    const countsBefore = await counts(db);
    // A drill whose questions are refused measures nothing: each must answer before the load starts.
    for (const query of QUERIES) {
      const { status, text } = await post(url, JSON.stringify({ query }));
      if (status !== 200 || text.includes('"errors"')) throw new Error(`The drill's question ${query} failed: ${status} ${text.slice(0, 300)}`);
    }

    const samples: Sample[] = [];
    const t0 = performance.now();
    let phase: Phase = 'before';
    let killedAt = 0;
    let firstGoodAt = 0;
    let stopAt = Number.POSITIVE_INFINITY;
    const reader = async (c: number): Promise<void> => {
      for (let i = c; performance.now() < stopAt; i++) {
        const started = performance.now();
        const asked = phase;
        let status = 0;
        try {
          status = (await post(url, JSON.stringify({ query: QUERIES[i % QUERIES.length] }))).status;
        } catch {
          status = 0; // the connection itself failed: counted, never hidden
        }
        const ended = performance.now();
        // A request still in flight when Neo4j was killed met the outage: its 503 is the outage's.
        const met = asked === 'before' && killedAt > 0 && ended >= killedAt ? 'down' : asked;
        samples.push({ phase: met, status, ms: ended - started, at: ended - t0 });
        if (asked !== 'before' && status === 200 && firstGoodAt === 0 && killedAt > 0 && phase === 'down') {
          firstGoodAt = ended;
          phase = 'after';
          stopAt = ended + afterMs;
        }
        // A refused request comes back at once; a short pause keeps the readers from spinning.
        if (status !== 200) await new Promise((r) => setTimeout(r, 20));
      }
    };
    const readers = Array.from({ length: clients }, (_, c) => reader(c));
    await new Promise((r) => setTimeout(r, beforeMs));
    const victim = neo.pid;
    phase = 'down';
    killedAt = performance.now();
    process.kill(victim, 'SIGKILL');
    // However the restart goes, the drill ends: 120 s without a good answer is a finding in itself.
    const giveUp = setTimeout(() => { stopAt = 0; }, 120_000);
    await Promise.all(readers);
    clearTimeout(giveUp);
    const countsAfter = firstGoodAt > 0 ? await counts(db) : null;

    const drill = summarise(samples, {
      clients,
      killToFirstGoodMs: firstGoodAt > 0 ? firstGoodAt - killedAt : null,
      countsBefore,
      countsAfter,
      restarts: (await metrics.neo4jRestarts.get()).values[0]?.value ?? 0,
      loadAverage: os.loadavg()[0] ?? 0,
      // What an operator's Prometheus scraped at the end: Linkage's own series, not the process's.
      metrics: (await (await fetch(`${url}/metrics`)).text()).split('\n').filter((line) => line.startsWith('linkage_')),
    });
    console.log(formatDrill(drill));
    const out = path.join(REPO_ROOT, 'test-results', 'bench', 'outage.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(drill, null, 2)}\n`);
    console.log(`Results: ${path.relative(REPO_ROOT, out)}`);
    const same = JSON.stringify(countsBefore) === JSON.stringify(countsAfter);
    return drill.killToFirstGoodMs !== null && same && drill.phases.every((p) => p.unexpected === 0) ? 0 : 1;
  } finally {
    await app?.stop();
    await neo?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
