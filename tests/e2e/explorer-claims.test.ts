// The claims model on the page, against the seeded graph: every quote says who asserts it and how it
// bears on the link, the dates say how they are known, background sentences stay apart from the
// evidence, and an as-of view shows aged reports and undated links for what they are.
import type { Page } from 'playwright-core';
import { clickElement, fadesDone, hoverElement, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

/** Opens a view with a link selected and waits for its quotes. */
async function openLink(query: string, nodes: number): Promise<Page> {
  const page = await h.open(query);
  await settle(page, (n) => n.length === nodes);
  await page.locator('.details > .evidence-list > .evidence').first().waitFor();
  return page;
}

const text = async (page: Page, selector: string): Promise<string> => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

const edgeClasses = (page: Page, id: string): Promise<string[]> =>
  page.evaluate((edgeId) => window.cy?.getElementById(edgeId).classes() ?? [], id);

describe('evidence panel', () => {
  it('says who asserts each quote and shows a denial as contradicting the link', async () => {
    const page = await openLink('?n=xiaomi,baic-group&s=e:xiaomi-in-talks-with-baic-group', 2);
    const quotes = page.locator('.details > .evidence-list > .evidence');
    await expect(quotes.count()).resolves.toBe(3);
    await expect(page.getByRole('heading', { name: 'Evidence (3)' }).isVisible()).resolves.toBe(true);
    const supports = quotes.filter({ has: page.locator('mark', { hasText: 'Earlier today, Bloomberg reported' }) });
    await expect(supports.locator('.attribution').innerText()).resolves.toBe('per Bloomberg');
    await expect(supports.getAttribute('data-stance')).resolves.toBe('SUPPORTS');

    const denial = quotes.filter({ has: page.locator('mark', { hasText: 'not heard of it' }) });
    await expect(denial.getAttribute('data-stance')).resolves.toBe('CONTRADICTS');
    await expect(denial.locator('.stance').innerText()).resolves.toBe('Contradicts · denies it');
    await expect(denial.locator('.attribution').innerText()).resolves.toBe('per a BAIC Group source (unnamed source)');
    // A denial reads apart from support: its own border colour.
    const borders = await Promise.all([supports, denial].map((l) => l.evaluate((el) => getComputedStyle(el).borderLeftColor)));
    expect(borders[0]).not.toBe(borders[1]);

    // The source line: the republication's address as a link, and the date with its basis.
    const source = denial.locator('.evidence-source');
    await expect(source.locator('a.evidence-title').getAttribute('href')).resolves.toBe('https://carzxzc.com/industry/19472.html');
    await expect(source.innerText()).resolves.toContain('26 Aug 2022 (date inferred)');
    await expect(text(page, '.details .dates-text')).resolves.toBe('by 26 Aug 2022 at the latest, no end stated');
    await denial.scrollIntoViewIfNeeded();
    await h.shot(page, '14-evidence-attribution-denial');
    await page.close();
  });

  it('shows an inferred date with its note, an official record, and a hedge as qualifying', async () => {
    const page = await openLink('?n=miit,nio&s=e:nio-approved-by-miit', 2);
    await expect(text(page, '.details .dates-text')).resolves.toBe('from 4 Dec 2023 (inferred), no end stated');
    const note = page.locator('.details .dates-note');
    await expect(note.locator('p').isVisible()).resolves.toBe(false);
    await note.locator('summary').click();
    await expect(note.locator('p').innerText()).resolves.toMatch(/"On Monday"[\s\S]*2023-12-04/);
    const quotes = page.locator('.details > .evidence-list > .evidence');
    // The record's quote shares its paragraph (and card) with another: its own numbered line says who asserts it.
    const record = page.locator('mark', { hasText: 'Vehicle Production Enterprise Credit' });
    const line = quotes.filter({ has: record }).locator(`.evidence-head[data-quote="${await quotes.locator(record).getAttribute('data-quote')}"]`);
    await expect(line.locator('.attribution').innerText())
      .resolves.toBe('official record: MIIT\'s Vehicle Production Enterprise Credit Information Management System');
    const hedge = quotes.filter({ has: page.locator('mark', { hasText: 'remain undisclosed' }) });
    await expect(hedge.getAttribute('data-stance')).resolves.toBe('QUALIFIES');
    await expect(hedge.locator('.stance').innerText()).resolves.toBe('Qualifies · hedges, does not confirm');
    await expect(hedge.locator('.attribution').innerText()).resolves.toBe('per Reuters');
    await expect(quotes.locator('.evidence-source').first().innerText()).resolves.toContain('Dec 2023 (date inferred)');
    await h.shot(page, '15-evidence-inferred-date');
    await page.close();
  });

  it('keeps background sentences apart from the evidence, collapsed and not counted', async () => {
    const page = await openLink('?n=jac,nio&s=e:nio-built-by-jac', 2);
    await expect(page.getByRole('heading', { name: 'Evidence (7)' }).isVisible()).resolves.toBe(true);
    // Seven quotes: three of them share one paragraph of NIO's approval article, so they share a card.
    await expect(page.locator('.details > .evidence-list > .evidence').count()).resolves.toBe(5);
    await expect(page.locator('.details > .evidence-list > .evidence .evidence-head').count()).resolves.toBe(7);
    // The sentence may share a paragraph with a quote, but it is never one of the marked quotes.
    const marked = await page.locator('.details > .evidence-list > .evidence mark').allInnerTexts();
    expect(marked).toHaveLength(7);
    expect(marked.join(' ')).not.toContain('Traditional carmakers have already been acting as OEMs');
    await expect(text(page, '.details .dates-text')).resolves.toBe('from 2018 (stated), no end stated');
    const background = page.locator('.details details.background');
    await expect(background.locator('summary').textContent()).resolves.toMatch(/^Background \(2\)\s*not evidence$/);
    await expect(background.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await background.locator('summary').click();
    await expect(background.locator('.evidence').count()).resolves.toBe(2);
    await expect(background.innerText()).resolves.toContain('Traditional carmakers have already been acting as OEMs for new energy vehicle startups.');
    await expect(background.locator('.evidence').first().getAttribute('data-stance')).resolves.toBeNull();
    await page.locator('.details details.background').scrollIntoViewIfNeeded();
    await h.shot(page, '16-evidence-background');
    await page.close();
  });

  it('says so when a source has no known address, and names the party that said it', async () => {
    const page = await openLink('?n=ev-export-licensing-2026,mofcom&s=e:mofcom-issued-ev-export-licensing-2026', 2);
    const quote = page.locator('.details > .evidence-list > .evidence').first();
    await expect(quote.locator('.attribution').innerText()).resolves.toBe('Ministry of Commerce said (the joint announcement)');
    await expect(quote.locator('.evidence-source a').count()).resolves.toBe(0);
    await expect(quote.locator('.evidence-source').innerText()).resolves.toMatch(/7 Oct 2025 or earlier · no URL known/);
    await page.close();
  });
});

describe('as-of view', () => {
  it('draws a report not confirmed since as aged, and says so in the tooltip and the panel', async () => {
    const page = await h.open('?n=xiaomi,baic-group&d=2024-06-01');
    await settle(page, (n) => n.length === 2);
    const classes = await edgeClasses(page, 'xiaomi-in-talks-with-baic-group');
    expect(classes).toContain('aged');
    expect(classes).not.toContain('live');
    const style = await page.evaluate(() => {
      const e = window.cy?.getElementById('xiaomi-in-talks-with-baic-group');
      return e ? { opacity: Number(e.style('opacity')), line: String(e.style('line-style')), dash: String(e.style('line-dash-pattern')) } : null;
    });
    expect(style).toMatchObject({ line: 'dashed', dash: '12 4 2 4' });
    expect(style?.opacity).toBeLessThan(0.7);
    await clickElement(page, 'xiaomi-in-talks-with-baic-group');
    await expect(page.locator('.details .chip-aged').innerText()).resolves.toBe('reported on 26 Aug 2022, not confirmed since');
    await expect(text(page, '.timebar-caveats')).resolves.toContain('1 reported, not confirmed since');

    // Hovering the link shows the same sentence as the browser's tooltip.
    await page.locator('.canvas').hover({ position: { x: 5, y: 5 } });
    await hoverElement(page, 'xiaomi-in-talks-with-baic-group');
    await page.waitForFunction(() => /not confirmed since/.test(document.querySelector('.canvas')?.getAttribute('title') ?? ''));
    await h.shot(page, '17-as-of-aged-report');

    // Before the date moves past the report, nothing ages; with no date, nothing is flagged.
    await page.getByRole('checkbox', { name: 'As of date' }).uncheck();
    await page.waitForTimeout(300);
    expect(await edgeClasses(page, 'xiaomi-in-talks-with-baic-group')).not.toContain('aged');
    await expect(page.locator('.timebar-caveats').count()).resolves.toBe(0);
    await page.close();
  });

  it('shows undated links distinctly with As of on, and counts them by the slider', async () => {
    const page = await h.open('?n=baic-offroad,xiaomi,xiaomi-auto');
    await settle(page, (n) => n.length === 3);
    expect(await edgeClasses(page, 'xiaomi-auto-subsidiary-of-xiaomi')).not.toContain('undated');
    await page.getByRole('checkbox', { name: 'As of date' }).check();
    await page.getByRole('slider', { name: 'Date' }).fill(String((2024 - 2012) * 12));
    await fadesDone(page);
    for (const id of ['xiaomi-auto-subsidiary-of-xiaomi', 'xiaomi-auto-uses-qualification-of-baic-offroad']) {
      const classes = await edgeClasses(page, id);
      expect(classes).toContain('undated');
      expect(classes).not.toContain('live');
    }
    const undated = await page.evaluate(() => {
      const e = window.cy?.getElementById('xiaomi-auto-subsidiary-of-xiaomi');
      return e ? { opacity: Number(e.style('opacity')), arrow: String(e.style('target-arrow-fill')) } : null;
    });
    expect(undated).toEqual({ opacity: 0.4, arrow: 'hollow' });
    await expect(text(page, '.timebar-undated')).resolves.toBe('2 undated links');
    await clickElement(page, 'xiaomi-auto-subsidiary-of-xiaomi');
    await page.locator('.details .dates-text').waitFor();
    await expect(text(page, '.details .dates-text')).resolves.toBe('no dates given');
    await expect(page.locator('.details .chip-undated').innerText()).resolves.toBe('undated: not known to hold on 1 Jan 2024');
    await h.shot(page, '18-as-of-undated');
    await page.close();
  });
});
