// Labels a reader can read: never below a minimum rendered size, full names on hover and on the
// selected node, horizontal link labels, Chinese names on request; a 40-entity canvas that fills
// the view; and a legend that folds what is not on the canvas, so the canvas is a few Tabs away.
import type { Page } from 'playwright-core';
import { clickElement, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

/** Forty entities of the seed, in id order. */
const FORTY = 'baic-bjev,baic-bjev-qingdao-plant,baic-bluepark,baic-group,baic-offroad,baidu,beijing-hyundai,beijing-hyundai-no2-plant,byton,catarc,cpca,cui-dongshu,cui-fan,customs,dearcc,ev-export-licensing-2026,faw-group,future-mobility,geely,guangdong-foday,haima-zhengzhou,jac,jac-nio-factories,jidu,li-auto,li-bin,lifan,miit,miit-oem-rules-2018,mofcom,ndrc,nio,qiantu,samr,sinogold,southeast-motor,uibe,wm-motor,wm-motor-acquired-factory,wm-motor-wenzhou-plant';

interface LabelFacts {
  smallestPx: number;
  hidden: number;
  fill: { w: number; h: number };
  overlaps: number;
  rotations: string[];
}

const labelFacts = (page: Page): Promise<LabelFacts> =>
  page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no canvas');
    const zoom = cy.zoom();
    const nodes = cy.nodes('.entity');
    const sizes = nodes.map((n) => parseFloat(String(n.style('font-size'))) * zoom);
    const min = parseFloat(String(nodes.first().style('min-zoomed-font-size')));
    const bb = cy.elements().renderedBoundingBox({});
    const boxes = nodes.map((n) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        if (a && b && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps += 1;
      }
    }
    return {
      smallestPx: Math.min(...sizes),
      hidden: sizes.filter((s) => s < min).length,
      fill: { w: bb.w / cy.width(), h: bb.h / cy.height() },
      overlaps,
      rotations: [...new Set(cy.edges('.rel').map((e) => String(e.style('text-rotation'))))],
    };
  });

const labelOf = (page: Page, id: string): Promise<string> => page.evaluate((nodeId) => String(window.cy?.getElementById(nodeId).style('label')), id);

describe('canvas labels', () => {
  it('draws a 40-entity canvas that fills the view, every label at 10 px or more, link labels level', async () => {
    const page = await h.open(`?n=${FORTY}`);
    // Forty entities and their links come in several requests: on a loaded machine that takes a while.
    await page.waitForFunction(() => window.cy?.nodes('.entity').length === 40, undefined, { timeout: 60_000 });
    await settle(page, (n) => n.length === 40);
    const facts = await labelFacts(page);
    await h.shot(page, 'canvas-09-forty');
    console.log(`40 entities: smallest label ${facts.smallestPx.toFixed(1)} px, ${facts.overlaps} overlapping label pairs, graph fills ${(facts.fill.w * 100).toFixed(0)}% × ${(facts.fill.h * 100).toFixed(0)}% of the canvas`);
    expect(facts.hidden).toBe(0);
    expect(facts.smallestPx).toBeGreaterThanOrEqual(10 - 0.01);
    expect(Math.max(facts.fill.w, facts.fill.h)).toBeGreaterThan(0.85);
    expect(Math.min(facts.fill.w, facts.fill.h)).toBeGreaterThan(0.6);
    expect(facts.rotations).toEqual(['none']);
    await page.close();
  });

  it('shows the whole name on hover and on the selected node, and Chinese names on request', async () => {
    const page = await h.open('?n=ndrc,nio&r=nio-approved-by-ndrc');
    await settle(page, (n) => n.length === 2);
    expect(await labelOf(page, 'ndrc')).toMatch(/…$/);
    const at = await page.evaluate(() => window.cy?.getElementById('ndrc').renderedPosition());
    const box = await page.locator('.canvas').boundingBox();
    await page.mouse.move((box?.x ?? 0) + (at?.x ?? 0), (box?.y ?? 0) + (at?.y ?? 0));
    await page.waitForTimeout(200);
    expect(await labelOf(page, 'ndrc')).toBe('National Development and Reform Commission');
    await page.mouse.move(1, 1);
    await clickElement(page, 'ndrc');
    await page.mouse.move(1, 1);
    await page.waitForTimeout(200);
    expect(await labelOf(page, 'ndrc')).toBe('National Development and Reform Commission');

    await page.getByRole('checkbox', { name: /Chinese names/ }).check();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('zh') === '1');
    expect(await labelOf(page, 'nio')).toBe('NIO\n蔚来');
    await h.shot(page, 'canvas-10-chinese-names');
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(200);
    expect(await labelOf(page, 'nio')).toBe('NIO');
    await page.close();
  });

  it('folds legend entries with nothing on the canvas, so the canvas is a few Tab presses from the search box', async () => {
    const page = await h.open('?n=jac,nio&r=nio-built-by-jac');
    await settle(page, (n) => n.length === 2);
    await page.getByRole('combobox', { name: 'Search entities' }).focus();
    let presses = 0;
    while (presses < 60 && !(await page.evaluate(() => document.activeElement?.classList.contains('canvas') ?? false))) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    console.log(`${presses} Tab presses from the search box to the canvas`);
    expect(presses).toBeLessThanOrEqual(25);
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    expect(await legend.getByRole('checkbox').count()).toBe(5);
    await legend.getByRole('button', { name: /more link types/ }).click();
    await legend.getByRole('checkbox', { name: 'Approved by' }).uncheck();
    await legend.getByRole('button', { name: /Fold link types/ }).click();
    // A switched-off entry stays in sight, so the filter can be switched back on.
    await expect(legend.getByRole('checkbox', { name: 'Approved by' }).isChecked()).resolves.toBe(false);
    await h.shot(page, 'canvas-11-legend-folded');
    await page.close();
  });
});
