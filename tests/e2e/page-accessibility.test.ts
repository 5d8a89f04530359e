// Accessibility: axe-core (from npm, injected into the page) finds no serious or critical violation
// on the first visit, a loaded graph, the trace panel and the evidence panel (the counts per state
// are printed); and the canvas works from the keyboard: a click gives it the focus so H acts on
// the clicked node, Escape from the context menu returns the focus, the arrows move by position,
// + and - zoom, and L selects links.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { clickElement, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

const AXE = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

interface Found { id: string; impact: string | null; targets: string[] }

/** axe's violations on the page as it is now: the rule, its impact, and where (a few targets). */
async function axeViolations(page: Page): Promise<Found[]> {
  // Evaluated by the automation protocol, which the page's Content-Security-Policy (script-src 'self') does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => String(n.target.join(' '))) }));
  });
}

const counts: Record<string, { serious: number; critical: number; other: number }> = {};

async function expectNoSerious(page: Page, state: string): Promise<void> {
  const found = await axeViolations(page);
  const serious = found.filter((v) => v.impact === 'serious');
  const critical = found.filter((v) => v.impact === 'critical');
  counts[state] = { serious: serious.length, critical: critical.length, other: found.length - serious.length - critical.length };
  console.log(`axe ${state}: ${serious.length} serious, ${critical.length} critical, ${found.length - serious.length - critical.length} moderate/minor ${JSON.stringify(found)}`);
  expect([state, [...serious, ...critical]]).toEqual([state, []]);
}

const selection = (page: Page): Promise<{ kind: string; id: string } | null> => page.evaluate(() => window.linkage?.store.getState().selection ?? null);
const focusedIsCanvas = (page: Page): Promise<boolean> => page.evaluate(() => document.activeElement?.classList.contains('canvas') ?? false);

describe('accessibility (axe-core)', () => {
  afterAll(() => console.log(`axe counts per state: ${JSON.stringify(counts)}`));

  it('has no serious or critical violation on the first visit', async () => {
    const page = await h.open();
    await page.getByRole('heading', { level: 1, name: 'Linkage' }).waitFor();
    await expectNoSerious(page, 'first visit');
    await h.shot(page, 'a11y-01-first-visit');
    await page.close();
  });

  it('has none with a graph loaded, in the trace panel and in the evidence panel', async () => {
    const page = await h.open('?n=baic-offroad,xiaomi,xiaomi-auto,nio,jac&t=xiaomi,baic-offroad');
    await settle(page, (n) => n.length === 5);
    await page.getByRole('list', { name: 'Paths found' }).waitFor();
    await page.getByRole('tab', { name: 'Details' }).click();
    await expectNoSerious(page, 'loaded graph');
    await h.shot(page, 'a11y-02-loaded-graph');
    await page.getByRole('tab', { name: /Trace/ }).click();
    await page.getByRole('list', { name: 'Paths found' }).waitFor();
    await expectNoSerious(page, 'trace panel');
    await h.shot(page, 'a11y-03-trace-panel');
    await page.evaluate(() => window.linkage?.store.applyQuietly((s) => ({ ...s, selection: { kind: 'edge', id: 'nio-built-by-jac' } })));
    await page.locator('.details > .evidence-list > .evidence').first().waitFor();
    await expectNoSerious(page, 'evidence panel');
    await h.shot(page, 'a11y-04-evidence-panel');
    await page.close();
  });
});

