// The stylesheet's additions for a large canvas (./scale.ts): links drawn as haystack lines, which
// Cytoscape draws without working out curves for every bundle of parallel links (the largest cost
// of drawing thousands of links), with the direction kept by an arrowhead at the line's middle
// (the only arrows haystack lines take); link labels only on the link pointed at, selected or traced.
import type cytoscape from 'cytoscape';
import { RELATION_TYPES } from '#vocabulary';
import type { RelationType } from '../model/types';
import { RELATION_STYLES } from '../theme/relationStyles';

export function largeCanvasBlocks(): cytoscape.StylesheetJson {
  const arrows = (Object.keys(RELATION_TYPES) as RelationType[]).map((type) => ({
    selector: `edge.rel-${type}`,
    style: { 'mid-target-arrow-shape': RELATION_STYLES[type].arrow, 'mid-target-arrow-color': RELATION_STYLES[type].colour },
  }));
  return [
    { selector: 'edge.rel', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '' } },
    ...arrows,
    { selector: 'edge.rel.undated', style: { 'mid-target-arrow-fill': 'hollow' } },
    { selector: 'edge.rel.hover, edge.rel.chosen, edge.rel.traced', style: { label: 'data(label)' } },
    // Fading by the date would animate thousands of elements at once.
    { selector: 'node, edge', style: { 'transition-duration': 0 } },
    // Nodes added for the worker to place are not drawn piled up where they were added (sync.ts adds them with this class).
    { selector: 'node.placing', style: { display: 'none' } },
  ];
}
