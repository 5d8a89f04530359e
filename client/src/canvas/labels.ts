// Node labels never shrink below a readable size: when the reader zooms out (or a large canvas is
// fitted), the labels' font grows in canvas units so that it still renders at MIN_LABEL_PX, up to
// MAX_LABEL_SCALE times its own size; beyond that the labels hide (the stylesheet's
// min-zoomed-font-size) rather than turn into smudges, and pointing at a node still shows its name.
import type cytoscape from 'cytoscape';

/** A node label's font size at zoom 1, in canvas units. */
export const LABEL_SIZE = 11;
/** The smallest a label is drawn, in screen pixels. */
export const MIN_LABEL_PX = 10;
const MAX_LABEL_SCALE = 3;
/** How wide a label may run before it wraps, at zoom 1; it grows with the font so lines keep their length. */
export const LABEL_WIDTH = 150;

/** The font size (canvas units, in half-unit steps) that keeps labels at least MIN_LABEL_PX at this zoom. */
export function labelSizeFor(zoom: number): number {
  const wanted = Math.max(LABEL_SIZE, MIN_LABEL_PX / Math.max(zoom, 1e-6));
  return Math.round(Math.min(wanted, LABEL_SIZE * MAX_LABEL_SCALE) * 2) / 2;
}

const applied = new WeakMap<cytoscape.Core, number>();

/** Sets the entity labels' size for the current zoom; cheap when nothing changed, so it runs after every sync. */
export function keepLabelsReadable(cy: cytoscape.Core, force = false): void {
  if (cy.destroyed()) return;
  const size = labelSizeFor(cy.zoom());
  if (!force && applied.get(cy) === size) return;
  applied.set(cy, size);
  cy.batch(() => {
    cy.nodes('.entity').style({ 'font-size': size, 'text-max-width': `${Math.round((LABEL_WIDTH * size) / LABEL_SIZE)}px` });
  });
}

/** Follows the zoom, once per frame at most. */
export function followZoom(cy: cytoscape.Core): void {
  let queued = false;
  cy.on('zoom', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      keepLabelsReadable(cy);
    });
  });
}
