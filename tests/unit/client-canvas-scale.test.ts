// The large canvas's pure parts: which layout and options a size gets, the layout worker's
// messages, and the force layout itself (run here in Node, as the worker runs it).
import { forceLayout, initialPositions } from '../../client/src/canvas/force/forceLayout';
import type { ForceNode } from '../../client/src/canvas/force/forceLayout';
import { answer, replyProblem, requestProblem } from '../../client/src/canvas/force/protocol';
import { FORCE_FROM, LARGE_FROM, SMALL_BELOW, animateViewUpTo, canvasScale, forceSettings, layoutEngine, scaleOptions } from '../../client/src/canvas/scale';
import { pageGraph } from '../../bench/page/graph';

/** A hub with `leaves` leaves, plus a chain hanging off the first leaf. */
function star(leaves: number): { nodes: ForceNode[]; edges: [number, number][] } {
  const nodes: ForceNode[] = Array.from({ length: leaves + 3 }, () => ({ r: 19 }));
  const edges: [number, number][] = Array.from({ length: leaves }, (_, i) => [0, i + 1]);
  edges.push([1, leaves + 1], [leaves + 1, leaves + 2]);
  return { nodes, edges };
}

const dist = (xs: Float64Array, ys: Float64Array, a: number, b: number): number => Math.hypot((xs[a] ?? 0) - (xs[b] ?? 0), (ys[a] ?? 0) - (ys[b] ?? 0));

describe('canvas/scale', () => {
  it('keeps fcose below the threshold and uses the worker force layout from it, but never replaces a hierarchy', () => {
    expect(layoutEngine('fcose', FORCE_FROM - 1)).toBe('fcose');
    expect(layoutEngine('fcose', FORCE_FROM)).toBe('force');
    expect(layoutEngine('fcose', 5000)).toBe('force');
    expect(layoutEngine('dagre', 5000)).toBe('dagre');
  });

  it('switches to the large-canvas options at LARGE_FROM and back only below SMALL_BELOW', () => {
    expect(canvasScale(LARGE_FROM - 1, null)).toBe('small');
    expect(canvasScale(LARGE_FROM, null)).toBe('large');
    expect(canvasScale(SMALL_BELOW, 'large')).toBe('large');
    expect(canvasScale(SMALL_BELOW - 1, 'large')).toBe('small');
    expect(canvasScale(SMALL_BELOW, 'small')).toBe('small');
  });

  it('pans a texture only on a large canvas, and animates the view only on a small one', () => {
    expect(scaleOptions('small')).toEqual({ textureOnViewport: false, motionBlur: false });
    expect(scaleOptions('large')).toMatchObject({ textureOnViewport: true, hideLabelsOnViewport: true, pixelRatio: 1 });
    expect(animateViewUpTo(LARGE_FROM - 1)).toBe(true);
    expect(animateViewUpTo(LARGE_FROM)).toBe(false);
  });

  it('gives larger runs fewer ticks, under a time ceiling', () => {
    expect(forceSettings(2000).ticks).toBeLessThan(forceSettings(500).ticks);
    expect(forceSettings(2000).budgetMs).toBeGreaterThan(0);
  });
});

describe('canvas/force/protocol', () => {
  const request = { type: 'layout', id: 7, nodes: [{ r: 19 }, { r: 19, x: 0, y: 0, fixed: true }], edges: [[0, 1]], options: { idealLength: 110, ticks: 20 } };

  it('accepts a well-formed request and answers it with one position per node', () => {
    expect(requestProblem(request)).toBeNull();
    const reply = answer(request);
    expect(reply.type).toBe('positions');
    expect(reply.id).toBe(7);
    expect(replyProblem(reply, 7, 2)).toBeNull();
    if (reply.type !== 'positions') throw new Error('no positions');
    expect(Array.from(reply.xs.slice(1))).toEqual([0]);
    expect(reply.ticks).toBe(20);
  });

  it('says what is wrong with a malformed request instead of laying it out', () => {
    expect(requestProblem({ ...request, type: 'other' })).toBe('not a layout request');
    expect(requestProblem({ ...request, nodes: [{ r: 19, x: 1 }] })).toMatch(/both x and y/);
    expect(requestProblem({ ...request, edges: [[0, 5]] })).toMatch(/pairs of node indexes/);
    expect(requestProblem({ ...request, options: { idealLength: 110, ticks: 1.5 } })).toMatch(/whole ticks/);
    expect(answer({ ...request, edges: 'none' })).toEqual({ type: 'failed', id: 7, message: 'edges must be pairs of node indexes' });
  });

  it('refuses a reply to another request, a failure, or one with the wrong number of positions', () => {
    const reply = answer(request);
    expect(replyProblem(reply, 8, 2)).toBe('a reply to another request');
    expect(replyProblem(reply, 7, 3)).toBe('positions for 2 nodes, not 3');
    expect(replyProblem({ type: 'failed', id: 7, message: 'boom' }, 7, 2)).toBe('the layout failed: boom');
    expect(replyProblem({ type: 'positions', id: 7, xs: [0, 0], ys: [0, 0] }, 7, 2)).toBe('not a positions reply');
  });
});

