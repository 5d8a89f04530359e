// The date slider: shows the graph as of a month, or across all dates. Play steps month by month.
// Dragging or playing folds into one undo step, so Ctrl+Z returns to the date before the gesture.
import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { useGraphState, useServices } from '../app/context';
import { useRunAction } from '../app/useActions';
import { timeCounts } from '../model/visible';
import type { GraphState } from '../model/types';
import { monthLabel } from '../text/dates';
import { READING_STYLES } from '../theme/relationStyles';
import { Icon } from './icons';
import { LinkSample } from './LinkSample';

const FIRST_YEAR = 2012;
const PLAY_STEP_MS = 220;

const now = new Date();
const MONTHS = (now.getUTCFullYear() - FIRST_YEAR) * 12 + now.getUTCMonth() + 1;
const LAST = MONTHS - 1;

export function monthToDay(index: number): string {
  const year = FIRST_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export function dayToMonth(day: string): number {
  const [y, m] = day.split('-').map(Number);
  const index = ((y ?? FIRST_YEAR) - FIRST_YEAR) * 12 + ((m ?? 1) - 1);
  return Math.min(LAST, Math.max(0, index));
}

const YEAR_TICKS = Array.from({ length: Math.ceil(MONTHS / 12) }, (_, i) => FIRST_YEAR + i).filter((y) => y % 2 === 0);

/** With a date chosen, what the date cannot say: links with no dates, reports not confirmed since. */
function DateCaveats({ state }: { state: GraphState }): ReactElement | null {
  const counts = useMemo(() => timeCounts(state), [state]);
  if (state.asOf === null || (counts.undated === 0 && counts.aged === 0)) return null;
  return (
    <ul className="timebar-caveats" aria-label="What the date cannot say">
      {counts.undated > 0 && (
        <li className="timebar-undated" title="No source dates these links: they are drawn faded with a hollow arrowhead, not as holding on this date">
          <LinkSample reading="undated" />
          {counts.undated} undated link{counts.undated === 1 ? '' : 's'}
        </li>
      )}
      {counts.aged > 0 && (
        <li className="timebar-aged" title="Reports and rumours with no end, viewed after their last report: drawn dash-dotted, not as facts that still hold">
          <LinkSample reading="aged" />
          {counts.aged} {READING_STYLES.aged.label}
        </li>
      )}
    </ul>
  );
}

export function TimeSlider(): ReactElement {
  const { store } = useServices();
  const run = useRunAction();
  const state = useGraphState();
  const { asOf } = state;
  const [playing, setPlaying] = useState(false);
  const month = asOf ? dayToMonth(asOf) : LAST;
  const applyMonth = (index: number): void => run('setDate', monthToDay(index));

  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(() => {
      const current = store.getState().asOf;
      const next = current ? dayToMonth(current) + 1 : 0;
      if (next > LAST) {
        setPlaying(false);
        return;
      }
      applyMonth(next);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
    // applyMonth only closes over the store and the runner, which never change.
  }, [playing, store, run]);

  const togglePlay = (): void => {
    if (!playing && (!asOf || dayToMonth(asOf) >= LAST)) applyMonth(0);
    setPlaying(!playing);
  };

  return (
    <div className="timebar" role="group" aria-label="Time">
      <label className="switch">
        <input
          type="checkbox"
          checked={asOf !== null}
          onChange={(e) => {
            setPlaying(false);
            if (e.target.checked) applyMonth(month);
            else run('showAllDates');
          }}
        />
        <span>As of date</span>
      </label>
      <button type="button" className="icon-button" onClick={togglePlay} aria-label={playing ? 'Pause' : 'Play through time'} title={playing ? 'Pause' : 'Play through time'}>
        <Icon name={playing ? 'pause' : 'play'} size={16} />
      </button>
      <div className={`timebar-track${asOf ? '' : ' timebar-off'}`}>
        <input
          type="range"
          min={0}
          max={LAST}
          step={1}
          value={month}
          aria-label="Date"
          aria-valuetext={asOf ? monthLabel(asOf) : 'All dates'}
          onChange={(e) => applyMonth(Number(e.target.value))}
        />
        <div className="timebar-ticks" aria-hidden="true">
          {YEAR_TICKS.map((y) => (
            <span key={y} style={{ left: `${(((y - FIRST_YEAR) * 12) / LAST) * 100}%` }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      <output className="timebar-value" aria-live="polite">
        {asOf ? `as of ${monthLabel(asOf)}` : 'All dates'}
      </output>
      <DateCaveats state={state} />
    </div>
  );
}
