// Proposed-but-unreviewed links on the canvas: drawn dotted and grey with a "proposed" label, apart
// from the graph's links, and only between entities the canvas shows. They are not `rel` edges, so
// tapping one selects nothing of the graph and no export includes them.
import type cytoscape from 'cytoscape';
import type { GraphState } from '../model/types';
import { RELATION_STYLES } from '../theme/relationStyles';
import type { EdgeElement } from './elements';

export function proposedElements(state: GraphState, shown: ReadonlySet<string>): EdgeElement[] {
  return (state.proposed ?? [])
    .filter((p) => shown.has(p.from) && shown.has(p.to))
    .map((p) => ({
      group: 'edges',
      data: { id: p.id, source: p.from, target: p.to, label: `proposed: ${RELATION_STYLES[p.type].short}`, tip: `Proposed by ${p.author}, awaiting review` },
      classes: 'proposed',
    }));
}

export const PROPOSED_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'edge.proposed',
    style: {
      'line-color': '#868e96',
      'target-arrow-color': '#868e96',
      'target-arrow-shape': 'triangle',
      'target-arrow-fill': 'hollow',
      'line-style': 'dotted',
      width: 2,
      opacity: 0.9,
      color: '#495057',
      'font-style': 'italic',
      'min-zoomed-font-size': 4,
    },
  },
];
