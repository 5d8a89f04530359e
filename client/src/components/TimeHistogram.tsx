// The time bar's histogram: per year, how many of the links on the canvas start (up) and end (down),
// drawn over the slider's track so a reader sees where the dated evidence is before playing.
import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { linkYears } from '../model/timeHistogram';
import type { LinkYears } from '../model/timeHistogram';
import type { GraphState } from '../model/types';

const HEIGHT = 22;
const BASELINE = 14;

export function useLinkYears(state: GraphState, first: number, last: number): LinkYears {
  // Only the links and filters matter, not the date or the selection.
  return useMemo(() => linkYears(state, first, last), [state.entities, state.relationships, state.hidden, state.filters, first, last]);
}

/** `months` is the slider's last index, so a year's bar sits exactly over its months on the track. */
export function TimeHistogram({ years, first, months }: { years: LinkYears; first: number; months: number }): ReactElement {
  const dated = years.bins.filter((b) => b.starts > 0 || b.ends > 0);
  const top = Math.max(1, ...years.bins.map((b) => Math.max(b.starts, b.ends)));
  const links = (n: number, verb: string): string => `${n} link${n === 1 ? '' : 's'} ${verb}${n === 1 ? 's' : ''}`;
  const words = (b: { year: number; starts: number; ends: number }): string => `${b.year}: ${links(b.starts, 'start')}, ${links(b.ends, 'end')}`;
  const label =
    dated.length === 0
      ? 'No link on the canvas has a date'
      : `Links on the canvas starting and ending per year: ${dated.map(words).join('; ')}${years.undated > 0 ? `; ${years.undated} undated` : ''}`;
  return (
    <svg className="timebar-histogram" viewBox={`0 0 ${months} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label} data-testid="time-histogram">
      <line x1={0} x2={months} y1={BASELINE} y2={BASELINE} className="histogram-base" />
      {years.bins.map((b) => {
        const x = (b.year - first) * 12 + 1.5;
        const up = (b.starts / top) * (BASELINE - 1);
        const down = (b.ends / top) * (HEIGHT - BASELINE - 1);
        if (b.starts === 0 && b.ends === 0) return null;
        return (
          <g key={b.year} data-year={b.year} data-starts={b.starts} data-ends={b.ends}>
            <title>{words(b)}</title>
            {b.starts > 0 && <rect className="histogram-starts" x={x} width={9} y={BASELINE - up} height={up} />}
            {b.ends > 0 && <rect className="histogram-ends" x={x} width={9} y={BASELINE} height={down} />}
          </g>
        );
      })}
    </svg>
  );
}
