// The force layout for large canvases: fcose takes tens of seconds on a few thousand elements
// (its CoSE phase spends them in node-pair repulsion), so above the threshold of ../scale.ts the
// page lays them out with this one instead, in a Web Worker. A fixed number of ticks of a
// velocity-Verlet simulation, as d3-force runs it: Barnes-Hut repulsion (./manyBody.ts), links
// pulling to an ideal length, a weak pull to the centre, and collisions on a grid. Written here
// because the force libraries that do this (d3-force, graphology's ForceAtlas2) are not among the
// project's dependencies; fcose is kept for every canvas below the threshold.
//
// Plain data in and out, deterministic for a given input (no Math.random), so it runs the same in
// a worker, on the main thread and in Node's unit tests.
import { applyManyBody } from './manyBody';

export interface ForceNode {
  /** A position to start from; a node without one is placed next to a placed neighbour. */
  readonly x?: number;
  readonly y?: number;
  /** Pinned: it pushes and pulls the others but never moves. */
  readonly fixed?: boolean;
  /** Half the node's larger side: collisions keep bodies this far (plus a margin) apart. */
  readonly r: number;
}

export interface ForceOptions {
  /** How long a link wants to be, between centres. */
  readonly idealLength: number;
  readonly ticks: number;
  /** Stop early after this long (ms), wherever the simulation has got to: the page's time budget. */
  readonly budgetMs?: number;
  /** Repulsion per body (negative pushes apart) and the pull towards the centre; defaults below. */
  readonly charge?: number;
  readonly gravity?: number;
}

export const FORCE_DEFAULTS: ForceOptions = { idealLength: 110, ticks: 300 };

const VELOCITY_KEEP = 0.6;
const ALPHA_MIN = 0.001;
const CHARGE = -900;
const GRAVITY = 0.015;
const COLLIDE_MARGIN = 6;

/** A deterministic angle for the n-th node placed around an anchor (golden-angle spiral). */
const angleOf = (n: number): number => n * 2.399963229728653;

/**
 * Starting positions: placed nodes keep theirs; the others are put, breadth first, at an ideal
 * link length from a neighbour already placed, so the simulation starts near its end. A component
 * with nothing placed starts from its best-connected node, components side by side on a spiral.
 */
export function initialPositions(nodes: readonly ForceNode[], adjacency: readonly number[][], idealLength: number): { xs: Float64Array; ys: Float64Array } {
  const n = nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const done = new Uint8Array(n);
  const queue: number[] = [];
  nodes.forEach((node, i) => {
    if (node.x === undefined || node.y === undefined) return;
    xs[i] = node.x;
    ys[i] = node.y;
    done[i] = 1;
    queue.push(i);
  });
  const children = new Uint32Array(n);
  const spread = (from: number[]): void => {
    for (let h = 0; h < from.length; h += 1) {
      const a = from[h] ?? 0;
      for (const b of adjacency[a] ?? []) {
        if (done[b]) continue;
        done[b] = 1;
        const k = (children[a] = (children[a] ?? 0) + 1);
        const dist = idealLength * (0.8 + 0.05 * Math.sqrt(k));
        xs[b] = (xs[a] ?? 0) + dist * Math.cos(angleOf(k));
        ys[b] = (ys[a] ?? 0) + dist * Math.sin(angleOf(k));
        from.push(b);
      }
    }
  };
  spread(queue);
  // Components with nothing placed, best connected first.
  const order = [...nodes.keys()].filter((i) => !done[i]).sort((a, b) => (adjacency[b]?.length ?? 0) - (adjacency[a]?.length ?? 0) || a - b);
  let component = 0;
  for (const start of order) {
    if (done[start]) continue;
    const ring = component === 0 ? 0 : idealLength * 4 * Math.sqrt(component);
    xs[start] = ring * Math.cos(angleOf(component));
    ys[start] = ring * Math.sin(angleOf(component));
    done[start] = 1;
    spread([start]);
    component += 1;
  }
  return { xs, ys };
}

function applyLinks(edges: readonly (readonly [number, number])[], degree: Uint32Array, xs: Float64Array, ys: Float64Array, vx: Float64Array, vy: Float64Array, alpha: number, ideal: number): void {
  for (const [s, t] of edges) {
    // Where the next tick would put both ends, as d3 does, so a link does not overshoot.
    let dx = (xs[t] ?? 0) + (vx[t] ?? 0) - (xs[s] ?? 0) - (vx[s] ?? 0);
    let dy = (ys[t] ?? 0) + (vy[t] ?? 0) - (ys[s] ?? 0) - (vy[s] ?? 0);
    const l = Math.hypot(dx, dy) || 1e-3;
    const ds = degree[s] ?? 1;
    const dt = degree[t] ?? 1;
    // Weaker links at hubs, so a hub's leaves do not all pull it at once; the lighter end moves more.
    const k = ((l - ideal) / l) * alpha * (1 / Math.min(ds, dt));
    dx *= k;
    dy *= k;
    const bias = ds / (ds + dt);
    vx[t] = (vx[t] ?? 0) - dx * bias;
    vy[t] = (vy[t] ?? 0) - dy * bias;
    vx[s] = (vx[s] ?? 0) + dx * (1 - bias);
    vy[s] = (vy[s] ?? 0) + dy * (1 - bias);
  }
}

