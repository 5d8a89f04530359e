// Repulsion between every pair of nodes in O(n log n): a Barnes-Hut quadtree, in which a cell far
// enough away (its width over its distance below theta) acts as one body at its centre of mass.
// The same scheme as d3-force's forceManyBody, written on flat arrays so a layout of thousands of
// nodes allocates little per tick. Plain numbers in, velocities out: no DOM, no Cytoscape.

interface Cell {
  x0: number;
  y0: number;
  size: number;
  /** Centre of mass and number of bodies below this cell. */
  cx: number;
  cy: number;
  count: number;
  /** A leaf's body (−1 for an internal cell), with any bodies at the very same spot chained in `same`. */
  body: number;
  same: number[] | null;
  children: (Cell | null)[] | null;
}

const cell = (x0: number, y0: number, size: number): Cell => ({ x0, y0, size, cx: 0, cy: 0, count: 0, body: -1, same: null, children: null });

/** Cells are split down to this size at most; bodies closer than that share a leaf. */
const MIN_CELL = 1e-3;

function insert(root: Cell, i: number, xs: Float64Array, ys: Float64Array): void {
  let node = root;
  for (;;) {
    if (node.children === null) {
      if (node.body < 0) {
        node.body = i;
        return;
      }
      const j = node.body;
      if (node.size <= MIN_CELL || (xs[j] === xs[i] && ys[j] === ys[i])) {
        (node.same ??= []).push(i);
        return;
      }
      // Split the leaf: its body moves one level down, then i is inserted again from here.
      node.children = [null, null, null, null];
      node.body = -1;
      const others = node.same ?? [];
      node.same = null;
      for (const k of [j, ...others]) place(node, k, xs, ys);
    }
    const half = node.size / 2;
    const q = (xs[i] ?? 0) >= node.x0 + half ? 1 : 0;
    const r = (ys[i] ?? 0) >= node.y0 + half ? 2 : 0;
    const children = node.children;
    const next = children[q + r] ?? (children[q + r] = cell(node.x0 + q * half, node.y0 + (r / 2) * half, half));
    node = next;
  }
}

function place(parent: Cell, k: number, xs: Float64Array, ys: Float64Array): void {
  const half = parent.size / 2;
  const q = (xs[k] ?? 0) >= parent.x0 + half ? 1 : 0;
  const r = (ys[k] ?? 0) >= parent.y0 + half ? 2 : 0;
  const children = parent.children ?? [];
  const child = children[q + r] ?? (children[q + r] = cell(parent.x0 + q * half, parent.y0 + (r / 2) * half, half));
  insert(child, k, xs, ys);
}

function accumulate(node: Cell, xs: Float64Array, ys: Float64Array): void {
  if (node.children === null) {
    const bodies = node.body < 0 ? [] : [node.body, ...(node.same ?? [])];
    for (const b of bodies) {
      node.cx += xs[b] ?? 0;
      node.cy += ys[b] ?? 0;
    }
    node.count = bodies.length;
  } else {
    for (const c of node.children) {
      if (!c) continue;
      accumulate(c, xs, ys);
      node.cx += c.cx * c.count;
      node.cy += c.cy * c.count;
      node.count += c.count;
    }
  }
  if (node.count > 0) {
    node.cx /= node.count;
    node.cy /= node.count;
  }
}

export function buildTree(xs: Float64Array, ys: Float64Array): Cell | null {
  const n = xs.length;
  if (n === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const x = xs[i] ?? 0;
    const y = ys[i] ?? 0;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const root = cell(x0, y0, Math.max(x1 - x0, y1 - y0, 1) * 1.0001);
  for (let i = 0; i < n; i += 1) insert(root, i, xs, ys);
  accumulate(root, xs, ys);
  return root;
}

export interface ManyBody {
  /** Negative repels (the push per body at distance 1, scaled by alpha). */
  readonly strength: number;
  /** Accuracy: a cell this small seen from this far acts as one body. d3's default is 0.9. */
  readonly theta: number;
  /** Forces between bodies closer than this are capped, so coincident bodies do not fly apart. */
  readonly distanceMin: number;
}

const scratch = { x: 0, y: 0 };

/** dx/l and dy/l from body i to body b; coincident bodies get a fixed nudge apart. */
function repel(i: number, b: number, xi: number, yi: number, xs: Float64Array, ys: Float64Array, min2: number): { x: number; y: number } {
  let dx = (xs[b] ?? 0) - xi;
  let dy = (ys[b] ?? 0) - yi;
  let l = dx * dx + dy * dy;
  if (l === 0) {
    dx = ((i * 7919 + b) % 13) / 13 - 0.5 || 0.3;
    dy = ((i * 104729 + b) % 17) / 17 - 0.5 || -0.3;
    l = dx * dx + dy * dy;
  }
  if (l < min2) l = Math.sqrt(min2 * l);
  scratch.x = dx / l;
  scratch.y = dy / l;
  return scratch;
}

/** Adds the repulsion every body feels to the velocities (vx, vy). */
export function applyManyBody(xs: Float64Array, ys: Float64Array, vx: Float64Array, vy: Float64Array, alpha: number, opts: ManyBody): void {
  const root = buildTree(xs, ys);
  if (!root) return;
  const theta2 = opts.theta * opts.theta;
  const min2 = opts.distanceMin * opts.distanceMin;
  const k = opts.strength * alpha;
  const stack: Cell[] = [];
  for (let i = 0; i < xs.length; i += 1) {
    const xi = xs[i] ?? 0;
    const yi = ys[i] ?? 0;
    let fx = 0;
    let fy = 0;
    stack.push(root);
    while (stack.length > 0) {
      const node = stack.pop() as Cell;
      if (node.count === 0) continue;
      const dx = node.cx - xi;
      const dy = node.cy - yi;
      let l = dx * dx + dy * dy;
      const far = (node.size * node.size) / theta2 < l;
      if (node.children !== null && !far) {
        for (const c of node.children) if (c) stack.push(c);
        continue;
      }
      if (node.children === null && !far) {
        // Near leaf: body by body (no array per visit: this runs for every body on every tick).
        const same = node.same;
        const m = same === null ? 1 : same.length + 1;
        for (let s = 0; s < m; s += 1) {
          const b = s === 0 ? node.body : (same?.[s - 1] ?? -1);
          if (b === i || b < 0) continue;
          const push = repel(i, b, xi, yi, xs, ys, min2);
          fx += push.x * k;
          fy += push.y * k;
        }
        continue;
      }
      if (l < min2) l = Math.sqrt(min2 * l);
      fx += (dx * k * node.count) / l;
      fy += (dy * k * node.count) / l;
    }
    vx[i] = (vx[i] ?? 0) + fx;
    vy[i] = (vy[i] ?? 0) + fy;
  }
}
