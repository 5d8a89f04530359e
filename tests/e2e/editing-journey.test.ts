// The editing journey in the page, against the real API, accounts and seeded Neo4j: an editor signs
// in, draws a link between two entities on the canvas, quotes the sentence selected in the source
// reader, proposes it (it shows as proposed, to the editor and never to an anonymous reader),
// accepts it from the review queue, and finds it in the link's history.
import type { Page } from 'playwright-core';
import { createUser } from '../../server/accounts';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { testDb } from '../support/env';
import { clickElement, settle, signIn, startHarness } from './page-harness';
import type { Harness } from './page-harness';

const EDITOR = { email: `page-editor-${process.pid}@example.org`, password: 'a long enough test password', role: 'editor' };
const QUOTE = 'Southeast Motor produced cars for Dearcc';
const SOURCE = /China's Budding Automakers Get OEM Boost/;
const VIEW = '?n=dearcc,southeast-motor';

let h: Harness;
let db: Db;
let drawn: string | null = null;

beforeAll(async () => {
  h = await startHarness();
  db = testDb();
  await createUser(db, EDITOR);
}, 180_000);

afterAll(async () => {
  await db?.write(statement('test/remove-page-journey', { relId: drawn ?? '', email: EDITOR.email }));
  await db?.close();
  await h?.close();
});

const proposedEdges = (page: Page): Promise<string[][]> =>
  page.evaluate(() => window.cy?.edges('.proposed').map((e) => [e.data('source') as string, e.data('target') as string]) ?? []);

