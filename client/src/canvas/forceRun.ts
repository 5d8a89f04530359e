// Runs the large-canvas force layout for a set of Cytoscape nodes: their plain data goes to the
// runner (the worker), the positions come back, and they are applied in one batch, so Cytoscape
// redraws once instead of once per node. What the run did is kept in the instance's scratch pad
// (LAST_RUN) for the page benchmark and the console.
import type cytoscape from 'cytoscape';
import { answer } from './force/protocol';
import type { ForceNode } from './force/forceLayout';
import type { LayoutReply, LayoutRequest } from './force/protocol';
import { forceSettings } from './scale';

export const LAST_RUN = 'linkage.forceRun';

export interface ForceRunRecord {
  readonly nodes: number;
  readonly ticks: number;
  readonly askedTicks: number;
  /** The layout's own time in the worker, and the whole round trip seen from the page. */
  readonly workerMs: number;
  readonly roundTripMs: number;
}

/** What lays out a request: the worker (./layoutWorker.ts), or the page itself. */
export type ForceRunner = (request: Omit<LayoutRequest, 'type' | 'id'>) => Promise<Extract<LayoutReply, { type: 'positions' }>>;

/** The same answer the worker gives, computed on the page (freezing it while it runs). */
export const onPage: ForceRunner = (request) => {
  const reply = answer({ type: 'layout', id: 0, ...request });
  return reply.type === 'positions' ? Promise.resolve(reply) : Promise.reject(new Error(reply.message));
};

/**
 * Lays out `nodes` with the links among them; `pinned` nodes (a subset) push and pull but stay put.
 * Unpinned nodes start from nothing: the layout puts each next to a placed neighbour first.
 */
export async function runForce(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, pinned: cytoscape.NodeCollection, runner: ForceRunner = onPage): Promise<void> {
  if (nodes.empty()) return;
  const ids = nodes.map((n) => n.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  const plain: ForceNode[] = nodes.map((n) => {
    const r = Math.max(n.width(), n.height()) / 2;
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
  const moving = nodes.difference(pinned);
  // Not drawn piled up where they were added while the worker places them (stylesheetLarge.ts).
  moving.addClass('placing');
  try {
    const reply = await runner({ nodes: plain, edges, options: settings });
    if (cy.destroyed()) return;
    cy.batch(() => {
      nodes.forEach((n, i) => {
        if (n.removed() || pinned.contains(n)) return;
        n.position({ x: reply.xs[i] ?? 0, y: reply.ys[i] ?? 0 });
      });
    });
    const record: ForceRunRecord = { nodes: nodes.length, ticks: reply.ticks, askedTicks: settings.ticks, workerMs: reply.ms, roundTripMs: performance.now() - started };
    cy.scratch(LAST_RUN, record);
  } finally {
    if (!cy.destroyed()) moving.removeClass('placing');
  }
}
