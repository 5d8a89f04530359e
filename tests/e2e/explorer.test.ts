// The explorer page against the real API and the seeded Neo4j: search, expand, undo/redo, trace,
// the time slider, the evidence panel and a shared URL, as a journalist would use them.
import type { Page } from 'playwright-core';
import { canvasNodes, clickElement, dragNode, fadesDone, searchAndPick, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

const edgeState = (page: Page, id: string): Promise<{ classes: string[]; opacity: number } | null> =>
  page.evaluate((edgeId) => {
    const e = window.cy?.getElementById(edgeId);
    return e && e.nonempty() ? { classes: e.classes(), opacity: Number(e.style('opacity')) } : null;
  }, id);

describe('explorer page', () => {
  it('shows an empty state with a search box first', async () => {
    const page = await h.open();
    await expect(page.getByRole('heading', { name: /who builds, owns and licenses whom/i }).isVisible()).resolves.toBe(true);
    await h.shot(page, '01-empty');
    await page.close();
  });

  it('searches in English and puts the hit on the canvas with its direct links', async () => {
    const page = await h.open();
    await searchAndPick(page, 'Search entities', 'JAC', /JAC Motors/);
    const ids = await settle(page, (n) => n.includes('jac') && n.length > 1);
    expect(ids).toEqual(expect.arrayContaining(['jac', 'nio']));
    expect(new URL(page.url()).searchParams.get('n')).toContain('jac');
    await h.shot(page, '02-search-english');
    await page.close();
  });

  it('searches in Chinese, says which alias matched, and works from the keyboard', async () => {
    const page = await h.open();
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('小米汽车');
    const first = page.getByRole('option').first();
    await first.waitFor();
    await expect(first.innerText()).resolves.toMatch(/Xiaomi Auto[\s\S]*matched\s*小米汽车/);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await h.shot(page, '03-search-chinese');
    await box.press('Enter');
    const ids = await settle(page, (n) => n.includes('xiaomi-auto'));
    expect(ids).toEqual(expect.arrayContaining(['xiaomi-auto', 'baic-offroad']));
    await page.close();
  });

  it('expands a node by double-click, and undoes and redoes it with keys and buttons', async () => {
    const page = await h.open('?n=nio');
    const before = await settle(page, (n) => n.length === 1);
    const positionOfNio = await page.evaluate(() => window.cy?.getElementById('nio').position());
    // A loaded CI machine can stretch a double-click past Cytoscape's threshold: allow a second try.
    for (let attempt = 0; attempt < 3 && (await canvasNodes(page)).length === 1; attempt += 1) {
      await clickElement(page, 'nio', true);
      await page.waitForTimeout(1500);
    }
    const after = await settle(page, (n) => n.length > 1);
    expect(after).toEqual(expect.arrayContaining(['nio', 'jac', 'miit']));
    // Existing nodes stay where they were when the canvas grows.
    const nioNow = await page.evaluate(() => window.cy?.getElementById('nio').position());
    expect(Math.abs((nioNow?.x ?? 0) - (positionOfNio?.x ?? 0))).toBeLessThan(1);
    await h.shot(page, '04-expanded');

    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+z');
    expect(await settle(page, (n) => n.length === before.length)).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    expect(await settle(page, (n) => n.length === after.length)).toEqual(after);
    await page.getByRole('button', { name: /^Undo/ }).click();
    expect(await settle(page, (n) => n.length === before.length)).toEqual(before);
    await page.getByRole('button', { name: /^Redo/ }).click();
    expect(await settle(page, (n) => n.length === after.length)).toEqual(after);

    // Hide and remove are canvas actions too, and undoable.
    await clickElement(page, 'jac');
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await settle(page, (n) => !n.includes('jac'));
    await page.keyboard.press('Control+z');
    await settle(page, (n) => n.includes('jac'));

    // Moving a node is a step too.
    const jacAt = () => page.evaluate(() => window.cy?.getElementById('jac').position());
    const home = await jacAt();
    await dragNode(page, 'jac', 60, 40);
    await expect(page.getByRole('button', { name: /^Undo/ }).getAttribute('aria-label')).resolves.toBe('Undo: Move JAC Motors');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(200);
    const back = await jacAt();
    expect(Math.hypot((back?.x ?? 0) - (home?.x ?? 0), (back?.y ?? 0) - (home?.y ?? 0))).toBeLessThan(1);
    await page.close();
  });

  it('offers "+N more" for links left out, and loads them on click', async () => {
    const page = await h.open('?n=jac,nio&x=nio');
    await settle(page, (n) => n.length === 2);
    const more = await page.evaluate(() => window.cy?.getElementById('more::nio').data('label') as string | undefined);
    expect(more).toMatch(/^\+\d+ more$/);
    const positions = () => page.evaluate(() => Object.fromEntries(window.cy?.nodes('.entity').map((n) => [n.id(), n.position()]) ?? []));
    const before = await positions();
    await clickElement(page, 'more::nio');
    const ids = await settle(page, (n) => n.length > 2);
    expect(ids).toEqual(expect.arrayContaining(['jac', 'nio', 'miit', 'li-bin']));
    // The nodes that were there keep their places: only the new ones are laid out.
    const after = await positions();
    for (const [id, p] of Object.entries(before)) {
      expect(Math.hypot((after[id]?.x ?? NaN) - p.x, (after[id]?.y ?? NaN) - p.y)).toBeLessThan(1);
    }
    expect(await page.evaluate(() => window.cy?.getElementById('more::nio').empty())).toBe(true);
    await page.close();
  });

  it('traces the shortest path and lists each step with its evidence', async () => {
    const page = await h.open();
    await page.getByRole('tab', { name: 'Trace' }).click();
    await searchAndPick(page, 'From', 'Xiaomi', /^Xiaomi\s*Tech/);
    await searchAndPick(page, 'To', '北汽越野', /BAIC Off-road/);
    await page.getByRole('button', { name: 'Find paths' }).click();
    const path = page.getByRole('list', { name: 'Paths found' });
    await path.waitFor();
    await settle(page, (n) => n.includes('baic-offroad'));
    const text = (await path.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Xiaomi Auto → is a subsidiary of → Xiaomi');
    expect(text).toContain('Xiaomi Auto → uses the production qualification of → BAIC Off-road');
    expect(text).toContain('Currently, Xiaomi Motors is using the qualifications of BAIC Offroad.');
    const traced = await page.evaluate(() => window.cy?.edges('.traced').map((e) => e.id()).sort());
    expect(traced).toEqual(['xiaomi-auto-subsidiary-of-xiaomi', 'xiaomi-auto-uses-qualification-of-baic-offroad'].sort());
    await h.shot(page, '05-trace');
    await page.close();
  });

  it('fades a link outside its validity with the time slider, and shows it again', async () => {
    const page = await h.open('?n=jac,miit,nio&x=nio');
    await settle(page, (n) => n.length === 3);
    await page.getByRole('checkbox', { name: 'As of date' }).check();
    const slider = page.getByRole('slider', { name: 'Date' });
    const month = (year: number, m: number): string => String((year - 2012) * 12 + (m - 1));

    await slider.fill(month(2020, 6));
    await fadesDone(page);
    expect((await edgeState(page, 'nio-built-by-jac'))?.classes).not.toContain('out-of-time');
    // NIO's MIIT listing dates from December 2023 (a dated, confirmed link, neither undated nor an
    // aged report, whose looks explorer-claims checks): in mid-2020 it is outside its validity and fades out.
    const miit = await edgeState(page, 'nio-approved-by-miit');
    expect(miit?.classes).toContain('out-of-time');
    expect(miit?.opacity).toBeLessThan(0.1);
    await h.shot(page, '06-time-2020');

    await slider.fill(month(2024, 6));
    await fadesDone(page);
    // No source says NIO's manufacturing with JAC stopped (seed audit, issue 9): from 2018, it still holds in 2024.
    const jac = await edgeState(page, 'nio-built-by-jac');
    expect(jac?.classes).toContain('live');
    expect(jac?.opacity).toBe(1);
    expect((await edgeState(page, 'nio-approved-by-miit'))?.classes).not.toContain('out-of-time');
    await expect(page.locator('.timebar-value').innerText()).resolves.toContain('Jun 2024');
    await h.shot(page, '07-time-2024');

    await page.close();
  });

  it('traces under the chosen date, and traces again when the date moves', async () => {
    const page = await h.open('?d=2023-06-01');
    await page.getByRole('tab', { name: 'Trace' }).click();
    await searchAndPick(page, 'From', 'JAC', /JAC Motors/);
    await searchAndPick(page, 'To', 'MIIT', /Ministry of Industry/);
    await page.getByRole('button', { name: 'Find paths' }).click();
    // NIO joined MIIT's register on 2023-12-04, so in mid-2023 no path runs from JAC through NIO to MIIT.
    const none = page.locator('.trace .empty-note');
    await none.waitFor();
    expect(await none.innerText()).toContain('as of 2023-06-01');
    expect(await none.innerText()).not.toMatch(/NIO\s*→\s*is built by\s*→\s*JAC Motors/);
    const list = page.getByRole('list', { name: 'Paths found' });
    await page.getByRole('slider', { name: 'Date' }).fill(String((2024 - 2012) * 12));
    await page.waitForFunction(() => /Path 1 · 2 steps/.test(document.querySelector('[aria-label="Paths found"]')?.textContent ?? ''));
    expect(await list.innerText()).toMatch(/NIO\s*→\s*is built by\s*→\s*JAC Motors/);
    await h.shot(page, '07b-trace-dated');
    await page.close();
  });

  it('shows a link’s quotes in their paragraph with the source, and a node’s names and links', async () => {
    const page = await h.open('?n=baic-offroad,xiaomi-auto');
    await settle(page, (n) => n.length === 2);
    await clickElement(page, 'xiaomi-auto-uses-qualification-of-baic-offroad');
    const mark = page.locator('.evidence-paragraph mark').first();
    await mark.waitFor();
    expect(await mark.innerText()).toContain('Currently, Xiaomi Motors is using the qualifications of BAIC Offroad.');
    await expect(page.locator('.evidence-source').first().innerText()).resolves.toMatch(/NIO Secured Official Approval/);
    await h.shot(page, '08-evidence');

    await clickElement(page, 'xiaomi-auto');
    await page.getByRole('heading', { name: 'Xiaomi Auto' }).waitFor();
    await expect(page.getByLabel('Also known as').innerText()).resolves.toContain('小米汽车');
    await page.getByRole('region', { name: 'Uses qualification of' }).waitFor();
    await page.close();
  });

  it('restores the view from a copied URL in a new page', async () => {
    const page = await h.open('?n=jac,miit,nio&x=nio');
    await settle(page, (n) => n.length === 3);
    await page.getByRole('checkbox', { name: 'As of date' }).check();
    await page.getByRole('slider', { name: 'Date' }).fill(String((2021 - 2012) * 12));
    // No "holds role at" link is on the canvas, so the legend folds that entry: unfold it first.
    await page.getByRole('button', { name: /more link types/ }).click();
    await page.getByRole('checkbox', { name: 'Holds role at' }).uncheck();
    await clickElement(page, 'nio-built-by-jac');
    await page.locator('.evidence-paragraph').first().waitFor();
    await page.waitForTimeout(400);
    const shared = page.url();
    await page.close();

    const copy = await h.open(shared.replace(/^https?:\/\/[^/]+\//, ''));
    expect(await settle(copy, (n) => n.length === 3)).toEqual(['jac', 'miit', 'nio']);
    await expect(copy.locator('.timebar-value').innerText()).resolves.toContain('Jan 2021');
    await expect(copy.getByRole('checkbox', { name: 'Holds role at' }).isChecked()).resolves.toBe(false);
    await copy.locator('.evidence-paragraph').first().waitFor();
    expect(await copy.evaluate(() => window.cy?.$('.chosen').map((e) => e.id()))).toEqual(['nio-built-by-jac']);
    expect(await canvasNodes(copy)).toEqual(['jac', 'miit', 'nio']);
    await h.shot(copy, '09-restored');
    await copy.close();
  });
});