/** Selects words of a paragraph of the reader the way a mouse drag does: a range over its text. */
async function selectInReader(page: Page, words: string): Promise<void> {
  await page.locator('.reader-paragraph', { hasText: words }).waitFor();
  await page.evaluate((text) => {
    const p = [...document.querySelectorAll('.reader-paragraph')].find((el) => el.textContent?.includes(text));
    const node = p?.firstChild;
    const at = node?.textContent?.indexOf(text) ?? -1;
    if (!node || at < 0) throw new Error(`no paragraph holds ${text}`);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, words);
}

describe('editing journey', () => {
  it('refuses a wrong password plainly', async () => {
    const page = await h.open(VIEW);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('form', { name: 'Sign in' }).getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toBe('Email or password is wrong');
    await h.shot(page, '30-sign-in-refused');
    await page.close();
  });

  it('signs in, draws a link with a quote from the reader, accepts it from the queue, and shows it in the history', async () => {
    const page = await h.open(VIEW);
    await settle(page, (n) => n.length === 2);
    await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual(['Details', 'History', 'Trace']);

    await signIn(page, EDITOR);
    await expect(page.locator('.account-signed-in').innerText()).resolves.toContain(EDITOR.email);
    await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual(['Details', 'History', 'Trace', 'Edit', 'Review', 'Add article']);
    // The account's controls fit the header at 1440 px: the page never scrolls sideways.
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);

    // Draw: the tool, then the two ends on the canvas.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.locator('.picking').innerText()).resolves.toContain('click the first entity');
    await clickElement(page, 'dearcc');
    await expect(page.locator('.picking').innerText()).resolves.toContain('from Dearcc');
    await clickElement(page, 'southeast-motor');
    const form = page.getByRole('form', { name: 'New link' });
    await form.waitFor();
    await form.getByLabel('Type').selectOption('USES_QUALIFICATION_OF');
    await form.getByLabel('Status').selectOption('REPORTED');
    await form.getByLabel('Valid from').fill('2018');
    await form.getByLabel('How known').first().selectOption('NOT_AFTER');
    await form.getByLabel('How the dates are known').fill('The article of 7 Dec 2018 reports it as done: it began in 2018 at the latest.');
    await h.shot(page, '31-new-link-form');

    // Quote: open the reader, pick the article, select the sentence.
    await form.getByRole('button', { name: 'Add a quote from a source…' }).click();
    const reader = page.getByRole('dialog', { name: 'Source reader' });
    await reader.getByRole('button', { name: SOURCE }).click();
    await selectInReader(page, QUOTE);
    await expect(reader.locator('.reader-picked mark').innerText()).resolves.toBe(QUOTE);
    await expect(reader.locator('.reader-shown').innerText()).resolves.toContain(QUOTE);
    await h.shot(page, '32-source-reader-selection');
    await reader.getByRole('button', { name: 'Use this quote' }).click();
    await expect(reader.isVisible()).resolves.toBe(false);
    await expect(form.locator('.draft-quote mark').innerText()).resolves.toBe(QUOTE);

    // Propose: it waits in the queue and shows on the canvas as proposed, to the editor only.
    await form.getByRole('button', { name: 'Propose' }).click();
    await page.locator('.notice-on', { hasText: 'Proposed' }).waitFor();
    await page.waitForFunction(() => (window.cy?.edges('.proposed').length ?? 0) > 0);
    await expect(proposedEdges(page)).resolves.toEqual([['dearcc', 'southeast-motor']]);
    await settle(page);
    await h.shot(page, '33-proposed-link-on-canvas');

    const anonymous = await h.browser.newContext({ viewport: { width: 1200, height: 800 } });
    const stranger = await anonymous.newPage();
    await stranger.goto(`${h.app.url}/${VIEW}`);
    await stranger.waitForFunction(() => (window.cy?.nodes('.entity').length ?? 0) === 2);
    await stranger.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(proposedEdges(stranger)).resolves.toEqual([]);
    await anonymous.close();

    // Review: the queue shows the proposal with its diff, quote and author; accept it with a note.
    await page.getByRole('tab', { name: /Review/ }).click();
    const card = page.locator('.proposal', { hasText: 'Dearcc uses the production qualification of Southeast Motor' });
    await card.waitFor();
    await expect(card.locator('.proposal-author').innerText()).resolves.toBe(EDITOR.email);
    await expect(card.locator('tr[data-field="status"] td').last().innerText()).resolves.toBe('REPORTED');
    await expect(card.locator('tr[data-field="validFromBasis"] td').last().innerText()).resolves.toBe('NOT_AFTER');
    await expect(card.locator('.proposal-quotes mark').innerText()).resolves.toBe(QUOTE);
    await h.shot(page, '34-review-queue');
    await card.getByLabel('Note to the author').fill('Checked against the Yicai article.');
    await card.getByRole('button', { name: 'Accept' }).click();

    // The accepted link is on the canvas as a link of the graph, selected; nothing is proposed any more.
    await page.waitForFunction(() => {
      const sel = window.linkage?.store.getState().selection;
      return sel?.kind === 'edge' && window.cy?.getElementById(sel.id).hasClass('rel') === true;
    });
    drawn = await page.evaluate(() => window.linkage?.store.getState().selection?.id ?? null);
    expect(drawn).toMatch(/dearcc/);
    await page.waitForFunction(() => window.cy?.edges('.proposed').length === 0);
    await expect(page.locator('.proposal').count()).resolves.toBe(0);

    // History: who, when, what, and that it came from the accepted proposal.
    await page.getByRole('tab', { name: 'History' }).click();
    const revision = page.locator('.revision').first();
    await revision.waitFor();
    await expect(revision.locator('.revision-head').innerText()).resolves.toMatch(new RegExp(`v1 Created by ${EDITOR.email.replace(/[.]/g, '\\.')}`));
    await expect(revision.locator('tr[data-field="type"] td').last().innerText()).resolves.toBe('USES_QUALIFICATION_OF');
    await expect(revision.locator('tr[data-field^="evidence"] td').last().innerText()).resolves.toContain(QUOTE);
    await settle(page);
    await h.shot(page, '35-link-history');

    // The evidence panel reads the new link back, quote and all (through the write's bookmark).
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect(page.locator('.details .evidence mark').first().innerText()).resolves.toBe(QUOTE);
    await page.close();
  }, 120_000);
});
