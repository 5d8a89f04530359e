// What the page benchmark runs inside the page (through page.evaluate): put a subgraph on the
// canvas as one undo step, as "Show everything" commits it, and time it until the layout is done;
// then pan for a while and count frames. Each function is sent to the browser as its source, so it
// may use only its arguments and the page's globals (window.cy, window.linkage).
import type { Subgraph } from '../../client/src/model/types';

export interface LayoutProbe {
  /** From the step's commit to the moment the page holds a position for every entity (the layouts' end). */
  layoutMs: number | null;
  /** From the commit to the last Cytoscape `layoutstop` before that. */
  lastLayoutStopMs: number | null;
  /** How long the commit itself kept the main thread (the model, the sync of the elements). */
  commitMs: number;
  /** Main-thread tasks over 50 ms (PerformanceObserver 'longtask') from the commit to the layout's end. */
  longTasks: { count: number; totalMs: number; maxMs: number };
  /** The longest gap between two animation frames in the same window: how long the page looked frozen. */
  maxFrameGapMs: number;
  /** Elements Cytoscape drew at the end, and which renderer mode the canvas chose. */
  elements: number;
  renderer: string;
  /** Whether the canvas drew with the large-graph options (a texture while the view moves). */
  large: boolean;
  /** The worker's force run, when the canvas used one: ticks run of those asked, its own time and the round trip. */
  forceRun: { nodes: number; ticks: number; askedTicks: number; prepareMs: number; workerMs: number; roundTripMs: number; applyMs: number } | null;
  timedOut: boolean;
}

export interface PanProbe {
  fps: number;
  frames: number;
  ms: number;
  /** The pan moved by exactly what was asked (every step landed). */
  landed: boolean;
}

/** Commits the subgraph and waits until every entity has a position in the state (layouts report them when they end). */
export async function probeLayout(args: { sub: Subgraph; timeoutMs: number }): Promise<LayoutProbe> {
  const store = window.linkage?.store;
  if (!store || !window.cy) throw new Error('the page has no store or canvas');
  const long = { count: 0, totalMs: 0, maxMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      long.count += 1;
      long.totalMs += e.duration;
      long.maxMs = Math.max(long.maxMs, e.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  let maxGap = 0;
  let lastFrame = performance.now();
  let watching = true;
  const frame = (): void => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - lastFrame);
    lastFrame = now;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const ids = args.sub.nodes.map((n) => n.id);
  const placed = (): boolean => {
    const p = store.getState().positions;
    return ids.every((id) => p[id] !== undefined);
  };
  let lastStop: number | null = null;
  const t0 = performance.now();
  const done = new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), args.timeoutMs);
    const unsubscribe = store.subscribe(() => {
      if (!placed()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(performance.now() - t0);
    });
  });
  store.apply(`Show everything (${args.sub.nodes.length} entities)`, (s) => {
    const entities = { ...s.entities };
    for (const n of args.sub.nodes) entities[n.id] = n;
    const relationships = { ...s.relationships };
    for (const e of args.sub.edges) relationships[e.id] = e;
    return { ...s, entities, relationships };
  });
  const commitMs = performance.now() - t0;
  // The commit may have replaced the Cytoscape instance (a renderer switch): listen on the one it left.
  window.cy.on('layoutstop', () => {
    lastStop = performance.now() - t0;
  });
  const layoutMs = await done;
  watching = false;
  maxGap = Math.max(maxGap, performance.now() - lastFrame);
  // Long tasks are reported after they end: give the observer a moment.
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  const cy = window.cy;
  // The renderer's mode is not public API; the instance's options say it.
  const options = (cy as unknown as { _private: { options: { webgl?: boolean; textureOnViewport?: boolean } } })._private.options;
  const webgl = options.webgl === true;
  // Set by client/src/canvas/forceRun.ts (LAST_RUN); absent before the worker layout existed.
  const run: unknown = cy.scratch('linkage.forceRun');
  return {
    layoutMs, lastLayoutStopMs: lastStop, commitMs, longTasks: long, maxFrameGapMs: maxGap,
    elements: cy.elements().length, renderer: webgl ? 'webgl' : 'canvas',
    large: options.textureOnViewport === true, forceRun: (run as LayoutProbe['forceRun'] | undefined) ?? null, timedOut: layoutMs === null,
  };
}

/** Pans by a few pixels every frame for `ms`, the way a drag moves the view, and counts the frames. */
export async function probePan(args: { ms: number }): Promise<PanProbe> {
  const cy = window.cy;
  if (!cy) throw new Error('no canvas');
  const before = { ...cy.pan() };
  let frames = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < args.ms) {
    cy.panBy({ x: 3, y: 2 });
    await new Promise((r) => requestAnimationFrame(r));
    frames += 1;
  }
  const ms = performance.now() - t0;
  const after = cy.pan();
  const landed = Math.abs(after.x - before.x - 3 * frames) < 1e-6 && Math.abs(after.y - before.y - 2 * frames) < 1e-6;
  return { fps: (frames * 1000) / ms, frames, ms, landed };
}

/** A point of the canvas (container pixels) with no node near it, where a drag pans instead of moving a node. */
export function emptySpot(): { x: number; y: number } | null {
  const cy = window.cy;
  if (!cy) return null;
  const nodes = cy.nodes().map((n) => n.renderedPosition());
  let best: { x: number; y: number; d: number } | null = null;
  // Middle first (a drag on the graph), then out to the margins the fit leaves.
  for (let x = 0.02; x <= 0.98; x += 0.04) {
    for (let y = 0.02; y <= 0.98; y += 0.04) {
      const p = { x: cy.width() * x, y: cy.height() * y };
      const d = Math.min(Infinity, ...nodes.map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
      if (!best || d > best.d) best = { ...p, d };
    }
  }
  return best && best.d > 25 ? { x: best.x, y: best.y } : null;
}

/** Counts animation frames until stopFrames() is called: the page's frame rate while something else drives it. */
export function startFrames(): void {
  const w = window as unknown as { benchFrames: { n: number; t0: number; on: boolean } };
  w.benchFrames = { n: 0, t0: performance.now(), on: true };
  const tick = (): void => {
    if (!w.benchFrames.on) return;
    w.benchFrames.n += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): { frames: number; ms: number; pan: { x: number; y: number } } {
  const w = window as unknown as { benchFrames: { n: number; t0: number; on: boolean } };
  w.benchFrames.on = false;
  return { frames: w.benchFrames.n, ms: performance.now() - w.benchFrames.t0, pan: window.cy?.pan() ?? { x: 0, y: 0 } };
}
