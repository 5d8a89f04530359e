// Item 10: traced paths are ranked by their weakest step, each step worded as the canvas labels
// its link and showing its strongest quote; kinds of entity and types of link can be left out.
import type { Page } from 'playwright-core';
import { strongestQuote } from '../../client/src/text/evidence';
import { keepLocal } from './canvas-local-only';
import { searchAndPick, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

interface Quote { quote: string; stance: 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES'; attribution: { kind: 'ARTICLE' | 'OUTLET' | 'PARTY' | 'OFFICIAL_RECORD' | 'ANONYMOUS' } }
interface Link { label: string; from: { name: string; aliases: string[] }; to: { name: string; aliases: string[] }; evidence: Quote[] }

async function linkOf(id: string): Promise<Link> {
  const res = await fetch(`${h.app.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { relationship(id: $id) { label from { name aliases } to { name aliases } evidence { quote stance attribution { kind } } } }', variables: { id } }),
  });
  return ((await res.json()) as { data: { relationship: Link } }).data.relationship;
}

async function trace(page: Page, from: [string, RegExp], to: [string, RegExp]): Promise<void> {
  await page.getByRole('tab', { name: 'Trace' }).click();
  await searchAndPick(page, 'From', ...from);
  await searchAndPick(page, 'To', ...to);
  await page.getByRole('button', { name: 'Find paths' }).click();
}

describe('trace strength', () => {
  it('ranks a confirmed detour before a rumoured shortcut, words steps as the canvas does and quotes the strongest', async () => {
    const page = await h.open();
    const leaks = await keepLocal(page, h.app.url);
    await trace(page, ['BluePark', /BAIC BluePark/], ['NDRC', /National Development/]);
    const list = page.getByRole('list', { name: 'Paths found' });
    await list.waitFor();
    await settle(page, (n) => n.includes('ndrc'));
    const heads = (await list.locator('.path-head').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(heads[0]).toMatch(/^Path 1 · 3 steps ?weakest: confirmed/);
    expect(heads[heads.length - 1]).toMatch(/2 steps ?weakest: rumoured/);

    const first = list.locator('.path').first();
    const sentences = (await first.locator('.step-sentence').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(sentences[1]).toMatch(/^BAIC BJEV → is a subsidiary of → BAIC Group (confirmed )?\(walked from BAIC Group\)/);
    // The panel's phrase is the canvas's label of the same link.
    const canvasLabel = await page.evaluate(() => window.cy?.getElementById('baic-bjev-subsidiary-of-baic-group').data('label') as string);
    await expect(first.locator('.step').nth(1).locator('.step-phrase').innerText()).resolves.toBe(canvasLabel);

    for (const [i, id] of ['baic-bluepark-brand-of-baic-group', 'baic-bjev-subsidiary-of-baic-group', 'baic-bjev-approved-by-ndrc'].entries()) {
      const link = await linkOf(id);
      const best = strongestQuote(link.evidence, link.from, link.to);
      const shown = first.locator('.step').nth(i).locator('.step-evidence q');
      if (best) await expect(shown.innerText()).resolves.toBe(best.quote);
      else await expect(shown.count()).resolves.toBe(0);
    }
    await h.shot(page, 'canvas-27-trace-ranked');
    expect(leaks).toEqual([]);
    await page.close();
  });

  it('leaves agencies out as connectors (the ends exempt) and traces again', async () => {
    const page = await h.open();
    await trace(page, ['BluePark', /BAIC BluePark/], ['蔚来', /NIO/]);
    const list = page.getByRole('list', { name: 'Paths found' });
    await list.waitFor();
    await page.locator('.trace-exclude summary').click();
    await page.locator('[data-exclude-kind="AGENCY"]').check();
    const none = page.locator('.trace .empty-note');
    await none.waitFor();
    await h.shot(page, 'canvas-28-trace-no-agency');

    // To an agency itself, the path still ends there, through no other agency.
    await searchAndPick(page, 'To', 'NDRC', /National Development/);
    await page.getByRole('button', { name: 'Find paths' }).click();
    await list.waitFor();
    const ids = await page.evaluate(() => (window.linkage?.store.getState().trace?.paths ?? []).map((p) => p.steps.map((s) => s.entityId)));
    expect(ids.length).toBeGreaterThan(0);
    for (const p of ids) expect(p.slice(1, -1)).not.toContain('miit');
    await page.locator('[data-exclude-type="BRAND_OF"]').check();
    await page.waitForFunction(() => (window.linkage?.store.getState().trace?.paths ?? []).every((p) => !p.steps.some((s) => s.viaId === 'baic-bluepark-brand-of-baic-group')));
    await h.shot(page, 'canvas-29-trace-no-brand-links');
    await page.close();
  });
});
