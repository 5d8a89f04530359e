// Shared set-up for the page tests: the real server (createApp on port 0, test Neo4j), the built
// client, and Debian's chromium through playwright-core. Screenshots go to test-results/e2e/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT } from '../../server/config';
import { Db } from '../../server/db';
import { CHROMIUM_PATH, ensureChromium } from '../../scripts/lib/chromium';
import { buildClientIfStale } from '../../scripts/lib/client-build';
import { testConfig, testDbOptions } from '../support/env';

export const SHOTS = path.join(REPO_ROOT, 'test-results', 'e2e');

export interface Harness {
  app: RunningApp;
  browser: Browser;
  context: BrowserContext;
  open(query?: string): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** `database`: where the page's server reads and writes (the shared seeded test database unless a journey that writes brings its own). */
export async function startHarness(database: { uri: string; user: string; password: string } = testDbOptions()): Promise<Harness> {
  buildClientIfStale(() => undefined);
  ensureChromium(() => undefined);
  mkdirSync(SHOTS, { recursive: true });
  const app = await createApp(testConfig(), new Db(database));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  return {
    app,
    browser,
    context,
    async open(query = '') {
      const page = await context.newPage();
      page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
      await page.goto(`${app.url}/${query}`);
      await page.waitForFunction(() => window.cy !== undefined);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    },
    async close() {
      await context.close();
      await browser.close();
      await app.stop();
    },
  };
}

/** Ids of the entity nodes on the canvas. */
export const canvasNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window.cy?.nodes('.entity').map((n) => n.id()) ?? []).sort());

/** Waits until the canvas entities satisfy a predicate, then until layouts and the viewport stop moving. */
export async function settle(page: Page, until?: (ids: string[]) => boolean): Promise<string[]> {
  if (until) {
    const deadline = Date.now() + 15_000;
    while (!until(await canvasNodes(page))) {
      if (Date.now() > deadline) throw new Error(`canvas never reached the expected state: ${(await canvasNodes(page)).join(', ')}`);
      await page.waitForTimeout(100);
    }
  }
  let before = '';
  for (let i = 0; i < 40; i += 1) {
    // Node positions and the viewport: a fit animates after the layout stops.
    const now = await page.evaluate(() => {
      const cy = window.cy;
      return cy ? JSON.stringify([cy.zoom().toFixed(3), cy.pan(), cy.nodes().map((n) => [Math.round(n.position('x')), Math.round(n.position('y'))])]) : '';
    });
    if (now === before) break;
    before = now;
    await page.waitForTimeout(200);
  }
  return canvasNodes(page);
}

/**
 * Waits until no canvas element is fading. A change of opacity (the date fading a link, the
 * tracer dimming) is a 250 ms style transition, which Cytoscape runs as an animation of the
 * element; on a busy machine its frames come late, so a read after a fixed wait can catch a link
 * mid-fade (0.25 on its way from 1 to 0.06) rather than the look it ends with.
 */
export async function fadesDone(page: Page): Promise<void> {
  // A transition is queued when the class changes and becomes current (`:animated`) on the
  // animation loop's next frame: two frames later it is either running or over.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForFunction(() => {
    const cy = window.cy;
    return cy !== undefined && cy.elements(':animated').empty();
  }, undefined, { timeout: 10_000 });
}

/**
 * Clicks a node or an edge where it is drawn, like a reader would; one drawn outside the view (a
 * pan to the selection can push it there) is first brought to the middle, as a reader would pan
 * to it, since a click outside the canvas lands on whatever is there (the legend's checkboxes).
 */
export async function clickElement(page: Page, id: string, double = false): Promise<void> {
  const at = await pointOf(page, id);
  if (double) await page.mouse.dblclick(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

/** Moves the mouse over a node or an edge where it is drawn (its tooltip, its hover style). */
export async function hoverElement(page: Page, id: string): Promise<void> {
  const at = await pointOf(page, id);
  await page.mouse.move(at.x, at.y);
}

interface DrawnPoint { readonly x: number; readonly y: number; readonly hit: string | null }

/**
 * Where a reader would point at an element, in page coordinates: a node's centre, an edge's
 * midpoint. It waits (up to 3 s) until that point stops moving and Cytoscape's own hit test
 * there finds the element: a link re-routed after a drag, or a view still fitting, moves under
 * a point read too early, and the click lands on something else. It still points there if the
 * hit test never agrees, so a test of what a click selects fails for the right reason.
 */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const read = (): Promise<DrawnPoint | null> =>
    page.evaluate((eleId) => {
      const cy = window.cy;
      const ele = cy?.getElementById(eleId);
      if (!cy || !ele || ele.empty()) return null;
      const drawnAt = (): { x: number; y: number } => (ele.isNode() ? ele.renderedPosition() : (ele as unknown as { renderedMidpoint(): { x: number; y: number } }).renderedMidpoint());
      const margin = 24;
      const p = drawnAt();
      if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin) cy.center(ele);
      const q = drawnAt();
      const box = cy.container()?.getBoundingClientRect();
      if (!box) return null;
      const x = box.left + q.x;
      const y = box.top + q.y;
      // The renderer's hit test is not public API, but it is what Cytoscape runs on a real click.
      const r = (cy as unknown as { renderer(): { projectIntoViewport(x: number, y: number): [number, number]; findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | null } }).renderer();
      const [mx, my] = r.projectIntoViewport(x, y);
      return { x, y, hit: r.findNearestElement(mx, my, true, false)?.id() ?? null };
    }, id);
  let last = await read();
  const deadline = Date.now() + 3_000;
  for (;;) {
    if (!last) {
      const seen = await page.evaluate(() => (window.cy ? window.cy.nodes().map((n) => n.id()).join(', ') : 'no Cytoscape instance'));
      throw new Error(`${id} is not on the canvas (on it: ${seen}; page ${page.url()})`);
    }
    if (Date.now() > deadline) return last;
    await page.waitForTimeout(50);
    const now = await read();
    if (now && now.hit === id && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
}

/** Drags a node by (dx, dy) screen pixels with the mouse. */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const at = await pointOf(page, id);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + dx, at.y + dy, { steps: 8 });
  await page.mouse.up();
}

/** Types into a search box and picks the option whose text matches, with the keyboard. */
export async function searchAndPick(page: Page, boxName: string, text: string, option: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: boxName });
  await box.fill(text);
  const options = page.getByRole('option');
  await options.first().waitFor();
  const labels = await options.allInnerTexts();
  const index = labels.findIndex((l) => option.test(l));
  if (index < 0) throw new Error(`no option like ${option} in ${JSON.stringify(labels)}`);
  for (let i = 0; i < index; i += 1) await box.press('ArrowDown');
  await box.press('Enter');
}

/** Signs an account in through the page's own form and waits until the page says so. */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('form', { name: 'Sign in' }).getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.account-signed-in').waitFor();
}

/** What the canvas draws, for comparing a restored view with its original: positions, links, selection. */
export interface Drawn {
  nodes: Record<string, { x: number; y: number }>;
  edges: string[];
  chosen: string[];
}

export const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no canvas');
    return {
      nodes: Object.fromEntries(cy.nodes('.entity').map((n) => [n.id(), n.position()])),
      edges: cy.edges('.rel').map((e) => e.id()).sort(),
      chosen: cy.$('.chosen').map((e) => e.id()),
    };
  });
