// Links that would run through a node are bent around it, so a link is never drawn across an
// entity it does not touch, and clicking a line picks that line. Existing nodes stay where the
// reader left them (their mental map); only the drawing of the links changes.
//
// The geometry is plain (no Cytoscape), so it is unit-tested in Node. A link from a to b bent by d
// is a quadratic curve whose control point sits d off the chord's middle (Cytoscape's
// unbundled-bezier with one control point at weight 0.5); at chord position t the curve is
// 2·t·(1−t)·d off the chord. A node at (t, s) (s: signed distance from the chord) of radius r is
// cleared when that offset differs from s by at least r plus a margin, which rules out one open
// interval of d per node: the bend is the smallest |d| outside all of them.
import type cytoscape from 'cytoscape';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Obstacle extends Point {
  /** Half the node's larger side. */
  readonly r: number;
}

/** Room kept between a bent link and a node it passes. */
export const CLEARANCE = 8;
/** Nodes this close to an end (as a share of the chord) overlap the end node: no curve avoids them. */
const END_ZONE = 0.06;

/** The signed bend that takes the link a→b clear of the obstacles; 0 when the straight line is clear, null when no bend up to `maxBend` is. */
export function bendFor(a: Point, b: Point, obstacles: readonly Obstacle[], maxBend: number, clearance = CLEARANCE): number | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  if (len < 1) return 0;
  const forbidden: [number, number][] = [];
  for (const o of obstacles) {
    const t = ((o.x - a.x) * dx + (o.y - a.y) * dy) / (len * len);
    if (t <= END_ZONE || t >= 1 - END_ZONE) continue;
    // Positive s is towards (−dy, dx), the side Cytoscape's positive control-point distance bends to.
    const s = ((o.x - a.x) * -dy + (o.y - a.y) * dx) / len;
    const reach = o.r + clearance;
    const k = 2 * t * (1 - t);
    forbidden.push([(s - reach) / k, (s + reach) / k]);
  }
  const clear = (d: number): boolean => forbidden.every(([lo, hi]) => d <= lo || d >= hi);
  if (clear(0)) return 0;
  const candidates = forbidden.flatMap(([lo, hi]) => [lo, hi]).filter((d) => Math.abs(d) <= maxBend && clear(d));
  if (candidates.length === 0) return null;
  return candidates.reduce((best, d) => (Math.abs(d) < Math.abs(best) ? d : best));
}

/** The gap Cytoscape leaves between parallel links (its control-point-step-size default). */
export const PARALLEL_STEP = 40;

/**
 * Bends for a bundle of `count` parallel links between the same two nodes, in their drawing
 * order, when its middle must bend by `centre`: spread around it as Cytoscape spreads a bundle.
 */
export function bundleBends(centre: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => centre + (i - (count - 1) / 2) * PARALLEL_STEP);
}

/** Above this many nodes, routing costs more than it gives (and the WebGL renderer draws straight lines). */
const ROUTE_UP_TO = 600;
const MAX_BEND_SHARE = 0.9;
/** A link's middle is where a reader clicks it: other links keep this far from it. */
const MIDPOINT_RADIUS = 6;

const radiusOf = (n: cytoscape.NodeSingular): number => Math.max(n.width(), n.height()) / 2;

interface Bundle {
  readonly from: cytoscape.NodeSingular;
  readonly to: cytoscape.NodeSingular;
  readonly edges: readonly cytoscape.EdgeSingular[];
  /** The bend of the bundle's middle, on the chord from `from` to `to`. */
  bend: number;
}

/** The middles of a bundle's links as drawn with `bend` (Cytoscape spreads a straight bundle the same way). */
function midpointsOf(bundle: Bundle): Point[] {
  const a = bundle.from.position();
  const b = bundle.to.position();
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
  return bundleBends(bundle.bend, bundle.edges.length).map((d) => ({ x: (a.x + b.x) / 2 + (n.x * d) / 2, y: (a.y + b.y) / 2 + (n.y * d) / 2 }));
}

function bundlesOf(cy: cytoscape.Core): Bundle[] {
  const byPair = new Map<string, cytoscape.EdgeSingular[]>();
  cy.edges('.rel').forEach((e) => {
    if (e.source().same(e.target())) return;
    const key = [e.source().id(), e.target().id()].sort().join('\u0000');
    byPair.set(key, [...(byPair.get(key) ?? []), e]);
  });
  return [...byPair.values()].flatMap((edges) => {
    const first = edges[0];
    if (!first) return [];
    // One chord for the whole bundle, from the lower id to the higher, whatever each link's direction.
    const [from, to] = first.source().id() < first.target().id() ? [first.source(), first.target()] : [first.target(), first.source()];
    return [{ from, to, edges, bend: 0 }];
  });
}

/** The bend that takes a bundle clear of the obstacles (widened by the bundle's half-width), or null when none does. */
function bendOfBundle(bundle: Bundle, obstacles: readonly (Obstacle & { id: string })[]): number | null {
  const a = bundle.from.position();
  const b = bundle.to.position();
  const half = ((bundle.edges.length - 1) / 2) * PARALLEL_STEP;
  const others = obstacles.filter((o) => o.id !== bundle.from.id() && o.id !== bundle.to.id()).map((o) => ({ ...o, r: o.r + half }));
  return bendFor(a, b, others, Math.hypot(b.x - a.x, b.y - a.y) * MAX_BEND_SHARE);
}

/**
 * Bends every link whose straight line (or whose bundle's) would cross a node other than its
 * ends, then, in a second pass, any bundle that would also run over another link's middle (where
 * that link is clicked). The others go back to Cytoscape's own curve (straight, or spread when parallel).
 */
export function routeEdges(cy: cytoscape.Core): void {
  if (cy.destroyed()) return;
  const nodes = cy.nodes(':visible');
  if (nodes.length > ROUTE_UP_TO) return;
  const obstacles = nodes.map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), r: radiusOf(n) }));
  const bundles = bundlesOf(cy);
  // Where no bend clears every node, the link stays straight: a curve would not help.
  for (const bundle of bundles) bundle.bend = bendOfBundle(bundle, obstacles) ?? 0;
  const middles = bundles.map(midpointsOf);
  bundles.forEach((bundle, i) => {
    const others = middles.flatMap((points, j) => (j === i ? [] : points.map((p) => ({ id: '', ...p, r: MIDPOINT_RADIUS }))));
    bundle.bend = bendOfBundle(bundle, [...obstacles, ...others]) ?? bundle.bend;
  });
  cy.batch(() => {
    for (const bundle of bundles) {
      if (bundle.bend === 0) {
        for (const e of bundle.edges) if (e.hasClass('routed')) e.removeClass('routed');
        continue;
      }
      bundleBends(bundle.bend, bundle.edges.length).forEach((bend, i) => {
        const e = bundle.edges[i];
        if (!e) return;
        // Cytoscape measures a link's bend from its own source: links drawn the other way bend the other way.
        const own = e.source().same(bundle.from) ? bend : -bend;
        if (e.data('bend') !== own) e.data('bend', own);
        if (!e.hasClass('routed')) e.addClass('routed');
      });
    }
  });
}
