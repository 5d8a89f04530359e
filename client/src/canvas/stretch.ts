// How far a fresh force layout is stretched to take the canvas's proportions: shared by fcose's
// runs (layout.ts) and the worker's (forceRun.ts).

/** How far a force layout is stretched, at most, to take the canvas's proportions. */
const MAX_STRETCH = 1.7;

/**
 * A force layout comes out about round, the canvas is wide: fitted as it is, a large graph sits
 * in a band with empty margins on two sides and small labels. Stretching it along its short side
 * to the canvas's proportions fills the view (links only get longer, never cross anew).
 */
export function stretchFactors(graph: { w: number; h: number }, view: { w: number; h: number }): { sx: number; sy: number } {
  if (graph.w <= 0 || graph.h <= 0 || view.w <= 0 || view.h <= 0) return { sx: 1, sy: 1 };
  const ratio = graph.w / graph.h / (view.w / view.h);
  return ratio > 1 ? { sx: 1, sy: Math.min(MAX_STRETCH, ratio) } : { sx: Math.min(MAX_STRETCH, 1 / ratio), sy: 1 };
}
