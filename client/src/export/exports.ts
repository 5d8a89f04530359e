// The page's exports: images of the view from Cytoscape, framed with a title, the legend, the date
// and a credit line; data files of the visible subgraph from the model, with the links' quotes
// fetched for them (api/linkQuotes.ts) where a file carries evidence.
import type cytoscape from 'cytoscape';
import { toGraphML } from '#vocabulary/exchange/graphml';
import type { GraphmlEdge } from '#vocabulary/exchange/graphml';
import type { LinkQuote } from '../api/linkQuotes';
import type { GraphState, RelationshipData } from '../model/types';
import { exportableGraph } from '../model/visible';
import type { EvidenceInfo } from '../api/linkage';
import { toBrief } from './brief';
import { toBriefMarkdown } from './briefMarkdown';
import { toEntitiesCsv, toLinksCsv } from './csv';
import { download, stampedName } from './download';
import { drawFrame, frameSize, framedSvg } from './frame';
import type { CreditSource, Furniture } from './furniture';
import { toJsonExport } from './json';

/** The quotes of the links an export covers; the caller fetches them (the API) or passes what it has. */
export type QuotesOf = Readonly<Record<string, readonly LinkQuote[]>>;

export const creditSources = (quotes: QuotesOf): CreditSource[] => {
  const byId = new Map<string, CreditSource>();
  for (const list of Object.values(quotes)) for (const q of list) byId.set(q.source.id, { id: q.source.id, title: q.source.title, publisher: q.source.publisher });
  return [...byId.values()];
};

type SvgCapable = cytoscape.Core & { svg(options: { full?: boolean; scale?: number; bg?: string }): string };

const BACKGROUND = '#ffffff';

const PNG_SCALE = 2;

/** The graph's extent in model units, which the image exports draw at scale 1. */
const extentOf = (cy: cytoscape.Core): { w: number; h: number } => {
  const bb = cy.elements().boundingBox({});
  return { w: Math.max(1, Math.ceil(bb.w)), h: Math.max(1, Math.ceil(bb.h)) };
};

/** The view as a PNG at twice its size, with the furniture drawn around it. */
export async function framedPng(cy: cytoscape.Core, furniture: Furniture): Promise<Blob> {
  const { w, h } = extentOf(cy);
  const uri = cy.png({ output: 'base64uri', full: true, scale: PNG_SCALE, bg: BACKGROUND });
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The canvas image did not load'));
    image.src = uri;
  });
  const size = frameSize(furniture, w, h);
  const canvas = document.createElement('canvas');
  canvas.width = size.width * PNG_SCALE;
  canvas.height = size.height * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas for the PNG export');
  drawFrame(ctx, image, w, h, furniture, PNG_SCALE);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be written'))), 'image/png'));
}

export async function exportPng(cy: cytoscape.Core, furniture: Furniture): Promise<void> {
  download(await framedPng(cy, furniture), stampedName('linkage-view', 'png'), 'image/png');
}

/** The part of Cytoscape's canvas renderer that draws rounded polygons (round-triangle, round-tag, round-diamond). */
interface RoundPolygonDrawer {
  drawRoundPolygonPath(context: { beginPath?: () => void }, ...rest: unknown[]): void;
}

/**
 * cytoscape-svg draws through canvas2svg, which makes one SVG element per beginPath(). Cytoscape's
 * rounded polygons start without one (its canvas calls hand them a fresh Path2D), so their outline
 * was appended to the element drawn before (a label, or a highlight disc, which then took the
 * node's colour) and the shape vanished, with "Attempted to apply path command to node g/text" in
 * the console. Starting a path first is what a canvas would have done; the patch lives only for
 * the export.
 */
function withRoundPolygonsBegun<T>(cy: cytoscape.Core, run: () => T): T {
  const renderer = (cy as unknown as { renderer(): RoundPolygonDrawer }).renderer();
  const own = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function drawBegun(this: RoundPolygonDrawer, context, ...rest) {
    context.beginPath?.();
    original.call(this, context, ...rest);
  };
  try {
    return run();
  } finally {
    if (own) renderer.drawRoundPolygonPath = original;
    else delete (renderer as Partial<RoundPolygonDrawer>).drawRoundPolygonPath;
  }
}

export function svgOf(cy: cytoscape.Core): string {
  return withRoundPolygonsBegun(cy, () => (cy as SvgCapable).svg({ full: true, scale: 1, bg: BACKGROUND }));
}

export function exportSvg(cy: cytoscape.Core, furniture: Furniture): void {
  const { w, h } = extentOf(cy);
  download(framedSvg(svgOf(cy), w, h, furniture), stampedName('linkage-view', 'svg'), 'image/svg+xml');
}

export function exportJson(state: GraphState): void {
  download(toJsonExport(exportableGraph(state), state), stampedName('linkage-subgraph', 'json'), 'application/json');
}

/** A page link with its quotes in the shared writer's shape, so Gephi shows quote, source and address. */
export const withEvidence = (rel: RelationshipData, quotes: readonly LinkQuote[] | undefined): GraphmlEdge =>
  quotes === undefined
    ? rel
    : {
        ...rel,
        evidence: quotes.map((q) => ({
          source: q.source.id, sourceTitle: q.source.title, sourceUrl: q.source.url, quote: q.quote, stance: q.stance,
          attribution: { kind: q.attribution.kind, name: q.attribution.name },
        })),
      };

export function exportGraphML(state: GraphState, quotes: QuotesOf): void {
  const graph = exportableGraph(state);
  const xml = toGraphML({ nodes: graph.nodes, edges: graph.edges.map((e) => withEvidence(e, quotes[e.id])) });
  download(xml, stampedName('linkage-subgraph', 'graphml'), 'application/graphml+xml');
}

export function exportEntitiesCsv(state: GraphState): void {
  download(toEntitiesCsv(exportableGraph(state).nodes), stampedName('linkage-entities', 'csv'), 'text/csv;charset=utf-8');
}

export function exportLinksCsv(state: GraphState, quotes: QuotesOf): void {
  download(toLinksCsv(exportableGraph(state), quotes), stampedName('linkage-links', 'csv'), 'text/csv;charset=utf-8');
}

export function exportBrief(state: GraphState, evidence: Readonly<Record<string, readonly EvidenceInfo[]>>): void {
  download(toBrief({ state, evidence }), stampedName('linkage-brief', 'txt'), 'text/plain;charset=utf-8');
}

export function exportBriefMarkdown(state: GraphState, evidence: Readonly<Record<string, readonly EvidenceInfo[]>>, viewUrl: string): void {
  download(toBriefMarkdown({ state, evidence, viewUrl }), stampedName('linkage-brief', 'md'), 'text/markdown;charset=utf-8');
}
