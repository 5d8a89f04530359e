// The Cytoscape stylesheet, generated from the theme tables so the legend and canvas agree.
import type cytoscape from 'cytoscape';
import { ENTITY_KINDS, ENTITY_TYPES, RELATION_TYPES, STATUSES } from '#vocabulary';
import type { EntityKind, RelationType } from '../model/types';
import { KIND_STYLES, TYPE_COLOURS } from '../theme/entityStyles';
import { LABEL_SIZE, LABEL_WIDTH, MIN_LABEL_PX } from './labels';
import { PROPOSED_STYLE } from './proposed';
import type { CanvasScale } from './scale';
import { largeCanvasBlocks } from './stylesheetLarge';
import { DASH_PATTERNS, READING_STYLES, RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** An entity's width and height (its shape's box), without label and border. */
export const NODE_SIZE = 34;
const INK = '#1f2933';
const SELECT = '#f59f00';

function relationBlocks(): cytoscape.StylesheetJson {
  return (Object.keys(RELATION_TYPES) as RelationType[]).map((type) => {
    const s = RELATION_STYLES[type];
    return {
      selector: `edge.rel-${type}`,
      style: { 'line-color': s.colour, 'target-arrow-color': s.colour, 'target-arrow-shape': s.arrow, width: s.width },
    };
  });
}

function statusBlocks(): cytoscape.StylesheetJson {
  return STATUSES.map((status) => {
    const s = STATUS_STYLES[status];
    return {
      selector: `edge.status-${status}`,
      style: {
        'line-style': s.pattern,
        ...(s.pattern === 'solid' ? {} : { 'line-dash-pattern': [...DASH_PATTERNS[s.pattern]] }),
        opacity: s.opacity,
      },
    };
  });
}

/** Aged reports and undated links in an as-of view, after the status blocks so they win. */
function readingBlocks(): cytoscape.StylesheetJson {
  return (['aged', 'undated'] as const).map((reading) => {
    const r = READING_STYLES[reading];
    return {
      selector: `edge.${reading}`,
      style: {
        opacity: r.opacity,
        ...(r.dash ? { 'line-style': 'dashed' as const, 'line-dash-pattern': [...r.dash] } : {}),
        ...(r.hollow ? { 'target-arrow-fill': 'hollow' as const } : {}),
      },
    };
  });
}

function entityBlocks(): cytoscape.StylesheetJson {
  const kinds = (Object.keys(ENTITY_KINDS) as EntityKind[]).map((kind) => ({
    selector: `node.kind-${kind}`,
    style: { shape: KIND_STYLES[kind].shape },
  }));
  const types = ENTITY_TYPES.map((type) => ({
    selector: `node.type-${type}`,
    style: { 'background-color': TYPE_COLOURS[type] },
  }));
  return [...types, ...kinds];
}

/** The canvas's stylesheet; a large canvas (./scale.ts) draws its links more cheaply. */
export function stylesheet(scale: CanvasScale = 'small'): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        label: 'data(label)',
        'font-family': FONT_STACK,
        // labels.ts raises it as the reader zooms out, so a label is never drawn below MIN_LABEL_PX.
        'font-size': LABEL_SIZE,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        // Names are cut in elements.ts (the whole one shows on hover and selection); wrap keeps the Chinese line.
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_WIDTH}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_LABEL_PX - 1,
        'border-width': 2,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 250,
      },
    },
    ...entityBlocks(),
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 9,
        color: '#495057',
        // Horizontal, so they read without tilting the head; set just above the line's middle.
        'text-rotation': 'none',
        // Set just off the line so a label never hides the link it names.
        'text-margin-y': -7,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
        // Edge labels only once zoomed in: at overview zoom they are noise.
        'min-zoomed-font-size': 10,
        'transition-property': 'opacity',
        'transition-duration': 250,
      },
    },
    ...relationBlocks(),
    {
      // A link bent around a node in its way (routing.ts): one control point, `bend` off the line between the centres.
      selector: 'edge.routed',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': (ele: cytoscape.EdgeSingular) => Number(ele.data('bend') ?? 0),
        'control-point-weights': 0.5,
        'edge-distances': 'node-position',
      },
    },
    ...statusBlocks(),
    { selector: 'edge.live', style: { opacity: 1 } },
    ...readingBlocks(),
    { selector: 'node.idle', style: { opacity: 0.3 } },
    { selector: 'edge.out-of-time', style: { opacity: 0.06, 'text-opacity': 0, events: 'no' } },
    { selector: 'node.more', style: moreNodeStyle() },
    {
      selector: 'edge.more-edge',
      style: { 'line-color': '#ced4da', width: 1, 'line-style': 'dashed', 'target-arrow-shape': 'none', 'curve-style': 'straight', label: '' },
    },
    ...PROPOSED_STYLE,
    { selector: '.dimmed', style: { opacity: 0.2 } },
    { selector: 'node.traced', style: { 'underlay-color': SELECT, 'underlay-opacity': 0.35, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.traced', style: { width: 6, opacity: 1, 'z-index': 10, 'font-size': 10, 'min-zoomed-font-size': 6 } },
    { selector: 'node.hover', style: { 'border-color': INK, 'border-width': 2 } },
    // The whole name, over its neighbours, when pointed at or selected.
    {
      selector: 'node.entity.hover, node.entity.chosen',
      style: { label: 'data(full)', 'text-background-opacity': 1, 'min-zoomed-font-size': 0, 'z-index': 40 },
    },
    { selector: 'edge.hover', style: { 'min-zoomed-font-size': 4, 'z-index': 20 } },
    { selector: 'node.chosen', style: { 'border-color': SELECT, 'border-width': 4, 'z-index': 30 } },
    { selector: 'edge.chosen', style: { 'underlay-color': SELECT, 'underlay-opacity': 0.55, 'underlay-padding': 6, 'min-zoomed-font-size': 4, 'z-index': 30, opacity: 1 } },
    ...(scale === 'large' ? largeCanvasBlocks() : []),
  ];
}

function moreNodeStyle(): cytoscape.Css.Node {
  return {
    shape: 'round-rectangle',
    // Sized from the text: Cytoscape's width: 'label' is deprecated.
    width: (ele: cytoscape.NodeSingular) => Math.max(44, String(ele.data('label') ?? '').length * 6.4 + 8),
    height: 18,
    padding: '5px',
    'background-color': '#f1f3f5',
    'border-width': 1,
    'border-color': '#adb5bd',
    'border-style': 'dashed',
    'font-size': 10,
    'font-weight': 600,
    color: '#495057',
    'text-valign': 'center',
    'text-margin-y': 0,
    'text-background-opacity': 0,
  };
}
