// npm start's supervision, wired as scripts/start.ts wires it, on a Neo4j of this file's own:
// SIGKILL the java process and check the log line at once, 503 in under 100 ms while it is down,
// the restart, and the first good answer after it. One kill: a Neo4j start takes 6-10 s.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { superviseLocalNeo4j } from '../../scripts/neo4j';
import type { SupervisedNeo4j } from '../../scripts/neo4j';
import { connectSupervision } from '../../scripts/lib/supervision';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { Db } from '../../server/db';
import { Metrics } from '../../server/metrics';
import { SCRATCH_NEO4J_PORTS, TEST_NEO4J, testConfig } from '../support/env';
import { captureLogger } from '../support/log-capture';

const STATS = JSON.stringify({ query: '{ stats { entities } }' });

describe('scripts/neo4j › supervision', () => {
  const log = captureLogger('info');
  let dir: string;
  let neo: SupervisedNeo4j;
  let app: RunningApp;
  let gaveUp = false;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-supervision-'));
    const neoLog = log.logger.child({ component: 'neo4j' });
    neo = await superviseLocalNeo4j(
      { port: SCRATCH_NEO4J_PORTS.supervision, password: 'linkage-supervision-password', dataDir: path.join(dir, 'neo4j'), heap: '512m', pageCache: '64m', classDataSharing: TEST_NEO4J.classDataSharing, log: () => undefined },
      { log: neoLog, maxRestarts: 3, backoffMs: () => 200 },
    );
    const db = new Db({ uri: neo.uri, user: neo.user, password: neo.password, breaker: { firstRetryMs: 200, maxRetryMs: 500 } });
    const metrics = new Metrics();
    connectSupervision(neo, db, metrics, () => { gaveUp = true; });
    app = await createApp(testConfig(), db, { logger: log.logger, metrics });
  }, 120_000);
  afterAll(async () => {
    await app.stop();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const ask = async (): Promise<{ ms: number; status: number; retryAfter: string | null; body: unknown }> => {
    const started = performance.now();
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: STATS });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json(), ms: performance.now() - started };
  };

  it('logs a killed Neo4j at once, answers 503 fast while it is down, restarts it and answers again', async () => {
    expect((await ask()).body).toEqual({ data: { stats: { entities: 0 } } });
    const killedPid = neo.pid;
    const killedAt = performance.now();
    const down = new Promise<void>((resolve) => neo.once('down', () => resolve()));
    const up = new Promise<{ pid: number }>((resolve) => neo.once('up', resolve));
    process.kill(killedPid, 'SIGKILL');
    await down;
    expect(performance.now() - killedAt).toBeLessThan(1_000);
    expect(log.lines()).toContainEqual(expect.objectContaining({ level: 50, component: 'neo4j', pid: killedPid, signal: 'SIGKILL', msg: `Linkage's Neo4j (pid ${killedPid}) died (SIGKILL); restarting it` }));

    const during = await ask();
    expect([during.status, during.body]).toEqual([503, { errors: [{ message: 'The graph database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }]);
    expect(Number(during.retryAfter)).toBeGreaterThanOrEqual(1);
    // The claim is 100 ms; the margin is for a machine busy with other tests (the issue measured 14-22 s).
    expect(during.ms).toBeLessThan(500);

    const restarted = await up;
    expect(restarted.pid).not.toBe(killedPid);
    expect(log.lines()).toContainEqual(expect.objectContaining({ level: 30, component: 'neo4j', pid: restarted.pid, msg: expect.stringMatching(/^Linkage's Neo4j is back \(pid \d+\) after \d+\.\d s$/) }));

    let answer = await ask();
    const deadline = Date.now() + 20_000;
    while (answer.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      answer = await ask();
    }
    expect(answer.body).toEqual({ data: { stats: { entities: 0 } } });
    expect(gaveUp).toBe(false);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/^linkage_neo4j_restarts_total 1$/m);
    expect(metrics).toMatch(/^linkage_neo4j_breaker_opened_total 1$/m);
  }, 240_000);
});
