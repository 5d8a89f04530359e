// Saved views in the page, against the real API and Neo4j: an account saves a view with a moved
// node and a selected link from the Views panel; a reader with no account opens its link in a
// browser of their own and gets exactly what was saved (entities, links, positions, selection).
// The owner renames it, makes it private (the link then opens nothing for the reader) and deletes
// it. Screenshots of each state go to test-results/e2e/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser } from '../../server/accounts';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { ensureViewsSchema } from '../../server/services/views';
import { testDb } from '../support/env';
import { keepLocal } from './canvas-local-only';
import { clickElement, dragNode, drawn, settle, signIn, startHarness } from './page-harness';
import type { Harness } from './page-harness';

const AUTHOR = { email: `page-views-${process.pid}@example.org`, password: 'a long enough test password', role: 'viewer' };
const ENTITIES = ['jac', 'li-auto', 'lifan', 'nio'];

let h: Harness;
let db: Db;
let authorId = '';

beforeAll(async () => {
  h = await startHarness();
  db = testDb();
  await ensureViewsSchema(db);
  authorId = (await createUser(db, AUTHOR)).id;
}, 180_000);

afterAll(async () => {
  await db?.write(statement('test/remove-view-accounts', { ids: [authorId] }));
  await db?.close();
  await h?.close();
});

/** A page in a browser context of its own: no cookie, so an anonymous reader. */
async function readerPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  await page.waitForFunction(() => window.cy !== undefined);
  return { context, page, errors };
}

/** Waits until the panel says exactly `text` (its status line, read out by screen readers). */
const panelSays = (page: Page, text: string): Promise<void> =>
  page.waitForFunction((t) => document.querySelector('.views-message')?.textContent === t, text).then(() => undefined);

describe('saved views', () => {
  it('saves a view with a moved node and a selection, opens it exactly from its link, renames, hides and deletes it', async () => {
    const page = await h.open(`?n=${ENTITIES.join(',')}`);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const leaks = await keepLocal(page, h.app.url);
    await settle(page, (n) => n.length === ENTITIES.length);

    await signIn(page, AUTHOR);

    // The author's view: a node moved by hand and a link selected.
    await dragNode(page, 'lifan', 90, 70);
    await clickElement(page, 'nio-built-by-jac');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('s') === 'e:nio-built-by-jac');
    const original = await drawn(page);
    expect(original.chosen).toEqual(['nio-built-by-jac']);

    // Save it from the Views panel, shared by link; the keyboard opens the panel.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('v');
    const panel = page.getByRole('dialog', { name: 'Saved views' });
    await panel.waitFor();
    await expect(panel.getByLabel('Name').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await panel.getByLabel('Name').fill('Who builds NIO, with Li Auto');
    await panel.getByRole('form', { name: 'Save this view' }).getByLabel('Who can open it').selectOption('SHARED');
    await panel.getByRole('button', { name: 'Save view' }).click();
    await panelSays(page, 'Saved “Who builds NIO, with Li Auto”');
    const row = panel.locator('.saved-view', { hasText: 'Who builds NIO, with Li Auto' });
    await row.waitFor();
    const id = await row.getAttribute('data-view-id');
    expect(id).toMatch(/^v_\d{8}T\d{9}Z-[0-9a-f]{16}$/);
    await h.shot(page, 'views-01-saved');

    // A reader without an account opens the link in a browser of their own and sees exactly that view.
    const link = `${h.app.url}/?saved=${id ?? ''}`;
    const reader = await readerPage(h.browser, link);
    await settle(reader.page, (n) => n.length === ENTITIES.length);
    const restored = await drawn(reader.page);
    expect(Object.keys(restored.nodes).sort()).toEqual(Object.keys(original.nodes).sort());
    expect(restored.edges).toEqual(original.edges);
    expect(restored.chosen).toEqual(['nio-built-by-jac']);
    for (const [node, p] of Object.entries(original.nodes)) {
      const q = restored.nodes[node];
      expect(Math.hypot((q?.x ?? NaN) - p.x, (q?.y ?? NaN) - p.y)).toBeLessThan(1);
    }
    await reader.page.locator('.evidence-paragraph').first().waitFor();
    expect(await reader.page.getByRole('alert').count()).toBe(0);
    await h.shot(reader.page, 'views-02-opened-by-reader');

    // The owner renames it (Escape would keep the old name), then makes it private.
    await row.getByRole('button', { name: 'Rename “Who builds NIO, with Li Auto”' }).click();
    const rename = panel.getByRole('form', { name: 'Rename “Who builds NIO, with Li Auto”' });
    await rename.getByLabel('New name').fill('NIO and its maker');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await panelSays(page, 'Renamed to “NIO and its maker”');
    const renamed = panel.locator(`.saved-view[data-view-id="${id ?? ''}"]`);
    await expect(renamed.locator('.saved-view-name').innerText()).resolves.toBe('NIO and its maker');
    await renamed.getByLabel('Who can open “NIO and its maker”').selectOption('PRIVATE');
    await panelSays(page, '“NIO and its maker” is now private');
    await h.shot(page, 'views-03-renamed-private');

    // Private now: the same link opens nothing for the reader, and says so in words.
    await reader.page.goto(link);
    await reader.page.getByRole('status').filter({ hasText: 'private' }).waitFor();
    await expect(reader.page.getByRole('status').filter({ hasText: 'private' }).innerText()).resolves.toContain('If it is yours, sign in to open it.');
    expect(await reader.page.evaluate(() => window.cy?.nodes('.entity').length)).toBe(0);
    await h.shot(reader.page, 'views-04-private-for-reader');
    expect(reader.errors).toEqual([]);
    await reader.context.close();

    // Opening it from the panel is an undo step: the canvas before it comes back with Undo.
    await page.getByRole('button', { name: 'Clear canvas' }).click();
    await settle(page, (n) => n.length === 0);
    await renamed.locator('.saved-view-name').click();
    await settle(page, (n) => n.length === ENTITIES.length);
    expect((await drawn(page)).chosen).toEqual(['nio-built-by-jac']);
    await page.keyboard.press('Control+z');
    await settle(page, (n) => n.length === 0);
    await page.keyboard.press('Control+Shift+z');
    await settle(page, (n) => n.length === ENTITIES.length);

    // Delete, confirmed; the link then opens nothing, even for the owner.
    await renamed.getByRole('button', { name: 'Delete “NIO and its maker”' }).click();
    await renamed.getByRole('group', { name: 'Delete “NIO and its maker”?' }).getByRole('button', { name: 'Delete' }).click();
    await panelSays(page, 'Deleted “NIO and its maker”');
    await expect(panel.getByText('My views (0)').count()).resolves.toBe(1);
    await h.shot(page, 'views-05-deleted');
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Views', exact: true }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    const gone = await h.open(`?saved=${id ?? ''}`);
    await gone.getByRole('status').filter({ hasText: 'no longer there' }).waitFor();
    expect(await gone.evaluate(() => window.cy?.nodes('.entity').length)).toBe(0);
    await gone.close();
    expect(errors).toEqual([]);
    expect(leaks).toEqual([]);
    await page.close();
  });
});
