// Layouts: a full run when asked (or on an empty canvas), and an incremental run when nodes are added,
// in which every node already placed is pinned so the reader's mental map survives an expansion.
import type cytoscape from 'cytoscape';
import type { LayoutName } from '../model/types';
import { runForce } from './forceRun';
import type { ForceRunner } from './forceRun';
import { animateViewUpTo, layoutEngine } from './scale';
import { stretchFactors } from './stretch';

export { stretchFactors } from './stretch';

const ANIMATION_MS = 350;

function fcoseOptions(): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: 'default',
    animate: true,
    animationDuration: ANIMATION_MS,
    nodeDimensionsIncludeLabels: true,
    // Compact enough that a fitted canvas of 40 entities keeps labels readable (labels.ts), with
    // gravity pulling unconnected entities in rather than leaving them at the edges.
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 110,
    nodeSeparation: 80,
    gravity: 0.6,
    packComponents: false,
  };
}

function dagreOptions(): Record<string, unknown> {
  // Links point from the owned to the owner (SUBSIDIARY_OF, BRAND_OF), so bottom-to-top puts parents on top.
  return { name: 'dagre', rankDir: 'BT', nodeSep: 110, rankSep: 110, edgeSep: 20, animate: true, animationDuration: ANIMATION_MS };
}

/** Above this many nodes, animating a layout costs more than it tells the reader. */
const ANIMATE_UP_TO = 250;

function run(eles: cytoscape.Collection | cytoscape.NodeCollection, options: Record<string, unknown>): Promise<void> {
  return new Promise((resolve) => {
    const animate = options.animate === true && eles.nodes().length <= ANIMATE_UP_TO;
    const layout = eles.layout({ ...options, animate, stop: () => resolve() } as unknown as cytoscape.LayoutOptions);
    layout.run();
  });
}

/**
 * Lays out every node again with the chosen algorithm and fits the view. A large canvas gets the
 * force layout of ./force/ through `runner` (the worker) instead of fcose (./scale.ts).
 */
export function layoutAll(cy: cytoscape.Core, name: LayoutName, runner?: ForceRunner): Promise<void> {
  const eles = cy.elements();
  if (eles.nodes().empty()) return Promise.resolve();
  const engine = layoutEngine(name, eles.length);
  const options = name === 'dagre' ? dagreOptions() : { ...fcoseOptions(), randomize: true };
  // A hierarchy's proportions carry meaning (its ranks); a force layout's do not, so it is stretched to the view.
  if (engine === 'force') return runForce(cy, eles.nodes(), cy.collection(), runner, { w: cy.width(), h: cy.height() }).then(() => fitView(cy));
  const placed = run(eles, { ...options, fit: false });
  return (name === 'dagre' ? placed : placed.then(() => stretchToView(cy))).then(() => fitView(cy));
}

function stretchToView(cy: cytoscape.Core): Promise<void> {
  const nodes = cy.nodes();
  if (nodes.length < 3) return Promise.resolve();
  const bb = cy.elements().boundingBox({});
  const { sx, sy } = stretchFactors(bb, { w: cy.width(), h: cy.height() });
  if (sx * sy < 1.1) return Promise.resolve();
  const c = { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 };
  const positions = (n: cytoscape.NodeSingular): cytoscape.Position => ({ x: c.x + (n.position('x') - c.x) * sx, y: c.y + (n.position('y') - c.y) * sy });
  return run(nodes, { name: 'preset', positions, animate: true, animationDuration: ANIMATION_MS, fit: false });
}

/** Zoom beyond this when fitting makes a three-node graph look like a poster. */
const MAX_FIT_ZOOM = 1.25;
const FIT_PADDING = 50;

