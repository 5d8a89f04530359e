// Node positions in the URL, compactly: whole canvas units in base 36, "x.y" per entity in the
// order of the view's (sorted) entity list, entities joined by "_", an empty slot for an entity
// with no position yet. Only characters a query string never escapes ([0-9a-z._-]), so 20
// positions take about 160 characters. Rounding to whole units moves a node by half a unit at
// most, far below what a reader can see.
import type { Position } from '../model/types';

const RADIX = 36;
const ENTITY_SEPARATOR = '_';
const AXIS_SEPARATOR = '.';
const NUMBER = /^-?[0-9a-z]{1,8}$/;

const encodeNumber = (n: number): string => Math.round(n).toString(RADIX).replace(/^-0$/, '0');

export function encodePositions(order: readonly string[], positions: Readonly<Record<string, Position>>): string {
  const slots = order.map((id) => {
    const p = positions[id];
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? `${encodeNumber(p.x)}${AXIS_SEPARATOR}${encodeNumber(p.y)}` : '';
  });
  return slots.some((s) => s !== '') ? slots.join(ENTITY_SEPARATOR) : '';
}

const parseNumber = (raw: string | undefined): number | null => (raw !== undefined && NUMBER.test(raw) ? parseInt(raw, RADIX) : null);

/** The positions of `order`'s entities; a malformed list (wrong length, bad numbers) gives none at all. */
export function decodePositions(order: readonly string[], raw: string | null): Record<string, Position> {
  if (!raw) return {};
  const slots = raw.split(ENTITY_SEPARATOR);
  if (slots.length !== order.length) return {};
  const out: Record<string, Position> = {};
  for (const [i, slot] of slots.entries()) {
    if (slot === '') continue;
    const [xs, ys, ...rest] = slot.split(AXIS_SEPARATOR);
    const x = parseNumber(xs);
    const y = parseNumber(ys);
    const id = order[i];
    if (x === null || y === null || rest.length > 0 || id === undefined) return {};
    out[id] = { x, y };
  }
  return out;
}
