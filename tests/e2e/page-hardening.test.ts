// The built page and GraphiQL run under the server's Content-Security-Policy (no inline or foreign
// script) without a single violation, and the build publishes no source maps.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { searchAndPick, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

/**
 * Every CSP violation the page reports, from the DOM event and from the console, and any other
 * console error (a missing file such as /favicon.ico, now that unknown paths are 404s).
 */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) seen.push(`${msg.text()} @ ${msg.location().url}`); });
  await page.exposeFunction('reportCspViolation', (text: string) => { seen.push(text); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportCspViolation(t: string): Promise<void> }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

describe('page hardening', () => {
  it('draws the explorer, expands a company and exports a PNG with no CSP violation', async () => {
    const page = await h.context.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${h.app.url}/`);
    await page.waitForFunction(() => window.cy !== undefined);
    await searchAndPick(page, 'Search entities', 'JAC', /JAC Motors/);
    expect(await settle(page, (n) => n.includes('jac') && n.length > 1)).toEqual(expect.arrayContaining(['jac', 'nio']));
    await page.getByRole('button', { name: 'Export' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /PNG/ }).click()]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('runs GraphiQL and a query in it with no CSP violation', async () => {
    const page = await h.context.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${h.app.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // GraphiQL loads the schema first; run the tab's query once the editor holds it.
    await page.locator('.graphiql-query-editor .CodeMirror-line').first().waitFor();
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && !(r.request().postData() ?? '').includes('__schema'));
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    await page.locator('.result-window').getByText('"data"').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('publishes no source maps in the build', () => {
    const dist = path.join(REPO_ROOT, 'client', 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(readFileSync(path.join(dist, f), 'utf8')).not.toContain('sourceMappingURL');
  });
});
