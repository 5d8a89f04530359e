// What makes an export publishable: the images' title, legend, date and credit (export/furniture.ts,
// export/frame.ts), the CSV of the visible subgraph with quotes and sources, and the Markdown brief.
import { addNeighbourhood, setDate, setTrace } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import type { LinkQuote } from '../../client/src/api/linkQuotes';
import type { EvidenceInfo } from '../../client/src/api/linkage';
import { toBriefMarkdown } from '../../client/src/export/briefMarkdown';
import { LINK_CSV_COLUMNS, toEntitiesCsv, toLinksCsv } from '../../client/src/export/csv';
import { creditSources, withEvidence } from '../../client/src/export/exports';
import { framedSvg, layoutFrame } from '../../client/src/export/frame';
import { furnitureOf } from '../../client/src/export/furniture';
import { exportableGraph } from '../../client/src/model/visible';
import { graphmlEdge } from '#vocabulary/exchange/graphml';
import { nioSubgraph } from './client-fixtures';

const state = addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);
const lq = (quote: string, extra: Partial<LinkQuote['source']> = {}): LinkQuote => ({
  quote, reportedOn: '2023-12-05', stance: 'SUPPORTS', marksEnd: false, attribution: { kind: 'OUTLET', name: 'Bloomberg', entity: null },
  source: { id: 's1', title: 'Nio’s Big Win', publisher: 'EV News', publishedOn: '2023-12-05', publishedOnBasis: 'INFERRED', url: 'https://example.org/a', ...extra },
});
const NOW = new Date('2025-05-03T10:00:00Z');

describe('export furniture', () => {
  it('titles the view by its most connected entities, says the date, and legends only what is drawn', () => {
    const f = furnitureOf(setDate(state, '2020-06-01'), creditSources({ 'nio-built-by-jac': [lq('Q1'), lq('Q2', { id: 's2', publisher: 'Yicai' })] }), NOW);
    // On 1 Jun 2020 the approval (from Dec 2023) is not drawn, so neither is its type.
    expect(f.title).toBe('JAC, NIO, MIIT');
    expect(f.subtitle).toBe('As of 1 Jun 2020 · 3 entities · 1 link');
    expect(f.legend.map((e) => [e.label, e.shape])).toEqual([['Agency', 'pentagon'], ['Automaker', 'round-rectangle'], ['EV start-up', 'hexagon'], ['Built by', null], ['Ended', null]]);
    expect(f.credit).toBe('Source: Linkage knowledge graph, quotes from 2 articles (EV News, Yicai). Exported 3 May 2025.');
  });

  it('titles a trace by its ends and gives the images room for every legend entry', () => {
    const traced = setTrace(state, { from: 'jac', to: 'miit', active: null, paths: [] });
    const f = furnitureOf(traced, [], NOW);
    expect(f.title).toBe('How JAC connects to MIIT');
    expect(f.credit).toBe('Source: Linkage knowledge graph. Exported 3 May 2025.');
    const l = layoutFrame(f, 300, 200);
    expect(l.width).toBeGreaterThanOrEqual(640);
    expect(l.graph.y + 200).toBeLessThan(Math.min(...l.legend.map((p) => p.y)));
    expect(l.creditY).toBeGreaterThan(Math.max(...l.legend.map((p) => p.y)));
    for (const p of l.legend) expect(p.x).toBeLessThan(l.width);
  });

  it('nests the graph’s SVG untouched under the title and above the legend and credit', () => {
    const f = furnitureOf(state, [], NOW);
    const svg = framedSvg('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><path d="M0 0"/></svg>', 300, 200, f);
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    expect(svg).toContain('<svg id="graph" x="170" y="');
    expect(svg).toContain('<path d="M0 0"/>');
    expect(svg).toContain(`<title>${f.title}</title>`);
    expect(svg).toContain('Exported 3 May 2025.');
  });
});

