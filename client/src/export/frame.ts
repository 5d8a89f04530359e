// Where the furniture goes around a drawn graph, and how it is written: the title and subtitle above,
// the legend and the credit line below, the graph untouched in between. One layout for both images,
// so the SVG (text) and the PNG (a 2D canvas) put every word in the same place.
import type { NodeShape } from '../theme/entityStyles';
import type { Furniture, LegendEntry } from './furniture';
import { escapeXml, escapeXmlAttribute } from '#vocabulary/exchange/xml';

const PAD = 20;
const TITLE = 22;
const SUB = 13;
const ITEM = 12;
const ROW = 22;
const SWATCH = 28;
/** An average glyph width for the system sans-serif at 1 px: the layout needs no DOM to measure. */
const GLYPH = 0.58;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif';
export const INK = '#1f2933';
export const MUTED = '#52606d';

export interface PlacedEntry {
  readonly entry: LegendEntry;
  readonly x: number;
  readonly y: number;
}

export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  readonly graph: { readonly x: number; readonly y: number };
  readonly titleY: number;
  readonly subtitleY: number;
  readonly legend: readonly PlacedEntry[];
  readonly creditY: number;
}

const textWidth = (text: string, size: number): number => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : GLYPH) * size, 0);

export function layoutFrame(f: Furniture, graphWidth: number, graphHeight: number): FrameLayout {
  const width = Math.ceil(Math.max(graphWidth, 640, textWidth(f.title, TITLE) + 2 * PAD, textWidth(f.credit, ITEM) + 2 * PAD));
  const titleY = PAD + TITLE;
  const subtitleY = titleY + SUB + 8;
  const graphY = subtitleY + PAD;
  const legend: PlacedEntry[] = [];
  let x = PAD;
  let y = graphY + graphHeight + PAD + ITEM;
  for (const entry of f.legend) {
    const w = SWATCH + 6 + textWidth(entry.label, ITEM) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += ROW;
    }
    legend.push({ entry, x, y });
    x += w;
  }
  const creditY = (legend.length > 0 ? y + ROW : graphY + graphHeight + PAD) + ITEM;
  return { width, height: Math.ceil(creditY + PAD), graph: { x: Math.round((width - graphWidth) / 2), y: graphY }, titleY, subtitleY, legend, creditY };
}

/** A small outline of a node shape around (cx, cy): a polygon's points, or null for a circle. */
export function shapePoints(shape: NodeShape, cx: number, cy: number, r: number): [number, number][] | null {
  const poly = (n: number, turn = -Math.PI / 2): [number, number][] =>
    Array.from({ length: n }, (_, i) => [cx + r * Math.cos(turn + (2 * Math.PI * i) / n), cy + r * Math.sin(turn + (2 * Math.PI * i) / n)]);
  switch (shape) {
    case 'ellipse':
      return null;
    case 'round-triangle':
      return poly(3);
    case 'round-diamond':
      return poly(4);
    case 'pentagon':
      return poly(5);
    case 'hexagon':
    case 'concave-hexagon':
      return poly(6, 0);
    case 'heptagon':
      return poly(7);
    case 'star':
      return Array.from({ length: 10 }, (_, i): [number, number] => {
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        const d = i % 2 === 0 ? r : r * 0.45;
        return [cx + d * Math.cos(a), cy + d * Math.sin(a)];
      });
    case 'tag':
    case 'round-tag':
      return [[cx - r, cy - r * 0.7], [cx + r * 0.4, cy - r * 0.7], [cx + r, cy], [cx + r * 0.4, cy + r * 0.7], [cx - r, cy + r * 0.7]];
    case 'rhomboid':
      return [[cx - r * 0.5, cy - r * 0.7], [cx + r, cy - r * 0.7], [cx + r * 0.5, cy + r * 0.7], [cx - r, cy + r * 0.7]];
    default:
      return [[cx - r, cy - r * 0.7], [cx + r, cy - r * 0.7], [cx + r, cy + r * 0.7], [cx - r, cy + r * 0.7]];
  }
}

