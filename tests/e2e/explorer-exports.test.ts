// Exports produce valid files, an outage shows a banner and keeps the view, large graphs stay usable,
// and GET /graphql in a browser is GraphiQL.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

async function exportFile(page: Page, item: RegExp): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(file) };
}

/** Parses XML in the page (the browser's DOMParser is a strict XML parser) and sums it up. */
const parseXml = (page: Page, text: string, type: 'image/svg+xml' | 'application/xml') =>
  page.evaluate(
    ([xml, mime]) => {
      const doc = new DOMParser().parseFromString(xml, mime as DOMParserSupportedType);
      const count = (tag: string): number => doc.getElementsByTagName(tag).length;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.localName,
        nodes: count('node'),
        edges: count('edge'),
        drawn: count('path') + count('text') + count('rect') + count('image'),
      };
    },
    [text, type] as const,
  );

describe('exports', () => {
  let page: Page;
  beforeAll(async () => {
    page = await h.open('?n=baic-offroad,xiaomi,xiaomi-auto&t=xiaomi,baic-offroad');
    await settle(page, (n) => n.length === 3);
    await page.getByRole('list', { name: 'Paths found' }).waitFor();
  }, 60_000);
  afterAll(() => page.close());

  it('exports a PNG of the view', async () => {
    const { name, body } = await exportFile(page, /PNG/);
    expect(name).toMatch(/\.png$/);
    expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(body.length).toBeGreaterThan(5000);
  });

  it('exports an SVG that parses and draws the graph', async () => {
    const { name, body } = await exportFile(page, /SVG/);
    expect(name).toMatch(/\.svg$/);
    const svg = await parseXml(page, body.toString('utf8'), 'image/svg+xml');
    expect(svg).toMatchObject({ error: false, root: 'svg' });
    expect(svg.drawn).toBeGreaterThan(3);
  });

  it('exports the visible subgraph as JSON and as GraphML that parses', async () => {
    const json = JSON.parse((await exportFile(page, /JSON/)).body.toString('utf8')) as { nodes: { id: string }[]; edges: { from: string; to: string }[] };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(['baic-offroad', 'xiaomi', 'xiaomi-auto']);
    expect(json.edges).toHaveLength(2);
    // Every link says how its dates are known (these two are undated: null bases) and when it was last reported.
    for (const edge of json.edges) expect(Object.keys(edge)).toEqual(expect.arrayContaining(['validFromBasis', 'validToBasis', 'datesNote', 'lastReportedOn']));
    const graphmlText = (await exportFile(page, /GraphML/)).body.toString('utf8');
    const graphml = await parseXml(page, graphmlText, 'application/xml');
    expect(graphml).toMatchObject({ error: false, root: 'graphml', nodes: 3, edges: 2 });
    expect(graphmlText).toContain('attr.name="validFromBasis"');
  });

  it('exports the traced path as a footnoted brief', async () => {
    const { name, body } = await exportFile(page, /brief \(text\)/i);
    expect(name).toMatch(/\.txt$/);
    const text = body.toString('utf8');
    expect(text).toContain('How Xiaomi connects to BAIC Off-road');
    expect(text).toMatch(/1\. Xiaomi Auto → is a subsidiary of → Xiaomi .*\[1\]/);
    // Each note says who asserts the quote, and how the article's date is known.
    expect(text).toMatch(/\[\d\] “Currently, Xiaomi Motors is using the qualifications of BAIC Offroad\.” — in the article’s own voice — NIO Secured Official Approval.* — Dec 2023 \(date inferred\)\. https:\/\/pandaily\.com\//);
    await h.shot(page, '10-exports-view');
  });
});

describe('resilience and scale', () => {
  it('shows a clear banner in an outage and keeps the view; Retry recovers', async () => {
    const page = await h.open('?n=jac,nio');
    await settle(page, (n) => n.length === 2);
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'The graph database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }) }),
    );
    await page.locator('.canvas').focus();
    await page.evaluate(() => window.linkage?.store.applyQuietly((s) => ({ ...s, selection: { kind: 'node', id: 'nio' } })));
    await page.keyboard.press('Enter');
    const banner = page.getByRole('alert');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/cannot reach its database[\s\S]*view is kept/i);
    expect(await settle(page)).toEqual(['jac', 'nio']);
    await h.shot(page, '11-outage');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Retry' }).click();
    await banner.waitFor({ state: 'detached' });
    expect((await settle(page, (n) => n.length > 2)).length).toBeGreaterThan(2);
    await page.close();
  });

  it('draws and pans 1,500 elements', async () => {
    const page = await h.open('?renderer=auto');
    const started = Date.now();
    await page.evaluate(() => {
      const kinds = ['AUTOMAKER', 'EV_STARTUP', 'PLANT', 'AGENCY', 'PERSON'] as const;
      const types = { AUTOMAKER: 'Company', EV_STARTUP: 'Company', PLANT: 'Plant', AGENCY: 'Agency', PERSON: 'Person' } as const;
      const nodes = Array.from({ length: 600 }, (_, i) => {
        const kind = kinds[i % kinds.length] ?? 'AUTOMAKER';
        return { id: `n${i}`, name: `Entity ${i}`, aliases: [], type: types[kind], kind, country: 'CN', description: null, degree: 3 };
      });
      const edges = Array.from({ length: 900 }, (_, i) => ({
        id: `e${i}`, type: 'BUILT_BY' as const, label: 'is built by', from: `n${i % 600}`, to: `n${(i * 7 + 1) % 600}`,
        status: 'CONFIRMED' as const, validFrom: null, validTo: null, validFromBasis: null, validToBasis: null, datesNote: null,
        role: null, note: null, lastReportedOn: null,
      }));
      window.linkage?.store.apply('Synthetic graph', (s) => ({ ...s, entities: Object.fromEntries(nodes.map((n) => [n.id, n])), relationships: Object.fromEntries(edges.map((e) => [e.id, e])) }));
    });
    await settle(page, (n) => n.length === 600);
    // Drawn is not laid out: the force layout ends by fitting the view, which jumps the pan (by
    // ~414 px here) if it lands inside the timed pan. The canvas hands the store its positions once
    // no layout is left, so the pan starts after that.
    await page.waitForFunction(() => {
      const placed = window.linkage?.store.getState().positions ?? {};
      return Array.from({ length: 600 }, (_, i) => `n${i}`).every((id) => placed[id] !== undefined);
    }, undefined, { timeout: 40_000 });
    const loadMs = Date.now() - started;
    // Frame rate is a speed figure, logged for people, not asserted: speed targets live in bench/.
    // What is asserted is that every pan lands while all 1,500 elements stay drawn.
    const panning = await page.evaluate(async () => {
      const cy = window.cy;
      if (!cy) return null;
      const before = { ...cy.pan() };
      let frames = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < 1000) {
        cy.panBy({ x: 3, y: 2 });
        await new Promise((r) => requestAnimationFrame(r));
        frames += 1;
      }
      const after = cy.pan();
      return { frames, dx: after.x - before.x, dy: after.y - before.y };
    });
    const count = await page.evaluate(() => window.cy?.elements().length ?? 0);
    console.log(`scale: ${count} elements laid out in ${loadMs} ms; ${panning?.frames ?? 0} frames per second while panning`);
    expect(count).toBeGreaterThanOrEqual(1500);
    expect(panning).not.toBeNull();
    expect(panning?.frames).toBeGreaterThan(0);
    expect(panning?.dx).toBeCloseTo(3 * (panning?.frames ?? 0), 5);
    expect(panning?.dy).toBeCloseTo(2 * (panning?.frames ?? 0), 5);
    await h.shot(page, '12-scale');
    await page.close();
  });

  it('serves GraphiQL on GET /graphql for browsers, with an example for each operation', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.app.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    const tabs = await page.locator('.graphiql-tab').count();
    // Seven operations plus the tab for a link's claims (issue 9).
    expect(tabs).toBe(8);
    await h.shot(page, '13-graphiql');
    await page.close();
  });
});
