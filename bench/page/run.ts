// `npm run bench -- page`: does the canvas stay usable with thousands of elements (issue 12's page
// target: 5,000 elements laid out within 3 s without freezing the page, panning at 30 fps or more)?
// Serves the built page from the real server, opens it in Debian's Chromium, puts each size on a
// fresh canvas and measures the layout, the main thread during it, and panning. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, ensureChromium } from '../../scripts/lib/chromium';
import { buildClientIfStale } from '../../scripts/lib/client-build';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT, loadConfig, readSettings } from '../../server/config';
import { Db } from '../../server/db';
import { createLogger } from '../../server/logging';
import { machine } from '../report';
import { pageGraph } from './graph';
import { emptySpot, probeLayout, probePan, startFrames, stopFrames } from './probe';
import type { PanProbe } from './probe';
import { formatPageTable } from './report';
import type { PageResult } from './report';

const log = (line: string): void => console.log(`[bench page] ${line}`);

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const USAGE = `Usage: npm run bench -- page [--sizes 1000,2500,5000] [--pan-seconds 3] [--timeout-seconds 240] [--seed 42] [--out test-results/bench/page.json]`;

interface PageOptions { sizes: number[]; panMs: number; timeoutMs: number; seed: number; out: string }

function readPageOptions(argv: string[]): PageOptions | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { help: { type: 'boolean' }, sizes: { type: 'string' }, 'pan-seconds': { type: 'string' }, 'timeout-seconds': { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  if (values.help === true) return null;
  const num = (name: string, text: string | undefined, fallback: number): number => {
    const n = Number(text ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${text}"`);
    return n;
  };
  const sizes = (values.sizes ?? '1000,2500,5000').split(',').map((s) => num('sizes', s.trim(), 0));
  return {
    sizes,
    panMs: num('pan-seconds', values['pan-seconds'], 3) * 1000,
    timeoutMs: num('timeout-seconds', values['timeout-seconds'], 240) * 1000,
    seed: num('seed', values.seed, 42),
    out: path.resolve(REPO_ROOT, values.out ?? 'test-results/bench/page.json'),
  };
}

/**
 * Pans as a reader does, dragging the background with the mouse for about `ms`, and counts the
 * page's frames meanwhile: this is the gesture for which Cytoscape pans a texture of a large canvas.
 */
async function dragPan(page: Page, ms: number): Promise<PanProbe | null> {
  const spot = await page.evaluate(emptySpot);
  const box = await page.locator('.canvas').boundingBox();
  if (!spot || !box) return null;
  const x = box.x + spot.x;
  const y = box.y + spot.y;
  const before = await page.evaluate(() => window.cy?.pan() ?? { x: 0, y: 0 });
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.evaluate(startFrames);
  const t0 = Date.now();
  let step = 0;
  while (Date.now() - t0 < ms) {
    step += 1;
    // Back and forth over 120 px, so the view stays on the graph.
    const dx = 120 * Math.sin(step / 10);
    await page.mouse.move(x + dx, y + dx / 2);
  }
  const counted = await page.evaluate(stopFrames);
  await page.mouse.up();
  // The drag panned the view (it did not grab a node).
  const landed = Math.hypot(counted.pan.x - before.x, counted.pan.y - before.y) > 0;
  return { fps: (counted.frames * 1000) / counted.ms, frames: counted.frames, ms: counted.ms, landed };
}

async function measureSize(browser: Browser, url: string, size: number, opts: PageOptions): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource|503/.test(m.text())) errors.push(m.text());
    });
    // tsx names inner functions with an `__name` helper that the page does not have.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(`${url}/`);
    await page.waitForFunction(() => window.cy !== undefined && window.linkage !== undefined);
    const sub = pageGraph(size, opts.seed);
    const loadBefore = os.loadavg()[0] ?? 0;
    const layout = await page.evaluate(probeLayout, { sub, timeoutMs: opts.timeoutMs });
    // The fit after a layout animates; pan once the view is still.
    await page.waitForTimeout(1000);
    const pan = layout.timedOut ? null : await page.evaluate(probePan, { ms: opts.panMs });
    const drag = layout.timedOut ? null : await dragPan(page, opts.panMs);
    mkdirSync(path.join(REPO_ROOT, 'test-results', 'bench'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench', `page-${size}.png`) });
    return { size, entities: sub.nodes.length, links: sub.edges.length, layout, pan, drag, loadAverage: [loadBefore, os.loadavg()[0] ?? 0], errors };
  } finally {
    await context.close();
  }
}

export async function runPageBench(argv: string[]): Promise<number> {
  const opts = readPageOptions(argv);
  if (!opts) {
    console.log(USAGE);
    return 0;
  }
  buildClientIfStale(log);
  ensureChromium(log);
  const config = loadConfig(readSettings(), { dotenv: false });
  // The page is served as `npm start` serves it (security headers included). No graph database is
  // needed: the subgraph is handed to the page's store, and the API answers its background
  // requests (stats, the account) with "unavailable", which the page shows without retrying.
  const db = new Db({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'none', maxTransactionRetryTime: 0, connectionAcquisitionTimeout: 500 });
  let app: RunningApp | null = null;
  let browser: Browser | null = null;
  const startedAt = new Date();
  try {
    app = await createApp({ ...config, host: '127.0.0.1', port: 0 }, db, { logger: createLogger({ ...config.log, level: 'error' }) });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    const results: PageResult[] = [];
    for (const size of opts.sizes) {
      log(`${size} elements…`);
      const r = await measureSize(browser, app.url, size, opts);
      results.push(r);
      const l = r.layout;
      log(`${size}: layout ${l.layoutMs === null ? 'timed out' : `${l.layoutMs.toFixed(0)} ms`}, ${l.longTasks.count} long tasks (max ${l.longTasks.maxMs.toFixed(0)} ms), pan ${r.pan ? r.pan.fps.toFixed(1) : '-'} fps, load ${r.loadAverage[0]?.toFixed(1)}`);
    }
    mkdirSync(path.dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify({ startedAt: startedAt.toISOString(), machine: machine(), chromium: browser.version(), settings: opts, results }, null, 2)}\n`);
    console.log(`\nThe page with N elements on the canvas (${machine().cpus} cores, Chromium ${browser.version()}, headless, no GPU)\n`);
    console.log(formatPageTable(results));
    console.log(`\nResults: ${path.relative(REPO_ROOT, opts.out)}; screenshots test-results/bench/page-N.png`);
    // Slowness is a finding; only a page error (or a pan that did not land) means the figures cannot be trusted.
    return results.some((r) => r.errors.length > 0 || (r.pan !== null && !r.pan.landed) || (r.drag !== null && !r.drag.landed)) ? 1 : 0;
  } finally {
    await browser?.close().catch((e: unknown) => console.error(e));
    if (app) await app.stop().catch((e: unknown) => console.error(e));
    else await db.close().catch((e: unknown) => console.error(e));
  }
}