function svgSwatch({ entry, x, y }: PlacedEntry): string {
  const cy = y - ITEM / 3;
  if (entry.shape === null) {
    const dash = entry.dash.length > 0 ? ` stroke-dasharray="${entry.dash.join(' ')}"` : '';
    return `<line x1="${x}" y1="${cy}" x2="${x + SWATCH}" y2="${cy}" stroke="${entry.colour}" stroke-width="3"${dash}/>`;
  }
  const points = shapePoints(entry.shape, x + SWATCH / 2, cy, 7);
  return points === null
    ? `<circle cx="${x + SWATCH / 2}" cy="${cy}" r="7" fill="${entry.colour}"/>`
    : `<polygon points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}" fill="${entry.colour}"/>`;
}

/** The graph's own SVG (cytoscape-svg's) nested, untouched, inside a page that carries the furniture. */
export function framedSvg(graphSvg: string, graphWidth: number, graphHeight: number, f: Furniture): string {
  const l = layoutFrame(f, graphWidth, graphHeight);
  const inner = graphSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg/, `<svg id="graph" x="${l.graph.x}" y="${l.graph.y}"`);
  const text = (x: number, y: number, size: number, fill: string, body: string, weight = 'normal'): string =>
    `<text x="${x}" y="${y}" font-family="${escapeXmlAttribute(FONT)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(body)}</text>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}">\n`,
    `<title>${escapeXml(f.title)}</title>\n<desc>${escapeXml(`${f.subtitle}. ${f.credit}`)}</desc>\n`,
    `<rect width="${l.width}" height="${l.height}" fill="#ffffff"/>\n`,
    `<g id="furniture-top">${text(PAD, l.titleY, TITLE, INK, f.title, 'bold')}${text(PAD, l.subtitleY, SUB, MUTED, f.subtitle)}</g>\n`,
    inner.trim(),
    `\n<g id="legend">${l.legend.map((p) => svgSwatch(p) + text(p.x + SWATCH + 6, p.y, ITEM, INK, p.entry.label)).join('')}</g>\n`,
    `<g id="credit">${text(PAD, l.creditY, ITEM, MUTED, f.credit)}</g>\n`,
    '</svg>\n',
  ].join('');
}

/** The same page drawn on a 2D canvas around the graph's PNG, at `scale` pixels per unit. */
export function drawFrame(ctx: CanvasRenderingContext2D, graph: CanvasImageSource, graphWidth: number, graphHeight: number, f: Furniture, scale: number): void {
  const l = layoutFrame(f, graphWidth, graphHeight);
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, l.width, l.height);
  ctx.drawImage(graph, l.graph.x, l.graph.y, graphWidth, graphHeight);
  const text = (x: number, y: number, size: number, fill: string, body: string, weight = 'normal'): void => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = fill;
    ctx.fillText(body, x, y);
  };
  text(PAD, l.titleY, TITLE, INK, f.title, 'bold');
  text(PAD, l.subtitleY, SUB, MUTED, f.subtitle);
  for (const { entry, x, y } of l.legend) {
    const cy = y - ITEM / 3;
    ctx.fillStyle = entry.colour;
    ctx.strokeStyle = entry.colour;
    if (entry.shape === null) {
      ctx.lineWidth = 3;
      ctx.setLineDash([...entry.dash]);
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + SWATCH, cy);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      const points = shapePoints(entry.shape, x + SWATCH / 2, cy, 7);
      ctx.beginPath();
      if (points === null) ctx.arc(x + SWATCH / 2, cy, 7, 0, 2 * Math.PI);
      else points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
      ctx.closePath();
      ctx.fill();
    }
    text(x + SWATCH + 6, y, ITEM, INK, entry.label);
  }
  text(PAD, l.creditY, ITEM, MUTED, f.credit);
  ctx.restore();
}

/** The canvas size in pixels for a frame around a graph of this size. */
export function frameSize(f: Furniture, graphWidth: number, graphHeight: number): { width: number; height: number } {
  const l = layoutFrame(f, graphWidth, graphHeight);
  return { width: l.width, height: l.height };
}
