// Runs the large-canvas force layout for a set of Cytoscape nodes: their plain data goes to the
// runner (the worker), the positions come back, and they are applied in one batch, so Cytoscape
// redraws once instead of once per node. What the run did is kept in the instance's scratch pad
// (LAST_RUN) for the page benchmark and the console.
import type cytoscape from 'cytoscape';
import { answer } from './force/protocol';
import type { ForceNode } from './force/forceLayout';
import type { LayoutReply, LayoutRequest } from './force/protocol';
import { forceSettings } from './scale';
import { NODE_SIZE } from './stylesheet';
import { PLACING } from './sync';
import { stretchFactors } from './stretch';

export const LAST_RUN = 'linkage.forceRun';

/** Half an entity's side plus its border. */
const ENTITY_RADIUS = NODE_SIZE / 2 + 2;

export interface ForceRunRecord {
  readonly nodes: number;
  readonly ticks: number;
  readonly askedTicks: number;
  /** Reading the nodes and links off the canvas, the layout's own time in the worker, the round trip seen from the page, and placing the result. */
  readonly prepareMs: number;
  readonly workerMs: number;
  readonly roundTripMs: number;
  readonly applyMs: number;
}

/** What lays out a request: the worker (./layoutWorker.ts), or the page itself. */
export type ForceRunner = (request: Omit<LayoutRequest, 'type' | 'id'>) => Promise<Extract<LayoutReply, { type: 'positions' }>>;

/** The same answer the worker gives, computed on the page (freezing it while it runs). */
export const onPage: ForceRunner = (request) => {
  const reply = answer({ type: 'layout', id: 0, ...request });
  return reply.type === 'positions' ? Promise.resolve(reply) : Promise.reject(new Error(reply.message));
};

/** How a fresh layout is stretched to the view's proportions (as layout.ts stretches fcose's), around its centre. */
function stretchOf(xs: Float64Array, ys: Float64Array, fixed: readonly boolean[], view: { w: number; h: number }): { sx: number; sy: number; cx: number; cy: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  xs.forEach((x, i) => {
    if (fixed[i]) return;
    const y = ys[i] ?? 0;
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  });
  if (!Number.isFinite(x1)) return { sx: 1, sy: 1, cx: 0, cy: 0 };
  return { ...stretchFactors({ w: x2 - x1, h: y2 - y1 }, view), cx: (x1 + x2) / 2, cy: (y1 + y2) / 2 };
}

/**
 * Lays out `nodes` with the links among them; `pinned` nodes (a subset) push and pull but stay put.
 * Unpinned nodes start from nothing: the layout puts each next to a placed neighbour first. With a
 * `view` (a fresh layout of the whole canvas), the result is stretched to its proportions in the
 * same batch that places it, so thousands of nodes move once.
 */
export async function runForce(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, pinned: cytoscape.NodeCollection, runner: ForceRunner = onPage, view?: { w: number; h: number }): Promise<void> {
  if (nodes.empty()) return;
  const t0 = performance.now();
  const ids = nodes.map((n) => n.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  // Entities have one size (reading it off each node would compute every node's style first).
  const plain: ForceNode[] = nodes.map((n) => {
    const r = n.hasClass('entity') ? ENTITY_RADIUS : Math.max(n.width(), n.height(), NODE_SIZE) / 2;
    return pinned.contains(n) ? { x: n.position('x'), y: n.position('y'), fixed: true, r } : { r };
  });
  const edges: [number, number][] = [];
  nodes.connectedEdges().forEach((e) => {
    const s = index.get(e.source().id());
    const t = index.get(e.target().id());
    if (s !== undefined && t !== undefined) edges.push([s, t]);
  });
  const settings = forceSettings(nodes.length);
  const started = performance.now();
  const reply = await runner({ nodes: plain, edges, options: settings });
  const received = performance.now();
  if (cy.destroyed()) return;
  const fixed = plain.map((p) => p.fixed === true);
  const { sx, sy, cx, cy: cY } = view ? stretchOf(reply.xs, reply.ys, fixed, view) : { sx: 1, sy: 1, cx: 0, cy: 0 };
  cy.batch(() => {
    nodes.forEach((n, i) => {
      if (n.removed() || fixed[i]) return;
      n.position({ x: cx + ((reply.xs[i] ?? 0) - cx) * sx, y: cY + ((reply.ys[i] ?? 0) - cY) * sy });
    });
    // Shown where they belong, in the same batch (sync.ts hid them until now).
    nodes.filter(`.${PLACING}`).removeClass(PLACING);
  });
  const record: ForceRunRecord = {
    nodes: nodes.length, ticks: reply.ticks, askedTicks: settings.ticks,
    prepareMs: started - t0, workerMs: reply.ms, roundTripMs: received - started, applyMs: performance.now() - received,
  };
  cy.scratch(LAST_RUN, record);
}
