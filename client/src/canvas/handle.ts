// The canvas handle: the few things the rest of the page may ask of the drawing (fit, centre, where an
// element is, image exports). Components get it from useCanvas(), never the Cytoscape instance, so the
// renderer can change (a new instance per renderer switch, another library) without touching them.
import type cytoscape from 'cytoscape';
import { exportPng, exportSvg } from '../export/exports';
import type { Furniture } from '../export/furniture';
import { fitView } from './layout';

/** A rectangle in pixels relative to the canvas container. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface CanvasHandle {
  /** Fits everything in view, never zooming in past a comfortable reading size. */
  fit(): void;
  /** Pans (animated) so the element is in the middle of the view. */
  centerOn(id: string): void;
  /** Where an element is drawn, or null when it is not on the canvas. */
  boxOf(id: string): Box | null;
  /** Zooms by a factor around the middle of the view (the keyboard's + and -). */
  zoomBy(factor: number): void;
  /** Downloads the whole graph as an image, with its title, legend, date and credit around it. */
  exportPng(furniture: Furniture): Promise<void>;
  exportSvg(furniture: Furniture): void;
}

/** The handle plus the one door through which useCytoscape plugs in the instance it owns. */
export interface CanvasSlot {
  readonly handle: CanvasHandle;
  attach(instance: cytoscape.Core | null): void;
}

const CENTER_MS = 200;

export function createCanvasSlot(): CanvasSlot {
  let cy: cytoscape.Core | null = null;
  // Before the canvas exists (or between renderer switches) every request is a no-op.
  const withCy = (run: (instance: cytoscape.Core) => void): void => {
    if (cy && !cy.destroyed()) run(cy);
  };
  const handle: CanvasHandle = {
    fit: () => withCy((c) => fitView(c)),
    centerOn: (id) =>
      withCy((c) => {
        const ele = c.getElementById(id);
        if (ele.nonempty()) c.animate({ center: { eles: ele }, duration: CENTER_MS });
      }),
    boxOf(id) {
      const ele = cy && !cy.destroyed() ? cy.getElementById(id) : null;
      if (!ele || ele.empty()) return null;
      const { x1, y1, x2, y2 } = ele.renderedBoundingBox({});
      return { x1, y1, x2, y2 };
    },
    zoomBy: (factor) =>
      withCy((c) => {
        const level = Math.min(c.maxZoom(), Math.max(c.minZoom(), c.zoom() * factor));
        c.zoom({ level, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
      }),
    exportPng: (furniture) => (cy && !cy.destroyed() ? exportPng(cy, furniture) : Promise.resolve()),
    exportSvg: (furniture) => withCy((c) => exportSvg(c, furniture)),
  };
  return {
    handle,
    attach(instance) {
      cy = instance;
    },
  };
}
