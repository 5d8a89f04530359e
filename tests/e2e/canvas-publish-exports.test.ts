// Exports a reporter can publish: the PNG and SVG carry a title, the legend of what is shown, the
// as-of date and a source credit; the Export menu gives CSVs of the visible entities and links with
// quotes and sources; the GraphML's edges carry quote, source and address; the brief comes as Markdown.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

async function exportFile(page: Page, item: RegExp): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
}

describe('publishable exports', () => {
  let page: Page;
  beforeAll(async () => {
    page = await h.open('?n=baic-offroad,xiaomi,xiaomi-auto&t=xiaomi,baic-offroad&d=2024-06-01');
    await settle(page, (n) => n.length === 3);
    await page.getByRole('list', { name: 'Paths found' }).waitFor();
  }, 60_000);
  afterAll(() => page.close());

  it('frames the SVG with the title, legend, as-of date and a credit naming the sources', async () => {
    const { body } = await exportFile(page, /SVG/);
    const svg = body.toString('utf8');
    writeFileSync(path.join(SHOTS, 'publish-01-view.svg'), svg);
    const parts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const texts = (id: string): string[] => [...(doc.getElementById(id)?.getElementsByTagName('text') ?? [])].map((t) => t.textContent ?? '');
      return { error: doc.getElementsByTagName('parsererror').length > 0, top: texts('furniture-top'), legend: texts('legend'), credit: texts('credit'), graph: doc.getElementById('graph') !== null };
    }, svg);
    expect(parts).toMatchObject({ error: false, graph: true });
    expect(parts.top).toEqual(['How Xiaomi connects to BAIC Off-road', 'As of 1 Jun 2024 · 3 entities · 2 links']);
    expect(parts.legend).toEqual(expect.arrayContaining(['Tech company', 'Subsidiary', 'Automaker', 'Subsidiary of', 'Uses qualification of']));
    expect(parts.credit[0]).toMatch(/^Source: Linkage knowledge graph, quotes from \d+ articles? \(.*CnEVPost.*\)\. Exported \d+ \w+ \d{4}\.$/);
    const viewer = await h.context.newPage();
    await viewer.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
    await viewer.screenshot({ path: path.join(SHOTS, 'publish-01-view-svg.png'), fullPage: true });
    await viewer.close();
  });

  it('frames the PNG the same way, taller than the graph alone', async () => {
    const { body } = await exportFile(page, /PNG/);
    expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    writeFileSync(path.join(SHOTS, 'publish-02-view.png'), body);
    const size = { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
    const graph = await page.evaluate(() => { const bb = window.cy?.elements().boundingBox({}); return { w: Math.ceil(bb?.w ?? 0), h: Math.ceil(bb?.h ?? 0) }; });
    expect(size.width).toBeGreaterThanOrEqual(Math.max(640, graph.w) * 2);
    expect(size.height).toBeGreaterThan(graph.h * 2 + 100);
  });

  it('exports CSVs of the visible entities and of the links with their quotes, sources and addresses', async () => {
    const entities = (await exportFile(page, /entities \(CSV\)/)).body.toString('utf8');
    expect(entities.startsWith('\uFEFFid,name,')).toBe(true);
    expect(entities.split('\r\n').filter(Boolean)).toHaveLength(4);
    const { name, body } = await exportFile(page, /links with quotes \(CSV\)/);
    expect(name).toMatch(/^linkage-links-.*\.csv$/);
    const lines = body.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('relationship_id,from_id,from_name');
    expect(lines[0]).toContain(',quote,stance,attribution_kind,attributed_to,');
    expect(lines.some((l) => l.includes('Currently, Xiaomi Motors is using the qualifications of BAIC Offroad.') && /https:\/\/pandaily\.com\//.test(l))).toBe(true);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(2);
  });

  it('gives the GraphML edges their quotes, quote sources and addresses', async () => {
    const xml = (await exportFile(page, /GraphML/)).body.toString('utf8');
    const edges = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return [...doc.getElementsByTagName('edge')].map((e) => Object.fromEntries([...e.getElementsByTagName('data')].map((d) => [d.getAttribute('key'), d.textContent])));
    }, xml);
    expect(edges).toHaveLength(2);
    for (const e of edges) {
      expect(Number(e.e_evidenceCount)).toBeGreaterThan(0);
      expect(e.e_quotes).toBeTruthy();
      expect(e.e_quoteSources).toBeTruthy();
      expect(e.e_sourceUrls).toMatch(/^https?:\/\//);
    }
  });

  it('exports the brief as Markdown with linked sources, the export date, inferred dates and a link back', async () => {
    const { name, body } = await exportFile(page, /brief \(Markdown\)/);
    expect(name).toMatch(/\.md$/);
    const md = body.toString('utf8');
    writeFileSync(path.join(SHOTS, 'publish-03-brief.md'), md);
    expect(md).toContain('# How Xiaomi connects to BAIC Off-road');
    expect(md).toMatch(/As of 1 Jun 2024 · exported \d+ \w+ \d{4} · \[open this view in Linkage\]\(http:\/\/127\.0\.0\.1:\d+\/\?.*t=xiaomi(%2C|,)baic-offroad.*\)/);
    expect(md).toMatch(/\[\^\d\]: “Currently, Xiaomi Motors is using the qualifications of BAIC Offroad\.” — in the article’s own voice — \[NIO Secured Official Approval[^\]]*\]\(https:\/\/pandaily\.com\/[^)]*\) — .* \(date inferred\)\./);
    await h.shot(page, 'publish-04-export-menu');
  });
});
