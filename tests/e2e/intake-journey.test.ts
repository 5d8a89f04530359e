// The intake journey in the page, against the real API, extractor, accounts and seeded Neo4j. A
// contributor pastes an article of our own (two companies of the graph and a new one), reads it,
// sees its sentences and names highlighted, edits one candidate's status, rejects one, files the
// rest, and an editor finds them in the review queue; an editor applies a candidate of another
// article and sees the link on the canvas.
import type { Locator, Page } from 'playwright-core';
import { createUser } from '../../server/accounts';
import type { Db } from '../../server/db';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';
import { settle, signIn, startHarness } from './page-harness';
import type { Harness } from './page-harness';

const CONTRIBUTOR = { email: `intake-contributor-${process.pid}@example.org`, password: 'a long enough test password', role: 'contributor' };
const EDITOR = { email: `intake-editor-${process.pid}@example.org`, password: 'a long enough test password', role: 'editor' };
const NEW_COMPANY = 'Harborline Motors';
const ARTICLE = [
  `${NEW_COMPANY}, a young electric-car maker based in Ningbo, said on Tuesday that its first sedan will be built by Geely at a plant in Zhejiang.`,
  `Xpeng Motors is in talks with ${NEW_COMPANY} about supplying battery packs, according to Reuters.`,
  'Share this article',
].join('\n\n');
const EDITOR_ARTICLE = 'Li Auto has been in talks with Baidu about self-driving software since March 2024, the two companies said on Friday.';

let h: Harness;
let scratch: ScratchNeo4j;
let db: Db;

// The journey stores articles and accepts a link, so it runs on a seeded database of its own: the
// shared one stays exactly the seed for the tests that count it (and for 'writes nothing' checks).
beforeAll(async () => {
  scratch = await startScratchNeo4j('intake-journey', SCRATCH_NEO4J_PORTS.intakeJourney, { seeded: true });
  db = scratch.db;
  h = await startHarness({ uri: scratch.neo.uri, user: scratch.neo.user, password: scratch.neo.password });
  await createUser(db, CONTRIBUTOR);
  await createUser(db, EDITOR);
}, 180_000);

afterAll(async () => {
  await h?.close();
  await scratch?.stop();
});

/** A page in a browser context of its own: each account signs in with its own cookie. */
async function freshPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
  await page.goto(`${h.app.url}/`);
  await page.waitForFunction(() => window.cy !== undefined);
  return { page, close: () => context.close() };
}


/** Pastes an article with its fields and reads it; resolves once the candidates are listed. */
async function readArticle(page: Page, text: string, title: string): Promise<void> {
  await page.getByRole('tab', { name: 'Add article' }).click();
  const form = page.getByRole('form', { name: 'Add article' });
  await form.getByLabel('Article text (paste it, or upload a file)').fill(text);
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Publisher').fill('Linkage test desk');
  await form.getByLabel('Published on').fill('2024-05-10');
  await form.getByRole('button', { name: 'Read article' }).click();
  await page.locator('.intake-candidate').first().waitFor({ timeout: 90_000 });
}

/** The candidate whose ends are these two names, in either order (its sentence names both). */
function candidate(page: Page, a: string, b: string): Locator {
  return page.locator('.intake-candidate').filter({ has: page.locator('.intake-ends', { hasText: a }) }).filter({ has: page.locator('.intake-ends', { hasText: b }) }).first();
}