describe('canvas/force/forceLayout', () => {
  it('starts each unplaced node an ideal length from a placed neighbour', () => {
    const { xs, ys } = initialPositions([{ r: 19, x: 500, y: 300 }, { r: 19 }, { r: 19 }], [[1], [0, 2], [1]], 100);
    expect(xs[0]).toBe(500);
    expect(ys[0]).toBe(300);
    const d01 = dist(xs, ys, 0, 1);
    expect(d01).toBeGreaterThan(70);
    expect(d01).toBeLessThan(130);
    expect(dist(xs, ys, 1, 2)).toBeLessThan(130);
  });

  it('spreads a hub\'s leaves around it without two nodes overlapping', () => {
    const { nodes, edges } = star(60);
    const { xs, ys } = forceLayout(nodes, edges, { idealLength: 110, ticks: 300 });
    let closest = Infinity;
    for (let a = 0; a < nodes.length; a += 1) for (let b = a + 1; b < nodes.length; b += 1) closest = Math.min(closest, dist(xs, ys, a, b));
    expect(closest).toBeGreaterThan(30);
    // The chain's far end sits further from the hub than the leaf it hangs from.
    expect(dist(xs, ys, 0, 62)).toBeGreaterThan(dist(xs, ys, 0, 1));
  });

  it('keeps pinned nodes exactly where they were and puts new ones near them', () => {
    const nodes: ForceNode[] = [{ r: 19, x: 1000, y: -400, fixed: true }, { r: 19, x: 1300, y: -400, fixed: true }, { r: 19 }, { r: 19 }];
    const { xs, ys } = forceLayout(nodes, [[0, 2], [1, 3], [2, 3]], { idealLength: 110, ticks: 200 });
    expect([xs[0], ys[0], xs[1], ys[1]]).toEqual([1000, -400, 1300, -400]);
    expect(dist(xs, ys, 0, 2)).toBeLessThan(300);
    expect(dist(xs, ys, 1, 3)).toBeLessThan(300);
  });

  it('is deterministic and finite on a bench-sized graph, and keeps linked nodes closer than others', () => {
    const g = pageGraph(1000, 3);
    const index = new Map(g.nodes.map((n, i) => [n.id, i]));
    const nodes = g.nodes.map(() => ({ r: 19 }));
    const edges = g.edges.map((e) => [index.get(e.from) ?? -1, index.get(e.to) ?? -1] as const);
    const one = forceLayout(nodes, edges, { idealLength: 110, ticks: 120 });
    const two = forceLayout(nodes, edges, { idealLength: 110, ticks: 120 });
    expect(Array.from(one.xs)).toEqual(Array.from(two.xs));
    expect(Array.from(one.xs).every(Number.isFinite) && Array.from(one.ys).every(Number.isFinite)).toBe(true);
    const linked = edges.reduce((sum, [s, t]) => sum + dist(one.xs, one.ys, s, t), 0) / edges.length;
    const random = edges.reduce((sum, [s], i) => sum + dist(one.xs, one.ys, s, (s + 1 + i * 37) % nodes.length), 0) / edges.length;
    expect(linked).toBeLessThan(random / 2);
  });

  it('stops at the time budget with the ticks it managed', () => {
    const g = pageGraph(2500, 1);
    const index = new Map(g.nodes.map((n, i) => [n.id, i]));
    const edges = g.edges.map((e) => [index.get(e.from) ?? -1, index.get(e.to) ?? -1] as const);
    const r = forceLayout(g.nodes.map(() => ({ r: 19 })), edges, { idealLength: 110, ticks: 100_000, budgetMs: 50 });
    expect(r.ticks).toBeGreaterThan(0);
    expect(r.ticks).toBeLessThan(100_000);
  });
});

describe('bench/page/graph', () => {
  it('builds exactly the asked number of elements, connected links only, the same for the same seed', () => {
    const g = pageGraph(5000);
    expect(g.nodes.length + g.edges.length).toBe(5000);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to)).toBe(true);
    expect(g.nodes.every((n) => n.degree === g.edges.filter((e) => e.from === n.id || e.to === n.id).length)).toBe(true);
    expect(pageGraph(5000)).toEqual(g);
    // Hubs: a few entities with dozens of links, most with one or two.
    expect(Math.max(...g.nodes.map((n) => n.degree))).toBeGreaterThan(30);
    expect(g.nodes.filter((n) => n.degree <= 2).length).toBeGreaterThan(g.nodes.length / 2);
  });
});