describe('the canvas from the keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await h.open('?n=nio,jac,miit,xiaomi,xiaomi-auto');
    await settle(page, (n) => n.length === 5);
  }, 60_000);
  afterAll(() => page.close());

  it('takes the focus on a click, so H hides the clicked node', async () => {
    await page.getByRole('combobox', { name: 'Search entities' }).focus();
    await clickElement(page, 'miit');
    await expect(selection(page)).resolves.toEqual({ kind: 'node', id: 'miit' });
    await expect(focusedIsCanvas(page)).resolves.toBe(true);
    await page.keyboard.press('h');
    await expect(page.evaluate(() => window.linkage?.store.getState().hidden)).resolves.toEqual(['miit']);
    await page.keyboard.press('Control+z');
    await settle(page, (n) => n.includes('miit'));
  });

  it('returns the focus to the canvas when Escape closes the context menu', async () => {
    await clickElement(page, 'nio');
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu', { name: 'Actions' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('menuitem');
    await h.shot(page, 'a11y-05-context-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menu', { name: 'Actions' }).waitFor({ state: 'detached' });
    await expect(focusedIsCanvas(page)).resolves.toBe(true);
  });

  it('moves the selection by position with the arrows', async () => {
    const positionsNow = (): Promise<Record<string, { x: number; y: number }>> => page.evaluate(() => window.linkage?.store.getState().positions ?? {});
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'] as const) {
      await settle(page);
      const positions = await positionsNow();
      await clickElement(page, 'nio');
      await page.keyboard.press(key);
      const to = (await selection(page))?.id ?? 'nio';
      const from = positions.nio;
      const at = positions[to];
      if (!from || !at) throw new Error('no positions');
      // Entities that way (within 60° of the arrow): the selection moves to one of them, or stays when there is none.
      const axis = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key] as [number, number];
      const alongOf = (p: { x: number; y: number }): number => (p.x - from.x) * axis[0] + (p.y - from.y) * axis[1];
      const sideOf = (p: { x: number; y: number }): number => Math.abs((p.x - from.x) * axis[1] - (p.y - from.y) * axis[0]);
      const ahead = Object.entries(positions).filter(([id, p]) => id !== 'nio' && alongOf(p) > 0 && sideOf(p) <= alongOf(p) * Math.tan(Math.PI / 3));
      expect([key, to === 'nio' ? 'stayed' : alongOf(at) > 0 ? 'moved that way' : 'moved elsewhere']).toEqual([key, ahead.length > 0 ? 'moved that way' : 'stayed']);
    }
    // From the leftmost entity, → always finds one.
    await settle(page);
    const leftmost = Object.entries(await positionsNow()).sort((a, b) => a[1].x - b[1].x)[0]?.[0] ?? 'nio';
    await clickElement(page, leftmost);
    await page.keyboard.press('ArrowRight');
    await expect(selection(page).then((s) => s?.id)).resolves.not.toBe(leftmost);
  });

  it('zooms with + and - and fits with 0', async () => {
    await page.locator('.canvas').focus();
    const zoom = (): Promise<number> => page.evaluate(() => window.cy?.zoom() ?? 0);
    const before = await zoom();
    await page.keyboard.press('+');
    const bigger = await zoom();
    expect(bigger).toBeCloseTo(Math.min(4, before * 1.25), 5);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await zoom()).toBeLessThan(bigger);
    await page.keyboard.press('0');
    await settle(page);
  });

  it('selects links with L and Shift+L, and Enter on a node still expands it', async () => {
    await settle(page);
    await clickElement(page, 'nio');
    await page.keyboard.press('l');
    const first = await selection(page);
    expect(first?.kind).toBe('edge');
    const rel = await page.evaluate((id) => window.linkage?.store.getState().relationships[id ?? ''], first?.id);
    expect([rel?.from, rel?.to]).toContain('nio');
    await page.locator('.details').first().waitFor();
    await page.keyboard.press('l');
    const second = await selection(page);
    expect(second?.kind).toBe('edge');
    expect(second?.id).not.toBe(first?.id);
    await page.keyboard.press('Shift+l');
    await expect(selection(page)).resolves.toEqual(first);
    await h.shot(page, 'a11y-06-link-by-keyboard');
    // Centring on the links may have panned xiaomi out of sight: 0 fits the graph again.
    await page.keyboard.press('0');
    await settle(page);
    await clickElement(page, 'xiaomi');
    await expect(selection(page)).resolves.toEqual({ kind: 'node', id: 'xiaomi' });
    await expect(focusedIsCanvas(page)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.linkage?.store.getState().expanded.includes('xiaomi') ?? false, undefined, { timeout: 15_000 });
  });
});