describe('intake journey', () => {
  it('reads a contributor’s article, keeps their edits, files the accepted candidates and an editor finds them in the queue', async () => {
    const page = await h.open();
    await signIn(page, CONTRIBUTOR);

    // A refusal names its field, and what was typed stays.
    await page.getByRole('tab', { name: 'Add article' }).click();
    const form = page.getByRole('form', { name: 'Add article' });
    await form.getByLabel('Article text (paste it, or upload a file)').fill(ARTICLE);
    await form.getByRole('button', { name: 'Read article' }).click();
    await expect(form.locator('.field-bad', { hasText: 'Title' }).locator('.field-problem').innerText()).resolves.toBe('an article needs its title');
    await expect(form.getByLabel('Article text (paste it, or upload a file)').inputValue()).resolves.toBe(ARTICLE);

    await readArticle(page, ARTICLE, 'Harborline Motors picks Geely to build its first sedan');
    await h.shot(page, '40-intake-read');

    // The stored text is the cleaned article, verbatim, with the furniture gone and its sentences and names highlighted.
    const text = await page.locator('.intake-text').innerText();
    expect(text).toContain('its first sedan will be built by Geely');
    expect(text).not.toContain('Share this article');
    await expect(page.locator('.intake-passage').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator('.intake-mention-new', { hasText: NEW_COMPANY }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.intake-mention:not(.intake-mention-new)', { hasText: 'Geely' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.intake-entity', { hasText: 'new' }).locator('input').first().inputValue()).resolves.toBe(NEW_COMPANY);

    const built = candidate(page, NEW_COMPANY, 'Geely');
    const talks = candidate(page, 'Xpeng Motors', NEW_COMPANY);
    await expect(built.locator('.intake-sentence').innerText()).resolves.toMatch(/Harborline Motors is built by Geely/);
    await expect(built.locator('.chip-new').innerText()).resolves.toMatch(/^new · /);
    await expect(talks.locator('.intake-attribution').innerText()).resolves.toBe('per Reuters');

    // A candidate marks its sentence; a sentence picks its candidates.
    await talks.getByRole('button', { name: 'Show its sentence' }).click();
    await expect(page.locator('.intake-passage-focus').innerText()).resolves.toContain('Xpeng Motors is in talks with');
    await page.locator('.intake-passage', { hasText: 'will be built by Geely' }).click();
    await expect(built.getAttribute('class')).resolves.toContain('intake-candidate-focus');
    await page.locator('.intake-passage', { hasText: 'Xpeng Motors' }).focus();
    await page.keyboard.press('Enter');
    await expect(talks.getAttribute('class')).resolves.toContain('intake-candidate-focus');

    // Edit one candidate's status (editing accepts it), reject another, file what is accepted.
    const current = await built.locator('.intake-facts .chip').innerText();
    const status = current === 'rumoured' ? 'REPORTED' : 'RUMOURED';
    await built.getByRole('button', { name: 'Edit' }).click();
    await built.getByLabel('Status').selectOption(status);
    await expect(built.getAttribute('data-decision')).resolves.toBe('accepted');
    await talks.getByRole('button', { name: 'Reject' }).click();
    await expect(talks.getAttribute('data-decision')).resolves.toBe('rejected');
    await expect(page.locator('.intake-passage', { hasText: 'Xpeng Motors' }).getAttribute('data-state')).resolves.toBe('rejected');
    const accepted = await page.locator('.intake-candidate[data-decision="accepted"]').count();
    await h.shot(page, '41-intake-decided');
    await page.getByRole('button', { name: `File ${accepted} accepted` }).click();

    const filed = page.locator('.intake-filed');
    await filed.waitFor({ timeout: 90_000 });
    await expect(filed.locator('.intake-filed-item', { hasText: `New entity: ${NEW_COMPANY}` }).count()).resolves.toBe(1);
    await expect(filed.locator('.intake-filed-item', { hasText: 'is built by' }).locator('.chip').innerText()).resolves.toBe('waits for review');
    await expect(filed.locator('.intake-filed-item').count()).resolves.toBe(accepted + 1);
    await h.shot(page, '42-intake-filed');

    // The editor finds them in the review queue: the new entity, and the link with the edited status.
    const { page: editor, close } = await freshPage();
    await signIn(editor, EDITOR);
    await editor.getByRole('tab', { name: /Review/ }).click();
    const entityCard = editor.locator('.proposal', { hasText: NEW_COMPANY }).filter({ has: editor.locator('.chip', { hasText: 'New entity' }) });
    await entityCard.waitFor();
    await expect(entityCard.locator('.proposal-author').innerText()).resolves.toBe(CONTRIBUTOR.email);
    const linkCard = editor.locator('.proposal', { hasText: 'is built by' }).filter({ has: editor.locator('.proposal-author', { hasText: CONTRIBUTOR.email }) });
    await expect(linkCard.locator('tr[data-field="status"] td').last().innerText()).resolves.toBe(status);
    await expect(linkCard.locator('.proposal-quotes mark').innerText()).resolves.toContain('will be built by Geely');
    await h.shot(editor, '43-intake-review-queue');
    await close();
    await page.close();
  }, 240_000);

  it('lets an editor apply a candidate at once and shows the link on the canvas', async () => {
    const { page, close } = await freshPage();
    await signIn(page, EDITOR);
    await readArticle(page, EDITOR_ARTICLE, 'Li Auto and Baidu talk software');
    const talks = candidate(page, 'Li Auto', 'Baidu');
    await expect(talks.locator('.intake-sentence').innerText()).resolves.toMatch(/is in talks with/);
    await expect(talks.locator('.intake-existing').count()).resolves.toBe(0);
    await talks.getByRole('button', { name: 'Accept' }).click();
    const others = page.locator('.intake-candidate[data-decision="open"]');
    for (let n = await others.count(); n > 0; n -= 1) await others.first().getByRole('button', { name: 'Reject' }).click();
    await page.getByRole('button', { name: 'Apply 1 accepted' }).click();

    const applied = page.locator('.intake-filed-item', { hasText: 'is in talks with' });
    await applied.waitFor({ timeout: 90_000 });
    await expect(applied.locator('.chip').innerText()).resolves.toBe('applied');
    await page.waitForFunction(() => {
      const sel = window.linkage?.store.getState().selection;
      return sel?.kind === 'edge' && window.cy?.getElementById(sel.id).hasClass('rel') === true;
    });
    const link = await page.evaluate(() => {
      const id = window.linkage?.store.getState().selection?.id ?? '';
      const edge = window.cy?.getElementById(id);
      return { id, ends: [edge?.data('source') as string, edge?.data('target') as string].sort() };
    });
    expect(link.ends).toEqual(['baidu', 'li-auto']);
    await settle(page);
    await h.shot(page, '44-intake-applied-on-canvas');

    // The history of the applied link is one click away.
    await applied.getByRole('button', { name: 'History' }).click();
    await page.locator('.revision').first().waitFor();
    await expect(page.locator('.revision-head').first().innerText()).resolves.toContain(EDITOR.email);
    await close();
  }, 200_000);
});
