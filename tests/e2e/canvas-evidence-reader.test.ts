// Item 9: each source shows its original address (a new tab, no referrer), quotes sharing a
// paragraph are one card with each sentence marked, and the reader opens the whole article with
// the quotes marked and the chosen one scrolled into view. No request leaves the machine.
import { keepLocal } from './canvas-local-only';
import { settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

describe('evidence reader', () => {
  it('merges the quotes of one paragraph, shows the source address and opens the whole article at the quote', async () => {
    const page = await h.open('?n=nio,jac&s=e:nio-built-by-jac');
    const leaks = await keepLocal(page, h.app.url);
    await settle(page, (n) => n.length === 2);
    const cards = page.locator('.details > .evidence-list > .evidence');
    await cards.first().waitFor();
    // NIO's approval article states the JAC arrangement in three sentences of one paragraph.
    const shared = cards.filter({ has: page.locator('mark', { hasText: 'Before this, NIO used an OEM model' }) });
    await expect(shared.getAttribute('data-quotes')).resolves.toBe('3');
    await expect(shared.locator('.evidence-paragraph mark').count()).resolves.toBe(3);
    await expect(shared.locator('.evidence-head').count()).resolves.toBe(3);
    await expect(shared.locator('.evidence-paragraph').count()).resolves.toBe(1);

    const url = shared.locator('a.evidence-url');
    await expect(url.innerText()).resolves.toBe('pandaily.com/nio-secured-official-approval-for-independent-car-manufacturing-in-china');
    await expect(url.getAttribute('href')).resolves.toBe('https://pandaily.com/nio-secured-official-approval-for-independent-car-manufacturing-in-china/');
    await expect(url.getAttribute('target')).resolves.toBe('_blank');
    await expect(url.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await h.shot(page, 'canvas-25-evidence-merged-card');

    await shared.getByRole('button', { name: 'Read the whole article' }).click();
    const dialog = page.getByRole('dialog', { name: /NIO Secured Official Approval/ });
    await dialog.waitFor();
    const paragraphs = dialog.locator('.article-text .reader-paragraph');
    await paragraphs.first().waitFor();
    expect(await paragraphs.count()).toBeGreaterThan(4);
    const marks = await dialog.locator('.article-text mark').allInnerTexts();
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks.join(' ')).toContain('Before this, NIO used an OEM model');
    // The quote the card began with is the focused one, scrolled into the reader's view.
    const focus = dialog.locator('mark.article-focus');
    await expect(focus.innerText()).resolves.toContain('Before this, NIO used an OEM model');
    await page.waitForTimeout(300);
    const [mark, pane] = await Promise.all([focus.boundingBox(), dialog.locator('.reader-main').boundingBox()]);
    expect(mark && pane && mark.y >= pane.y && mark.y + mark.height <= pane.y + pane.height).toBe(true);
    const original = dialog.locator('.article-url a');
    await expect(original.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(original.getAttribute('target')).resolves.toBe('_blank');
    await h.shot(page, 'canvas-26-article-reader');

    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('Read the whole article');
    expect(leaks).toEqual([]);
    await page.close();
  });
});
