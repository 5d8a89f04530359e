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

export function exportSvg(cy: cytoscape.Core): void {
  const text = (cy as SvgCapable).svg({ full: true, scale: 1, bg: BACKGROUND });
  download(text, stampedName('linkage-view', 'svg'), 'image/svg+xml');
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
