// Picks Cytoscape's renderer: the canvas renderer draws every style (dashes, labels) faithfully;
// the WebGL mode keeps large graphs smooth. Switching needs a new instance, so there is hysteresis.
import type cytoscape from 'cytoscape';
import { scaleOptions } from './scale';
import type { CanvasScale } from './scale';

export type RendererMode = 'canvas' | 'webgl';
export type RendererChoice = RendererMode | 'auto';

export const WEBGL_FROM = 1200;
export const CANVAS_BELOW = 800;

let webglSupport: boolean | null = null;

// A software WebGL (SwiftShader, llvmpipe: no GPU, or GPU disabled) is slower than the canvas renderer.
const SOFTWARE_GL = /swiftshader|llvmpipe|software|softpipe/i;

function probeWebgl(): boolean {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return !SOFTWARE_GL.test(renderer);
}

/** True when a hardware-accelerated WebGL2 is there, i.e. when the WebGL renderer would help. */
export function webglAvailable(): boolean {
  if (webglSupport === null) {
    try {
      webglSupport = probeWebgl();
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}

export function chooseRenderer(choice: RendererChoice, elementCount: number, current: RendererMode | null): RendererMode {
  if (choice === 'canvas') return 'canvas';
  // Asked for explicitly (?renderer=webgl), WebGL is used even in software: the reader chose it.
  if (choice === 'webgl') return document.createElement('canvas').getContext('webgl2') ? 'webgl' : 'canvas';
  if (current === 'webgl') return elementCount < CANVAS_BELOW ? 'canvas' : 'webgl';
  return elementCount >= WEBGL_FROM && webglAvailable() ? 'webgl' : 'canvas';
}

export function rendererOptions(mode: RendererMode, scale: CanvasScale = 'small'): Partial<cytoscape.CytoscapeOptions> {
  if (mode === 'webgl') return { webgl: true, webglBatchSize: 4096, webglTexSize: 4096 } as Partial<cytoscape.CytoscapeOptions>;
  // On the canvas renderer a large canvas pans a cached texture of itself (./scale.ts); a small one redraws.
  return scaleOptions(scale);
}
