// Links bent around the nodes in their way: the geometry, without a canvas.
import { CLEARANCE, PARALLEL_STEP, bendFor, bundleBends } from '../../client/src/canvas/routing';

/** How far the curve a→b bent by `bend` passes from a point (sampled along the curve). */
function distanceFromCurve(a: { x: number; y: number }, b: { x: number; y: number }, bend: number, p: { x: number; y: number }): number {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
  const c = { x: (a.x + b.x) / 2 + n.x * bend, y: (a.y + b.y) / 2 + n.y * bend };
  let best = Infinity;
  for (let i = 0; i <= 200; i += 1) {
    const t = i / 200;
    const x = (1 - t) ** 2 * a.x + 2 * t * (1 - t) * c.x + t ** 2 * b.x;
    const y = (1 - t) ** 2 * a.y + 2 * t * (1 - t) * c.y + t ** 2 * b.y;
    best = Math.min(best, Math.hypot(x - p.x, y - p.y));
  }
  return best;
}

describe('canvas/routing', () => {
  const a = { x: -200, y: 0 };
  const b = { x: 200, y: 0 };

  it('leaves a link straight when no node is in its way', () => {
    expect(bendFor(a, b, [{ x: 0, y: 80, r: 17 }, { x: 300, y: 0, r: 17 }], 360)).toBe(0);
  });

  it('bends a link around a node on its line, clear by the margin, no further than needed', () => {
    const node = { x: 0, y: 0, r: 17 };
    const bend = bendFor(a, b, [node], 360);
    expect(bend).not.toBeNull();
    expect(Math.abs(bend ?? 0)).toBeGreaterThan(0);
    expect(distanceFromCurve(a, b, bend ?? 0, node)).toBeGreaterThanOrEqual(node.r + CLEARANCE - 1);
    expect(Math.abs(bend ?? 0)).toBeLessThanOrEqual(2 * (node.r + CLEARANCE) + 1);
  });

  it('bends away from the side a node sits on, and around a second node on that side', () => {
    const below = { x: 0, y: 10, r: 17 };
    const bend = bendFor(a, b, [below], 360) ?? 0;
    // Positive bends go towards (−dy, dx), here +y, where the node is: this one bends the other way.
    expect(bend).toBeLessThan(0);
    const blocked = bendFor(a, b, [below, { x: 0, y: -40, r: 17 }], 360) ?? 0;
    for (const n of [below, { x: 0, y: -40, r: 17 }]) expect(distanceFromCurve(a, b, blocked, n)).toBeGreaterThanOrEqual(n.r + CLEARANCE - 1);
  });

  it('gives up (null) when no bend within the limit clears the nodes, and ignores nodes on an end', () => {
    expect(bendFor(a, b, [{ x: 0, y: 0, r: 500 }], 100)).toBeNull();
    expect(bendFor(a, b, [{ x: -195, y: 0, r: 17 }], 360)).toBe(0);
  });

  it('spreads a bundle of parallel links around its bend, as Cytoscape spreads one', () => {
    expect(bundleBends(50, 1)).toEqual([50]);
    expect(bundleBends(50, 2)).toEqual([50 - PARALLEL_STEP / 2, 50 + PARALLEL_STEP / 2]);
    expect(bundleBends(0, 3)).toEqual([-PARALLEL_STEP, 0, PARALLEL_STEP]);
  });
});