/** Fits the elements in view like cy.fit, but never zooms in past a comfortable reading size. */
export function fitView(cy: cytoscape.Core, eles: cytoscape.Collection = cy.elements(), animate = true): void {
  if (eles.empty()) return;
  const bb = eles.boundingBox({});
  const w = Math.max(1, cy.width() - 2 * FIT_PADDING);
  const h = Math.max(1, cy.height() - 2 * FIT_PADDING);
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
  const pan = { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
  if (animate && animateViewUpTo(cy.elements().length)) cy.animate({ zoom, pan, duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

/** Puts new nodes next to a placed neighbour first, so the incremental run starts from a sensible place. */
export function seedPositions(cy: cytoscape.Core, fresh: cytoscape.NodeCollection): void {
  const placed = new Map<string, cytoscape.Position>();
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const viewCentre = { x: (centre.x - cy.pan().x) / cy.zoom(), y: (centre.y - cy.pan().y) / cy.zoom() };
  let i = 0;
  fresh.forEach((node) => {
    const anchors = node
      .neighborhood('node')
      .nodes()
      .filter((n) => !fresh.contains(n) || placed.has(n.id()));
    const anchor = anchors.nonempty() ? anchors[0] : undefined;
    const base = anchor ? (placed.get(anchor.id()) ?? anchor.position()) : viewCentre;
    // Golden-angle spiral keeps siblings of the same anchor from landing on one another.
    const angle = i * 2.399963;
    const radius = 90 + 6 * Math.sqrt(i);
    const pos = { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) };
    node.position(pos);
    placed.set(node.id(), pos);
    i += 1;
  });
}

const WHOLE_GRAPH_UP_TO = 600;

/**
 * fcose honours fixed nodes only up to a small shift of the whole result; move everything back so
 * pinned nodes sit exactly where they were and new ones keep their place relative to them.
 */
function undoDrift(pinned: cytoscape.NodeCollection, fresh: cytoscape.NodeCollection, saved: Map<string, cytoscape.Position>): void {
  if (pinned.empty()) return;
  let dx = 0;
  let dy = 0;
  pinned.forEach((n) => {
    const was = saved.get(n.id());
    if (!was) return;
    dx += n.position('x') - was.x;
    dy += n.position('y') - was.y;
  });
  dx /= pinned.length;
  dy /= pinned.length;
  fresh.forEach((n) => {
    n.position({ x: n.position('x') - dx, y: n.position('y') - dy });
  });
  pinned.forEach((n) => {
    const was = saved.get(n.id());
    if (was) n.position(was);
  });
}

/** Lays out the new nodes with every node that was already placed held where it is. */
export async function layoutNew(cy: cytoscape.Core, fresh: cytoscape.NodeCollection, name: LayoutName, runner?: ForceRunner): Promise<void> {
  if (fresh.empty()) return;
  const old = cy.nodes().difference(fresh);
  if (old.empty()) {
    await layoutAll(cy, name, runner);
    return;
  }
  seedPositions(cy, fresh);
  if (name === 'dagre') {
    // A hierarchy has to be recomputed as a whole; dagre is deterministic, so old nodes move little.
    await run(cy.elements(), { ...dagreOptions(), fit: false });
  } else {
    // Everything joins the run (pinned) so new nodes are pushed clear of old ones, unless the
    // canvas is so large that only the neighbourhood of the new nodes is worth the time.
    const area = cy.nodes().length <= WHOLE_GRAPH_UP_TO ? cy.elements() : fresh.union(fresh.neighborhood());
    const pinned = area.nodes().difference(fresh).nodes();
    const saved = new Map(pinned.map((n) => [n.id(), { ...n.position() }]));
    if (layoutEngine(name, area.length) === 'force') {
      // Many new nodes at once (a large expansion): the worker places them around the pinned ones, which it never moves.
      await runForce(cy, area.nodes(), pinned, runner);
    } else if (area.nodes().length > 1) {
      await run(area, {
        ...fcoseOptions(),
        randomize: false,
        quality: 'proof',
        fit: false,
        fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: saved.get(n.id()) })),
      });
      undoDrift(pinned, fresh, saved);
    }
  }
  revealNodes(cy, fresh);
}

/** Pans and zooms out just enough to show the given nodes, without zooming in. */
export function revealNodes(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): void {
  if (nodes.empty()) return;
  const bb = nodes.boundingBox({});
  const ext = cy.extent();
  const inside = bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
  if (inside) return;
  fitView(cy);
}
