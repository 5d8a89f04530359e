// Item 7: the page says what is in the graph (entities, links, sources, dates) on the empty canvas
// and in the header, and offers "Show everything" for a graph this small, loading it in batches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { keepLocal } from './canvas-local-only';
import { settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

const rels = JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', 'relationships.json'), 'utf8')) as { id: string; from: string; to: string }[];

describe('graph contents', () => {
  it('says what the graph holds on the empty canvas and in the header, and shows everything in one undo step', async () => {
    const page = await h.open();
    const leaks = await keepLocal(page, h.app.url);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const contents = page.getByTestId('graph-contents');
    await contents.waitFor();
    const said = (await contents.innerText()).replace(/\s+/g, ' ');
    expect(said).toContain('45 entities · 42 links · 5 sources');
    expect(said).toContain('links dated 2016 – 26 Sep 2025 (17 of 42)');
    expect(said).toContain('sources published 7 Dec 2018 – 7 Oct 2025');
    await expect(page.getByTestId('graph-summary').innerText()).resolves.toBe('45 entities · 42 links · 5 sources · 2016 – 26 Sep 2025');
    await h.shot(page, 'canvas-20-graph-contents-empty');

    await page.getByRole('button', { name: /^Show everything/ }).click();
    const ends = [...new Set(rels.flatMap((r) => [r.from, r.to]))].sort();
    expect(await settle(page, (n) => n.length === ends.length)).toEqual(ends);
    const edges = await page.evaluate(() => window.cy?.edges('.rel').map((e) => e.id()).sort());
    expect(edges).toEqual(rels.map((r) => r.id).sort());
    await h.shot(page, 'canvas-21-show-everything');

    // One step: undo empties the canvas again, and the offer comes back.
    await page.keyboard.press('Control+z');
    await settle(page, (n) => n.length === 0);
    await contents.waitFor();
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
