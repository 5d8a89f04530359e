// Picks Cytoscape's renderer: the canvas renderer draws every style (dashes, labels) faithfully;
// the WebGL mode keeps large graphs smooth. Switching needs a new instance, so there is hysteresis.
import type cytoscape from 'cytoscape';

export type RendererMode = 'canvas' | 'webgl';
export type RendererChoice = RendererMode | 'auto';

export const WEBGL_FROM = 1200;
export const CANVAS_BELOW = 800;

let webglSupport: boolean | null = null;

export function webglAvailable(): boolean {
  if (webglSupport === null) {
    try {
      webglSupport = document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}

export function chooseRenderer(choice: RendererChoice, elementCount: number, current: RendererMode | null): RendererMode {
  if (choice === 'canvas') return 'canvas';
  if (choice === 'webgl') return webglAvailable() ? 'webgl' : 'canvas';
  if (current === 'webgl') return elementCount < CANVAS_BELOW ? 'canvas' : 'webgl';
  return elementCount >= WEBGL_FROM && webglAvailable() ? 'webgl' : 'canvas';
}

export function rendererOptions(mode: RendererMode): Partial<cytoscape.CytoscapeOptions> {
  if (mode === 'webgl') return { webgl: true, webglBatchSize: 4096, webglTexSize: 4096 } as Partial<cytoscape.CytoscapeOptions>;
  // On the canvas renderer a cached texture stands in for the graph while panning or zooming.
  return { textureOnViewport: false, motionBlur: false };
}
