// The SVG export draws what the canvas draws: one body per entity, of its shape and colour, for every
// kind (diamond, triangle, brand tag, policy tag, …) and for traced (highlighted) nodes, with no
// console error. Compared by rasterising the SVG and Cytoscape's own PNG of the same view.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, settle, startHarness } from './page-harness';
import type { Harness } from './page-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

/** One entity of every kind, and a trace from Xiaomi to BAIC Off-road so some nodes are highlighted and the rest dimmed. */
const EVERY_KIND = ['jac', 'nio', 'baic-group', 'xiaomi-auto', 'baic-bluepark', 'xiaomi', 'jac-nio-factories', 'miit', 'li-bin', 'ev-export-licensing-2026', 'cpca', 'catarc', 'uibe', 'baic-offroad'];

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /SVG/ }).click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** The graph's own drawing inside the exported page (which adds a title, the legend and a credit around it). */
const graphPart = (page: Page, svg: string): Promise<string> =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const graph = doc.getElementById('graph');
    if (!graph) throw new Error('the export has no #graph');
    graph.removeAttribute('x');
    graph.removeAttribute('y');
    return new XMLSerializer().serializeToString(graph);
  }, svg);

interface NodeCheck { id: string; shape: string; bodies: number; overlap: number; pixels: number }

/**
 * For each entity: how many SVG paths filled with its colour sit at its place and size, and how
 * well the pixels of its colour around it agree between the rasterised SVG and the PNG (IoU).
 */
const compare = (page: Page, svg: string): Promise<NodeCheck[]> =>
  page.evaluate(async (text) => {
    const cy = window.cy;
    if (!cy) throw new Error('no canvas');
    const bb = cy.elements().boundingBox({});
    const png = cy.png({ output: 'base64uri', full: true, scale: 1, bg: '#ffffff' });
    const load = (src: string): Promise<HTMLImageElement> =>
      new Promise((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve(img);
        img.onerror = () => reject(new Error('image did not load'));
        img.src = src;
      });
    const raster = async (src: string): Promise<ImageData> => {
      const img = await load(src);
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(bb.w);
      canvas.height = Math.ceil(bb.h);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return ctx.getImageData(0, 0, canvas.width, canvas.height);
    };
    const svgUrl = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    const [fromPng, fromSvg] = await Promise.all([raster(png), raster(svgUrl)]);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    // Measure the SVG's paths where the browser lays them out.
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-99999px;top:0';
    host.appendChild(document.importNode(doc.documentElement, true));
    document.body.appendChild(host);
    const paths = [...host.querySelectorAll('path')];
    const rgb = (css: string): [number, number, number] => {
      const m = /(\d+)\D+(\d+)\D+(\d+)/.exec(css) ?? ['', '0', '0', '0'];
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const out = cy.nodes('.entity').map((node) => {
      const colour = rgb(String(node.style('background-color')));
      const at = { x: node.position('x') - bb.x1, y: node.position('y') - bb.y1 };
      const size = node.width();
      const bodies = paths.filter((p) => {
        const fill = p.getAttribute('fill');
        if (!fill) return false;
        const c = rgb(fill);
        if (c.some((v, i) => v !== colour[i])) return false;
        const box = p.getBBox();
        const ctm = p.getCTM();
        if (!ctm) return false;
        const cx = ctm.a * (box.x + box.width / 2) + ctm.c * (box.y + box.height / 2) + ctm.e;
        const cy2 = ctm.b * (box.x + box.width / 2) + ctm.d * (box.y + box.height / 2) + ctm.f;
        return Math.hypot(cx - at.x, cy2 - at.y) < size / 3 && box.width * ctm.a > size * 0.6 && box.width * ctm.a < size * 1.4;
      }).length;
      // The colour as drawn (a dimmed node is paler): the PNG's pixel at the node's centre.
      const centre = (Math.round(at.y) * fromPng.width + Math.round(at.x)) * 4;
      const ref = [fromPng.data[centre] ?? 0, fromPng.data[centre + 1] ?? 0, fromPng.data[centre + 2] ?? 0];
      const near = (img: ImageData, i: number): boolean => Math.abs((img.data[i] ?? 0) - (ref[0] ?? 0)) + Math.abs((img.data[i + 1] ?? 0) - (ref[1] ?? 0)) + Math.abs((img.data[i + 2] ?? 0) - (ref[2] ?? 0)) < 60;
      let both = 0;
      let either = 0;
      let pixels = 0;
      const r = Math.ceil(size / 2) + 2;
      for (let y = Math.round(at.y) - r; y <= Math.round(at.y) + r; y += 1) {
        for (let x = Math.round(at.x) - r; x <= Math.round(at.x) + r; x += 1) {
          if (x < 0 || y < 0 || x >= fromPng.width || y >= fromPng.height) continue;
          const i = (y * fromPng.width + x) * 4;
          const a = near(fromPng, i);
          const b = near(fromSvg, i);
          if (a) pixels += 1;
          if (a && b) both += 1;
          if (a || b) either += 1;
        }
      }
      return { id: node.id(), shape: String(node.style('shape')), bodies, overlap: either === 0 ? 0 : both / either, pixels };
    });
    host.remove();
    URL.revokeObjectURL(svgUrl);
    return out;
  }, svg);

describe('SVG export', () => {
  it('keeps every node with its shape and colour, traced ones included, without a console error', async () => {
    const page = await h.open(`?n=${EVERY_KIND.join(',')}&r=&t=xiaomi,baic-offroad`);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await settle(page, (n) => n.length === EVERY_KIND.length);
    await page.getByRole('list', { name: 'Paths found' }).waitFor();
    await settle(page);
    await h.shot(page, 'canvas-04-every-shape');
    const svg = await exportSvg(page);
    const checks = await compare(page, await graphPart(page, svg));
    expect(checks).toHaveLength(EVERY_KIND.length);
    const shapes = new Set(checks.map((c) => c.shape));
    expect(shapes.size).toBeGreaterThanOrEqual(12);
    // One body per entity, at its place, and its pixels where the canvas has them (IoU ≥ 0.85).
    const summary = (c: NodeCheck, ok: boolean, bodies: number): object => ({ id: c.id, shape: c.shape, bodies, drawnAlike: ok });
    expect(checks.map((c) => summary(c, c.pixels > 100 && c.overlap >= 0.85, c.bodies))).toEqual(checks.map((c) => summary(c, true, 1)));
    expect(errors).toEqual([]);
    // The file itself, and how a browser draws it, for people to look at.
    writeFileSync(path.join(SHOTS, 'canvas-05-export.svg'), svg);
    const viewer = await h.context.newPage();
    await viewer.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
    await viewer.screenshot({ path: path.join(SHOTS, 'canvas-05-export-svg.png'), fullPage: true });
    await viewer.close();
    await page.close();
  });
});
