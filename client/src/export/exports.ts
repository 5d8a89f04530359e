// The page's exports: images of the view from Cytoscape, data files of the visible subgraph from the model.
import type cytoscape from 'cytoscape';
import { toGraphML } from '#vocabulary/exchange/graphml';
import type { GraphState } from '../model/types';
import { exportableGraph } from '../model/visible';
import type { EvidenceInfo } from '../api/linkage';
import { toBrief } from './brief';
import { download, stampedName } from './download';
import { toJsonExport } from './json';

type SvgCapable = cytoscape.Core & { svg(options: { full?: boolean; scale?: number; bg?: string }): string };

const BACKGROUND = '#ffffff';

export function exportPng(cy: cytoscape.Core): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: BACKGROUND });
  download(blob, stampedName('linkage-view', 'png'), 'image/png');
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

export function exportSvg(cy: cytoscape.Core): void {
  download(svgOf(cy), stampedName('linkage-view', 'svg'), 'image/svg+xml');
}

export function exportJson(state: GraphState): void {
  download(toJsonExport(exportableGraph(state), state), stampedName('linkage-subgraph', 'json'), 'application/json');
}

export function exportGraphML(state: GraphState): void {
  download(toGraphML(exportableGraph(state)), stampedName('linkage-subgraph', 'graphml'), 'application/graphml+xml');
}

export function exportBrief(state: GraphState, evidence: Readonly<Record<string, readonly EvidenceInfo[]>>): void {
  download(toBrief({ state, evidence }), stampedName('linkage-brief', 'txt'), 'text/plain;charset=utf-8');
}
