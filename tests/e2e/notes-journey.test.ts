// Notes in the page, against the real API, accounts and seeded Neo4j: a contributor signs in, adds a
// private and a shared note on the NIO → JAC link and sees both in its panel, badged; a second
// account (a viewer) sees only the shared one; an anonymous reader sees no notes at all. Note text
// is shown as text. The journey's notes and accounts are taken out of the shared database after.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createUser } from '../../server/accounts';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { testDb } from '../support/env';
import { settle, signIn, startHarness } from './page-harness';
import type { Harness } from './page-harness';

const WRITER = { email: `notes-writer-${process.pid}@example.org`, password: 'a long enough test password', role: 'contributor' };
const READER = { email: `notes-reader-${process.pid}@example.org`, password: 'another long test password', role: 'viewer' };
const VIEW = '?n=jac,nio&s=e:nio-built-by-jac';
const PRIVATE_TEXT = 'Ask JAC whether the <b>contract</b> was renewed in 2023.';
const SHARED_TEXT = 'Yicai confirmed the foundry deal by phone:\nsee the call notes.';

let h: Harness;
let db: Db;

beforeAll(async () => {
  h = await startHarness();
  db = testDb();
  await createUser(db, WRITER);
  await createUser(db, READER);
}, 180_000);

afterAll(async () => {
  await db?.write(statement('test/remove-notes-journey', { emails: [WRITER.email, READER.email] }));
  await db?.close();
  await h?.close();
});


/** A page of its own (cookies apart) on the view, with the link's panel open. */
async function openAs(browser: Browser, account: { email: string; password: string } | null): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
  await page.goto(`${h.app.url}/${VIEW}`);
  await page.waitForFunction(() => window.cy !== undefined);
  await settle(page, (n) => n.length === 2);
  if (account) await signIn(page, account);
  await page.locator('.details .link-sentence').waitFor();
  return { page, close: () => context.close() };
}

const notesSection = (page: Page) => page.getByRole('region', { name: /^Notes/ });

async function noteRows(page: Page): Promise<{ badge: string; author: string; text: string }[]> {
  return page.locator('.note').evaluateAll((items) => items.map((li) => ({
    badge: li.querySelector('.note-badge')?.textContent ?? '',
    author: li.querySelector('.note-author')?.textContent ?? '',
    text: li.querySelector('.note-text')?.textContent ?? '',
  })));
}

/** axe-core's serious and critical findings inside the notes section (injected as page-accessibility.test.ts does). */
async function axeSerious(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Element, o: object): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    const section = document.querySelector('.notes');
    if (!section) throw new Error('no notes section');
    const { violations } = await axe.run(section, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact})`);
  });
}

describe('notes journey', () => {
  it('adds a private and a shared note on a link; a second account sees only the shared one, an anonymous reader none', async () => {
    const writer = await openAs(h.browser, WRITER);
    const page = writer.page;
    const section = notesSection(page);
    await section.getByText('No notes yet.').waitFor();
    await expect(section.getByRole('heading').textContent()).resolves.toBe('Notes (0)');

    const form = section.getByRole('form', { name: 'Add a note' });
    await form.getByLabel('New note').fill(PRIVATE_TEXT);
    await expect(form.getByRole('radio', { name: /Private/ }).isChecked()).resolves.toBe(true);
    await form.getByRole('button', { name: 'Add note' }).click();
    await page.locator('.note').first().waitFor();

    await form.getByLabel('New note').fill(SHARED_TEXT);
    await form.getByRole('radio', { name: /Shared/ }).check();
    await form.getByRole('button', { name: 'Add note' }).click();
    await page.locator('.note').nth(1).waitFor();
    await expect(form.getByLabel('New note').inputValue()).resolves.toBe('');

    await expect(noteRows(page)).resolves.toEqual([
      { badge: 'Private', author: 'You', text: PRIVATE_TEXT },
      { badge: 'Shared', author: 'You', text: SHARED_TEXT },
    ]);
    // Plain text: the markup typed is shown as characters, nothing is made of it.
    await expect(section.locator('.note-text b').count()).resolves.toBe(0);
    await expect(section.getByRole('heading').textContent()).resolves.toBe('Notes (2)');
    await section.scrollIntoViewIfNeeded();
    await h.shot(page, '60-notes-author');
    await expect(axeSerious(page)).resolves.toEqual([]);

    // Another account sees the shared note only, by its author, and cannot edit it.
    const reader = await openAs(h.browser, READER);
    const theirSection = notesSection(reader.page);
    await reader.page.locator('.note').first().waitFor();
    await expect(noteRows(reader.page)).resolves.toEqual([{ badge: 'Shared', author: WRITER.email, text: SHARED_TEXT }]);
    await expect(theirSection.locator('[data-action="editNote"], [data-action="deleteNote"]').count()).resolves.toBe(0);
    await theirSection.scrollIntoViewIfNeeded();
    await h.shot(reader.page, '61-notes-second-account');
    await reader.close();

    // The public page shows no notes at all.
    const stranger = await openAs(h.browser, null);
    await stranger.page.locator('.details .evidence').first().waitFor();
    await expect(notesSection(stranger.page).count()).resolves.toBe(0);
    await expect(stranger.page.locator('.note').count()).resolves.toBe(0);
    await stranger.close();

    // The author edits the private note and deletes the shared one (Delete asks twice).
    const first = page.locator('.note').first();
    await first.getByRole('button', { name: 'Edit' }).click();
    const editor = section.getByRole('form', { name: 'Edit note' });
    await editor.getByLabel('Edit note').fill('Asked JAC: renewed until 2026.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await section.locator('.note', { hasText: 'renewed until 2026' }).waitFor();
    await expect(section.locator('.note').first().locator('.note-head').innerText()).resolves.toContain('edited');
    const second = page.locator('.note').nth(1);
    await second.getByRole('button', { name: 'Delete' }).click();
    await second.getByRole('button', { name: 'Delete for good?' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.note').length === 1);
    await h.shot(page, '62-notes-edited-and-deleted');
    await writer.close();
  }, 240_000);
});
