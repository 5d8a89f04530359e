// How many links start and end in each year, over the links the canvas shows (filters applied,
// whatever the date): what the time bar's histogram draws. Counted from the canvas rather than
// asked of the API, so that it describes exactly what the slider acts on and follows every expand,
// hide and filter without a request. Undated links have no year and are counted apart.
import type { GraphState } from './types';
import { visibleGraph } from './visible';

export interface YearBin {
  readonly year: number;
  /** Links whose span begins in this year. */
  readonly starts: number;
  /** Links whose span ends in this year. */
  readonly ends: number;
}

export interface LinkYears {
  /** One bin per year from `first` to `last`; a date outside the range counts in the nearest end bin. */
  readonly bins: readonly YearBin[];
  /** Links with neither date. */
  readonly undated: number;
  /** The first year any shown link starts or ends in; null when none is dated. */
  readonly earliest: number | null;
}

const yearOf = (date: string | null): number | null => {
  if (date === null) return null;
  const y = Number(date.slice(0, 4));
  return Number.isInteger(y) ? y : null;
};

export function linkYears(state: GraphState, first: number, last: number): LinkYears {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let undated = 0;
  let earliest: number | null = null;
  const clamp = (y: number): number => Math.min(last, Math.max(first, y));
  for (const { rel } of visibleGraph(state).edges) {
    const from = yearOf(rel.validFrom);
    const to = yearOf(rel.validTo);
    if (from === null && to === null) undated += 1;
    if (from !== null) starts.set(clamp(from), (starts.get(clamp(from)) ?? 0) + 1);
    if (to !== null) ends.set(clamp(to), (ends.get(clamp(to)) ?? 0) + 1);
    for (const y of [from, to]) if (y !== null && (earliest === null || y < earliest)) earliest = y;
  }
  const bins = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i).map((year) => ({
    year,
    starts: starts.get(year) ?? 0,
    ends: ends.get(year) ?? 0,
  }));
  return { bins, undated, earliest };
}