describe('CSV of the visible subgraph', () => {
  it('writes entities, and links with one row per quote with its source and address', () => {
    const graph = exportableGraph(state);
    const entities = toEntitiesCsv(graph.nodes);
    expect(entities.startsWith('\uFEFFid,name,aliases,type,kind,country,description,links_in_graph\r\n')).toBe(true);
    expect(entities).toContain('nio,NIO,蔚来,Company,EV_STARTUP,CN,,5\r\n');
    const links = toLinksCsv(graph, { 'nio-built-by-jac': [lq('Nio used JAC, the "foundry".'), lq('=HYPERLINK("x")')] }).split('\r\n');
    expect(links[0]).toBe(`\uFEFF${LINK_CSV_COLUMNS.join(',')}`);
    const rows = links.slice(1).filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe('nio-approved-by-miit,nio,NIO,APPROVED_BY,holds production approval from,miit,MIIT,CONFIRMED,2023-12,,,,,,,,,,,,,,,,,,');
    expect(rows[1]).toContain(',"Nio used JAC, the ""foundry"".",SUPPORTS,OUTLET,per Bloomberg,2023-12-05,false,s1,Nio’s Big Win,EV News,2023-12-05,INFERRED,https://example.org/a');
    // A quote a spreadsheet would run as a formula is guarded.
    expect(rows[2]).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('gives GraphML the quotes with their source titles and addresses', () => {
    const rel = nioSubgraph.edges[0];
    if (!rel) throw new Error('fixture');
    const xml = graphmlEdge(withEvidence(rel, [lq('Nio used JAC.')]));
    expect(xml).toContain('<data key="e_quotes">Nio used JAC.</data>');
    expect(xml).toContain('<data key="e_quoteSources">Nio’s Big Win</data>');
    expect(xml).toContain('<data key="e_sourceUrls">https://example.org/a</data>');
    expect(graphmlEdge(withEvidence(rel, undefined))).not.toContain('e_quotes');
  });
});

describe('Markdown brief', () => {
  const ev = (text: string, extra: Partial<EvidenceInfo['source']> = {}): EvidenceInfo => ({
    quote: text, reportedOn: null, stance: 'SUPPORTS', marksEnd: false, paragraph: text,
    attribution: { kind: 'ARTICLE', name: null, entity: null },
    source: { id: 's1', title: 'Nio’s [Big] Win', publisher: 'EV News', author: null, publishedOn: '2023-12-05', publishedOnBasis: 'INFERRED', publishedOnNote: null, url: 'https://example.org/a', ...extra },
  });
  const traced = setTrace(state, {
    from: 'jac', to: 'miit', active: null,
    paths: [{ steps: [
      { entityId: 'jac', viaId: null, reversed: false },
      { entityId: 'nio', viaId: 'nio-built-by-jac', reversed: true },
      { entityId: 'miit', viaId: 'nio-approved-by-miit', reversed: false },
    ] }],
  });

  it('writes the steps with footnotes, linked sources, the export date, inferred dates and a link back', () => {
    const md = toBriefMarkdown({
      state: traced,
      evidence: { 'nio-built-by-jac': [ev('Nio used *JAC*.')], 'nio-approved-by-miit': [ev('NIO appeared.', { url: null })] },
      viewUrl: 'http://localhost:4000/?n=jac,miit,nio&t=jac,miit',
      now: NOW,
    });
    expect(md).toContain('# How JAC connects to MIIT');
    expect(md).toContain('All dates · exported 3 May 2025 · [open this view in Linkage](http://localhost:4000/?n=jac,miit,nio&t=jac,miit)');
    expect(md).toContain('## Path 1: 2 steps');
    expect(md).toContain('1. **NIO → is built by → JAC** (ended; from 2018; until Dec 2023)[^1]');
    expect(md).toContain('[^1]: “Nio used \\*JAC\\*.” — in the article’s own voice — [Nio’s \\[Big\\] Win](https://example.org/a) — EV News — 5 Dec 2023 (date inferred).');
    expect(md).toContain('[^2]: “NIO appeared.” — in the article’s own voice — Nio’s \\[Big\\] Win — EV News — 5 Dec 2023 (date inferred). No URL known.');
  });
});
