// What changes when the canvas gets large, and from what size: the one place these thresholds are
// set. Below them the canvas keeps today's look and layouts (fcose animated on the page, curved and
// routed links); above them the force layout runs in a worker (./force/) and Cytoscape draws a
// cached texture while the reader pans or zooms, so 5,000 elements stay smooth.
import type cytoscape from 'cytoscape';
import type { LayoutName } from '../model/types';

/** From this many elements (entities plus links) in a layout run, fcose gives way to the worker's force layout. */
export const FORCE_FROM = 1000;
/** From this many elements on the canvas, Cytoscape's options for large graphs are on… */
export const LARGE_FROM = 1000;
/** …and they stay on until the canvas is below this many (a new instance each switch, so not back and forth). */
export const SMALL_BELOW = 800;

export type LayoutEngine = 'fcose' | 'dagre' | 'force';
export type CanvasScale = 'small' | 'large';

/** Which algorithm lays out a run of `elements` elements when the reader chose `name`. */
export function layoutEngine(name: LayoutName, elements: number): LayoutEngine {
  // A hierarchy is what the reader asked for, whatever its size: its ranks carry the meaning.
  if (name === 'dagre') return 'dagre';
  return elements >= FORCE_FROM ? 'force' : 'fcose';
}

export function canvasScale(elements: number, current: CanvasScale | null): CanvasScale {
  if (current === 'large') return elements < SMALL_BELOW ? 'small' : 'large';
  return elements >= LARGE_FROM ? 'large' : 'small';
}

/**
 * Cytoscape's options for the scale: while the view moves, a large canvas pans and zooms a texture
 * of itself (redrawn when it stops) and hides link labels; drawn at one device pixel per pixel.
 */
export function scaleOptions(scale: CanvasScale): Partial<cytoscape.CytoscapeOptions> {
  if (scale === 'small') return { textureOnViewport: false, motionBlur: false };
  return { textureOnViewport: true, hideEdgesOnViewport: false, hideLabelsOnViewport: true, motionBlur: false, pixelRatio: 1 } as Partial<cytoscape.CytoscapeOptions>;
}

/** Ticks of the force layout: fewer for more nodes, so 2,000 entities take about as long as 1,200. */
export const forceTicks = (nodes: number): number => (nodes > 1500 ? 200 : 300);

/**
 * A ceiling on a force run, only for a device far slower than it should be: it ends the run where
 * it has got to rather than keep the reader waiting. On this project's 2-core machine a run of
 * 2,000 entities takes well under it, so the ticks, not the clock, decide the result.
 */
export const FORCE_BUDGET_MS = 10_000;

export function forceSettings(nodes: number): { idealLength: number; ticks: number; budgetMs: number } {
  return { idealLength: 110, ticks: forceTicks(nodes), budgetMs: FORCE_BUDGET_MS };
}

/** Moving the view over this many elements jumps rather than animates: each animation frame would redraw all of them. */
export const animateViewUpTo = (elements: number): boolean => elements < LARGE_FROM;
