// Item 8: with "As of" on, undated links are drawn apart and said to be so (legend, hover); the
// time bar has a histogram of links starting and ending per year; play has a start year and speeds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { keepLocal } from './canvas-local-only';
import { hoverElement, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

const rels = JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', 'relationships.json'), 'utf8')) as { from: string; to: string; validFrom?: string; validTo?: string }[];
const ends = [...new Set(rels.flatMap((r) => [r.from, r.to]))];

const month = async (page: Page): Promise<number> => Number(await page.getByRole('slider', { name: 'Date' }).inputValue());

async function everything(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Show everything/ }).click();
  await settle(page, (n) => n.length === ends.length);
}

describe('time bar', () => {
  it('draws a histogram of the links on the canvas starting and ending per year', async () => {
    const page = await h.open();
    const leaks = await keepLocal(page, h.app.url);
    await everything(page);
    const bars = await page.getByTestId('time-histogram').locator('g[data-year]').evaluateAll((gs) =>
      Object.fromEntries(gs.map((g) => [g.getAttribute('data-year'), [Number(g.getAttribute('data-starts')), Number(g.getAttribute('data-ends'))]])),
    );
    const expected: Record<string, number[]> = {};
    for (const r of rels) {
      for (const [i, d] of [r.validFrom, r.validTo].entries()) {
        if (!d) continue;
        const y = d.slice(0, 4);
        const bin = (expected[y] ??= [0, 0]);
        bin[i] = (bin[i] ?? 0) + 1;
      }
    }
    expect(bars).toEqual(expected);
    await expect(page.getByTestId('time-histogram').getAttribute('aria-label')).resolves.toMatch(/2016: 3 links start, 0 links end/);
    await h.shot(page, 'canvas-22-time-histogram');
    expect(leaks).toEqual([]);
    await page.close();
  });

  it('draws undated links faded with a legend entry and says "no dates in the sources" on hover', async () => {
    const page = await h.open('?n=baic-offroad,xiaomi,xiaomi-auto');
    await settle(page, (n) => n.length === 3);
    await expect(page.locator('[data-reading="undated"]').count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'As of date' }).check();
    const legend = page.locator('.legend [data-reading="undated"]');
    await expect(legend.innerText()).resolves.toContain('Undated: no dates in the sources');
    const id = 'xiaomi-auto-subsidiary-of-xiaomi';
    await page.waitForFunction((e) => window.cy?.getElementById(e).hasClass('undated') === true, id);
    await page.locator('.canvas').hover({ position: { x: 5, y: 5 } });
    await hoverElement(page, id);
    await page.waitForFunction(() => /no dates in the sources/.test(document.querySelector('.canvas')?.getAttribute('title') ?? ''));
    await h.shot(page, 'canvas-23-undated-legend-hover');
    await page.close();
  });

  it('plays from the chosen year, faster at 4× than at ½×', async () => {
    const page = await h.open();
    await everything(page);
    // The start defaults to the first year a link on the canvas is dated.
    await expect(page.getByRole('combobox', { name: 'Play start year' }).inputValue()).resolves.toBe('2016');
    await page.getByRole('combobox', { name: 'Play start year' }).selectOption('2020');
    await page.getByRole('combobox', { name: 'Play speed' }).selectOption('4');
    const play = page.getByRole('button', { name: 'Play through time' });
    await play.click();
    const start = (2020 - 2012) * 12;
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const fast = (await month(page)) - start;
    await h.shot(page, 'canvas-24-play-fast');

    await page.getByRole('checkbox', { name: 'As of date' }).uncheck();
    await page.getByRole('combobox', { name: 'Play speed' }).selectOption('0.5');
    const playedAt = Date.now();
    await play.click();
    await expect(page.locator('.timebar-value').innerText()).resolves.toMatch(/2020/);
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const slow = (await month(page)) - start;
    expect(slow).toBeGreaterThanOrEqual(0);
    // At ½× a month lasts 440 ms (TimeSlider's 220 ms step); bounded by the time that really passed
    // before the pause landed, which a busy machine stretches past the 2 s asked for.
    expect(slow).toBeLessThanOrEqual(Math.floor((Date.now() - playedAt) / 440) + 1);
    expect(fast).toBeGreaterThan(slow * 2);
    await page.close();
  });
});