/** Pushes apart bodies whose discs (radius plus margin) overlap, looking only in neighbouring grid cells. */
function applyCollisions(nodes: readonly ForceNode[], xs: Float64Array, ys: Float64Array, vx: Float64Array, vy: Float64Array): void {
  const n = nodes.length;
  let rMax = 1;
  for (const node of nodes) rMax = Math.max(rMax, node.r + COLLIDE_MARGIN);
  const size = 2 * rMax;
  const grid = new Map<number, number[]>();
  const key = (cx: number, cy: number): number => cx * 1_000_003 + cy;
  for (let i = 0; i < n; i += 1) {
    const k = key(Math.floor((xs[i] ?? 0) / size), Math.floor((ys[i] ?? 0) / size));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  for (let i = 0; i < n; i += 1) {
    const xi = (xs[i] ?? 0) + (vx[i] ?? 0);
    const yi = (ys[i] ?? 0) + (vy[i] ?? 0);
    const ri = (nodes[i]?.r ?? 0) + COLLIDE_MARGIN;
    const gx = Math.floor((xs[i] ?? 0) / size);
    const gy = Math.floor((ys[i] ?? 0) / size);
    for (let ox = -1; ox <= 1; ox += 1) {
      for (let oy = -1; oy <= 1; oy += 1) {
        for (const j of grid.get(key(gx + ox, gy + oy)) ?? []) {
          if (j <= i) continue;
          const rj = (nodes[j]?.r ?? 0) + COLLIDE_MARGIN;
          let dx = xi - (xs[j] ?? 0) - (vx[j] ?? 0);
          let dy = yi - (ys[j] ?? 0) - (vy[j] ?? 0);
          const reach = ri + rj;
          let l = dx * dx + dy * dy;
          if (l >= reach * reach) continue;
          if (l === 0) {
            dx = 0.5;
            dy = ((i + j) % 2) - 0.5;
            l = 0.5;
          }
          const d = Math.sqrt(l);
          const push = ((reach - d) / d) * 0.5;
          const share = (rj * rj) / (ri * ri + rj * rj);
          vx[i] = (vx[i] ?? 0) + dx * push * share;
          vy[i] = (vy[i] ?? 0) + dy * push * share;
          vx[j] = (vx[j] ?? 0) - dx * push * (1 - share);
          vy[j] = (vy[j] ?? 0) - dy * push * (1 - share);
        }
      }
    }
  }
}

export interface ForceResult {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Ticks run: fewer than asked when the time budget ran out. */
  readonly ticks: number;
}

/** Lays out the nodes; `edges` are pairs of indexes into `nodes` (parallel links and loops are fine). */
export function forceLayout(nodes: readonly ForceNode[], edges: readonly (readonly [number, number])[], options: ForceOptions = FORCE_DEFAULTS): ForceResult {
  const n = nodes.length;
  const links = edges.filter(([s, t]) => s !== t && s >= 0 && t >= 0 && s < n && t < n);
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  const degree = new Uint32Array(n);
  for (const [s, t] of links) {
    adjacency[s]?.push(t);
    adjacency[t]?.push(s);
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
  }
  const { xs, ys } = initialPositions(nodes, adjacency, options.idealLength);
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const fixed = nodes.map((node) => node.fixed === true && node.x !== undefined && node.y !== undefined);
  const anyFree = fixed.some((f) => !f);
  const decay = 1 - ALPHA_MIN ** (1 / Math.max(1, options.ticks));
  const started = Date.now();
  const gravity = options.gravity ?? GRAVITY;
  const manyBody = { strength: options.charge ?? CHARGE, theta: 0.9, distanceMin: 1 };
  let alpha = 1;
  let tick = 0;
  for (; anyFree && tick < options.ticks; tick += 1) {
    if (options.budgetMs !== undefined && Date.now() - started > options.budgetMs) break;
    alpha += (0 - alpha) * decay;
    applyManyBody(xs, ys, vx, vy, alpha, manyBody);
    applyLinks(links, degree, xs, ys, vx, vy, alpha, options.idealLength);
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i += 1) {
      cx += xs[i] ?? 0;
      cy += ys[i] ?? 0;
    }
    cx /= n || 1;
    cy /= n || 1;
    for (let i = 0; i < n; i += 1) {
      vx[i] = (vx[i] ?? 0) - ((xs[i] ?? 0) - cx) * gravity * alpha;
      vy[i] = (vy[i] ?? 0) - ((ys[i] ?? 0) - cy) * gravity * alpha;
    }
    applyCollisions(nodes, xs, ys, vx, vy);
    for (let i = 0; i < n; i += 1) {
      if (fixed[i]) {
        vx[i] = 0;
        vy[i] = 0;
        continue;
      }
      vx[i] = (vx[i] ?? 0) * VELOCITY_KEEP;
      vy[i] = (vy[i] ?? 0) * VELOCITY_KEEP;
      xs[i] = (xs[i] ?? 0) + (vx[i] ?? 0);
      ys[i] = (ys[i] ?? 0) + (vy[i] ?? 0);
    }
  }
  // Pinned nodes stay exactly where they were given.
  nodes.forEach((node, i) => {
    if (!fixed[i]) return;
    xs[i] = node.x ?? 0;
    ys[i] = node.y ?? 0;
  });
  return { xs, ys, ticks: tick };
}
