// The table view lists exactly what the canvas draws, sorts and filters, and shares the selection
// both ways; "Reveal links among selected" (Bloom) draws every link among several selected entities
// in one undo step: the same links a view of those entities with every link among them draws.
import type { Page } from 'playwright-core';
import { clickElement, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

const ENTITIES = ['baic-group', 'baic-bluepark', 'baic-offroad', 'xiaomi', 'xiaomi-auto', 'nio', 'jac'];
const canvasEdges = (page: Page): Promise<string[]> => page.evaluate(() => (window.cy?.edges('.rel').map((e) => e.id()) ?? []).sort());
const chosen = (page: Page): Promise<string[]> => page.evaluate(() => (window.cy?.$('.chosen').map((e) => e.id()) ?? []).sort());

describe('reveal links among the selected', () => {
  it('draws every link among the selected entities in one step, and no other', async () => {
    // The same entities with every link among them (no r: the page fetches them all): what revealing should give.
    const all = await h.open(`?n=${ENTITIES.join(',')}`);
    await settle(all, (n) => n.length === ENTITIES.length);
    const expected = await canvasEdges(all);
    await all.close();
    expect(expected.length).toBeGreaterThan(2);

    const page = await h.open(`?n=${ENTITIES.join(',')}&r=`);
    await settle(page, (n) => n.length === ENTITIES.length);
    expect(await canvasEdges(page)).toEqual([]);
    // Shift+click picks several; the context menu then offers the reveal.
    await clickElement(page, 'xiaomi');
    for (const id of ['xiaomi-auto', 'baic-offroad']) {
      await page.keyboard.down('Shift');
      await clickElement(page, id);
      await page.keyboard.up('Shift');
    }
    expect(await chosen(page)).toEqual(['baic-offroad', 'xiaomi', 'xiaomi-auto']);
    await page.keyboard.press('Shift+F10');
    const item = page.getByRole('menuitem', { name: /Reveal links among 3 selected/ });
    await h.shot(page, 'reveal-01-three-selected-menu');
    await item.click();
    await page.waitForFunction(() => (window.cy?.edges('.rel').length ?? 0) > 0);
    await settle(page);
    const three = await canvasEdges(page);
    expect(three.length).toBeGreaterThan(0);
    expect(three.every((id) => expected.includes(id))).toBe(true);
    await expect(page.evaluate(() => window.linkage?.store.getHistory().present.label)).resolves.toBe('Reveal links among 3 entities');
    await h.shot(page, 'reveal-02-three-revealed');
    // Ctrl+A and R: everything among all of them, in one more step.
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+a');
    expect(await chosen(page)).toEqual([...ENTITIES].sort());
    await page.keyboard.press('r');
    await page.waitForFunction((n) => (window.cy?.edges('.rel').length ?? 0) === n, expected.length, { timeout: 15_000 });
    expect(await canvasEdges(page)).toEqual(expected);
    await settle(page);
    await h.shot(page, 'reveal-03-all-revealed');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => (window.cy?.edges('.rel').length ?? 0) === n, three.length);
    await page.close();
  });
});

describe('table view', () => {
  let page: Page;
  beforeAll(async () => {
    page = await h.open(`?n=${ENTITIES.join(',')}`);
    await settle(page, (n) => n.length === ENTITIES.length);
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table', { name: 'Entities on the canvas' }).waitFor();
  }, 60_000);
  afterAll(() => page.close());

  const rowIds = (): Promise<string[]> => page.locator('.data-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
  const cellTexts = (column: number): Promise<string[]> => page.locator(`.data-table tbody tr > :nth-child(${column})`).allInnerTexts();

  it('has one row per entity and per link on the canvas', async () => {
    expect((await rowIds()).sort()).toEqual((await settle(page)).sort());
    await page.getByRole('radio', { name: /Links/ }).click();
    await page.getByRole('table', { name: 'Links on the canvas' }).waitFor();
    expect((await rowIds()).sort()).toEqual(await canvasEdges(page));
    // The quotes arrive: who asserts each link and its source.
    await page.waitForFunction(() => [...document.querySelectorAll('.data-table tbody tr > :nth-child(7)')].some((c) => c.textContent !== ''));
    expect((await cellTexts(6)).some((t) => /the article|per /.test(t))).toBe(true);
    await h.shot(page, 'table-01-links');
  });

  it('sorts by a column either way and filters by any word', async () => {
    const status = page.getByRole('columnheader', { name: /Status/ });
    await status.getByRole('button').click();
    await expect(status.getAttribute('aria-sort')).resolves.toBe('ascending');
    const up = await cellTexts(4);
    expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b)));
    await status.getByRole('button').click();
    await expect(status.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await cellTexts(4)).toEqual([...up].reverse());
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('xiaomi');
    const kept = await page.locator('.data-table tbody tr').allInnerTexts();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(up.length);
    for (const row of kept) expect(row.toLowerCase()).toContain('xiaomi');
    await h.shot(page, 'table-02-sorted-filtered');
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('');
  });

  it('selects on the canvas what is clicked in the table, and shows the canvas’s selection', async () => {
    const first = (await rowIds())[0] ?? '';
    await page.locator(`.data-table tbody tr[data-id="${first}"] > :nth-child(4)`).click();
    await expect(page.evaluate(() => window.linkage?.store.getState().selection)).resolves.toEqual({ kind: 'edge', id: first });
    expect(await chosen(page)).toEqual([first]);
    // And back: a node clicked on the canvas is the table's highlighted entity row.
    await page.locator('.canvas').focus();
    await page.keyboard.press('0');
    await settle(page);
    await clickElement(page, 'nio');
    await page.getByRole('table', { name: 'Entities on the canvas' }).waitFor();
    await expect(page.locator('.data-table tbody tr[aria-current="true"]').getAttribute('data-id')).resolves.toBe('nio');
    // Shift+click on rows selects several on the canvas too.
    await page.locator('.data-table tbody tr[data-id="jac"] > :nth-child(2)').click({ modifiers: ['Shift'] });
    expect(await chosen(page)).toEqual(['jac', 'nio']);
    await expect(page.locator('.data-table tbody tr[aria-current="true"]').evaluateAll((r) => r.map((x) => x.getAttribute('data-id')).sort())).resolves.toEqual(['jac', 'nio']);
    await h.shot(page, 'table-03-selection-both-ways');
  });
});
