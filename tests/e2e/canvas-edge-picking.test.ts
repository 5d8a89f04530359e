// Clicking a link selects that link: after an expansion, new links do not run through other nodes
// or across the middle of other links, so every link's midpoint is its own.
import type { Page } from 'playwright-core';
import { canvasNodes, clickElement, dragNode, pointOf, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

const chosen = (page: Page): Promise<string[]> => page.evaluate(() => window.cy?.$('.chosen').map((e) => e.id()) ?? []);

const isExpanded = (page: Page, id: string): Promise<boolean> => page.evaluate((eid) => window.linkage?.store.getState().expanded.includes(eid) ?? false, id);

async function expandByDoubleClick(page: Page, id: string): Promise<void> {
  // A loaded machine can stretch a double-click past Cytoscape's threshold (try again), or be slow to answer (wait).
  for (let attempt = 0; attempt < 3 && !(await isExpanded(page, id)); attempt += 1) {
    await clickElement(page, id, true);
    await page.waitForFunction((eid) => window.linkage?.store.getState().expanded.includes(eid) ?? false, id, { timeout: 15_000 }).catch(() => undefined);
  }
  expect({ id, expanded: await isExpanded(page, id) }).toEqual({ id, expanded: true });
  await settle(page);
}

/** Links whose drawn curve passes over a node other than their ends: "link ⨯ node". */
const linksOverNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return ['no canvas'];
    const out: string[] = [];
    cy.edges('.rel').forEach((e) => {
      const s = e.sourceEndpoint();
      const t = e.targetEndpoint();
      const c = (e as unknown as { controlPoints(): { x: number; y: number }[] | undefined }).controlPoints()?.[0];
      const at = (u: number): { x: number; y: number } =>
        c
          ? { x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * c.x + u ** 2 * t.x, y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * c.y + u ** 2 * t.y }
          : { x: s.x + u * (t.x - s.x), y: s.y + u * (t.y - s.y) };
      cy.nodes().forEach((n) => {
        if (n.same(e.source()) || n.same(e.target())) return;
        const p = n.position();
        const r = Math.max(n.width(), n.height()) / 2;
        for (let i = 0; i <= 100; i += 1) {
          const q = at(i / 100);
          if (Math.hypot(q.x - p.x, q.y - p.y) < r) {
            out.push(`${e.id()} ⨯ ${n.id()}`);
            return;
          }
        }
      });
    });
    return out;
  });

async function clickEveryLink(page: Page): Promise<string[]> {
  const edges = await page.evaluate(() => window.cy?.edges('.rel').map((e) => e.id()) ?? []);
  const wrong: string[] = [];
  for (const id of edges) {
    await clickElement(page, id);
    const got = await chosen(page);
    if (got.join() !== id) wrong.push(`${id} → ${got.join() || 'nothing'}`);
  }
  return wrong;
}

describe('picking links on the canvas', () => {
  it('bends the links JAC brings around NIO when NIO sits between JAC and its factories', async () => {
    // JAC's factories, NIO and JAC in a row, 200 units apart (positions in base 36: 5k = 200).
    const page = await h.open('?n=jac,jac-nio-factories,nio&r=nio-built-by-jac,nio-built-by-jac-nio-factories,nio-uses-qualification-of-jac&x=nio&p=5k.0_-5k.0_0.0');
    await settle(page, (n) => n.length === 3);
    await expandByDoubleClick(page, 'jac');
    expect(await page.evaluate(() => window.cy?.edges('.rel').length)).toBe(5);
    await h.shot(page, 'canvas-07-bent-around-nio');
    expect(await linksOverNodes(page)).toEqual([]);
    await clickElement(page, 'nio-built-by-jac');
    expect(await chosen(page)).toEqual(['nio-built-by-jac']);
    expect(await clickEveryLink(page)).toEqual([]);
    // Moving NIO down routes the links again: still over no node, each picked by its middle.
    await dragNode(page, 'nio', 0, 160);
    await settle(page);
    await h.shot(page, 'canvas-08-nio-moved');
    expect(await linksOverNodes(page)).toEqual([]);
    expect(await clickEveryLink(page)).toEqual([]);
    await page.close();
  });

  it('selects NIO → JAC when its midpoint is clicked after expanding JAC, and every other link by its own midpoint', async () => {
    const page = await h.open('?n=nio&r=');
    await settle(page, (n) => n.length === 1);
    await expandByDoubleClick(page, 'nio');
    await expandByDoubleClick(page, 'jac');
    expect(await canvasNodes(page)).toEqual(expect.arrayContaining(['jac', 'jac-nio-factories', 'nio']));
    await h.shot(page, 'canvas-06-nio-then-jac');

    await clickElement(page, 'nio-built-by-jac');
    expect(await chosen(page)).toEqual(['nio-built-by-jac']);

    expect(await linksOverNodes(page)).toEqual([]);
    expect(await clickEveryLink(page)).toEqual([]);
    await page.close();
  });

  it('selects the second of two quick clicks on different entities and expands neither', async () => {
    // Cytoscape calls any two taps within 250 ms a double tap, wherever they land.
    const page = await h.open('?n=xiaomi,xiaomi-auto,baic-offroad&r=');
    await settle(page, (n) => n.length === 3);
    const first = await pointOf(page, 'xiaomi');
    const second = await pointOf(page, 'xiaomi-auto');
    await page.mouse.click(first.x, first.y);
    await page.mouse.click(second.x, second.y);
    await page.waitForTimeout(1_000);
    expect(await chosen(page)).toEqual(['xiaomi-auto']);
    expect(await page.evaluate(() => window.linkage?.store.getState().expanded)).toEqual([]);
    expect(await canvasNodes(page)).toEqual(['baic-offroad', 'xiaomi', 'xiaomi-auto']);
    await page.close();
  });
});
