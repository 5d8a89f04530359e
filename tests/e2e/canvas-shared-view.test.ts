// A shared view opens whatever its size and is exact: the same entities, links, positions and
// selection; a reader never sees a developer's message, and Retry only where retrying can work.
import type { Page } from 'playwright-core';
import { canvasNodes, clickElement, dragNode, drawn, searchAndPick, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

/** Eighteen entities, none of them linked to BAIC Group or BAIC BluePark. */
const EIGHTEEN = ['nio', 'jac', 'jac-nio-factories', 'li-auto', 'lifan', 'xpeng', 'guangdong-foday', 'haima-zhengzhou', 'southeast-motor', 'dearcc', 'faw-group', 'future-mobility', 'byton', 'wm-motor', 'miit', 'ndrc', 'li-bin', 'jidu'];

/** Waits for the address bar to catch up with the canvas (it is written 150 ms after a change). */
async function sharedQuery(page: Page, has: (params: URLSearchParams) => boolean): Promise<string> {
  await page.waitForFunction((src) => new Function('p', `return (${src})(p)`)(new URLSearchParams(window.location.search)) as boolean, has.toString());
  return new URL(page.url()).search;
}

describe('shared views', () => {
  it('opens a view of 20 entities and restores it exactly: entities, links, positions, selection', async () => {
    const errors: string[] = [];
    const page = await h.open(`?n=${EIGHTEEN.join(',')}`);
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    expect(await settle(page, (n) => n.length === EIGHTEEN.length)).toEqual([...EIGHTEEN].sort());
    expect(await page.getByRole('alert').count()).toBe(0);

    // Xiaomi brings BAIC BluePark and BAIC Group, whose link to one another the author never loads.
    await searchAndPick(page, 'Search entities', 'Xiaomi', /^Xiaomi\s*Tech/);
    const ids = await settle(page, (n) => n.includes('baic-bluepark') && n.includes('baic-group'));
    expect(ids.length).toBeGreaterThanOrEqual(20);
    await dragNode(page, 'jac', 80, -60);
    await clickElement(page, 'xiaomi-built-by-baic-bluepark');
    await page.locator('.evidence-paragraph').first().waitFor();
    const query = await sharedQuery(page, (p) => p.get('s') === 'e:xiaomi-built-by-baic-bluepark' && (p.get('p') ?? '') !== '');
    const original = await drawn(page);
    expect(original.edges).not.toContain('baic-bluepark-brand-of-baic-group');
    await h.shot(page, 'canvas-01-shared-original');
    await page.close();

    const copy = await h.open(query);
    copy.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await settle(copy, (n) => n.length === ids.length);
    const restored = await drawn(copy);
    expect(Object.keys(restored.nodes).sort()).toEqual(ids);
    expect(restored.edges).toEqual(original.edges);
    expect(restored.chosen).toEqual(['xiaomi-built-by-baic-bluepark']);
    for (const [id, p] of Object.entries(original.nodes)) {
      const q = restored.nodes[id];
      expect(Math.hypot((q?.x ?? NaN) - p.x, (q?.y ?? NaN) - p.y)).toBeLessThan(1);
    }
    await copy.locator('.evidence-paragraph').first().waitFor();
    expect(await copy.getByRole('alert').count()).toBe(0);
    await h.shot(copy, 'canvas-02-shared-restored');
    expect(errors).toEqual([]);
    await copy.close();
  });

  it('opens what is still in the graph of a view naming an entity and a link that are gone, and says so', async () => {
    const legacy = await h.open('?n=gone-entity,jac,nio');
    expect(await settle(legacy, (n) => n.length === 2)).toEqual(['jac', 'nio']);
    await expect(legacy.getByRole('status').filter({ hasText: 'opened without' }).innerText()).resolves.toContain('1 entity');
    expect(await legacy.evaluate(() => window.cy?.edges('.rel').map((e) => e.id()).sort())).toEqual(['nio-built-by-jac', 'nio-uses-qualification-of-jac']);
    expect(await legacy.getByRole('alert').count()).toBe(0);
    await legacy.close();
    const exact = await h.open('?n=jac,nio&r=gone-link,nio-built-by-jac');
    await settle(exact, (n) => n.length === 2);
    await expect(exact.getByRole('status').filter({ hasText: 'opened without' }).innerText()).resolves.toContain('1 link');
    expect(await exact.evaluate(() => window.cy?.edges('.rel').map((e) => e.id()))).toEqual(['nio-built-by-jac']);
    expect(await exact.getByRole('alert').count()).toBe(0);
    await exact.close();
  });

  it('keeps the selection through undo and redo', async () => {
    const page = await h.open('?n=jac,miit,nio&x=nio');
    await settle(page, (n) => n.length === 3);
    await clickElement(page, 'jac');
    await page.locator('.canvas').focus();
    await page.keyboard.press('h');
    await settle(page, (n) => !n.includes('jac'));
    await page.keyboard.press('Control+z');
    await settle(page, (n) => n.includes('jac'));
    expect(await page.evaluate(() => window.cy?.$('.chosen').map((e) => e.id()))).toEqual(['jac']);
    await clickElement(page, 'nio-built-by-jac');
    await dragNode(page, 'miit', 40, 40);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.cy?.$('.chosen').map((e) => e.id()))).toEqual(['nio-built-by-jac']);
    await page.close();
  });

  it('words a refused request for a reader, with no Retry when retrying cannot succeed', async () => {
    const page = await h.context.newPage();
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'The query would cost 52501; the limit is 50000: ask for smaller pages', extensions: { code: 'BAD_USER_INPUT', limit: 'cost', max: 50000, actual: 52501 } }] }),
      }),
    );
    // A shared view whose restore the server refuses as too large, even one record at a time.
    await page.goto(`${h.app.url}/?n=jac,nio`);
    const banner = page.getByRole('alert');
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toMatch(/more than Linkage answers at once/);
    expect(text).not.toMatch(/cost|limit|smaller pages|52501/i);
    expect(await banner.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await h.shot(page, 'canvas-03-refused');
    expect(await canvasNodes(page)).toEqual([]);
    // The address keeps the shared view, so reloading later can still open it.
    expect(new URL(page.url()).searchParams.get('n')).toBe('jac,nio');
    await page.close();
  });
});
