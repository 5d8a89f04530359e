// The date slider: shows the graph as of a month, or across all dates. Play steps month by month,
// from a chosen year at a chosen speed; over the track, a histogram of the links starting and ending
// per year. Dragging or playing folds into one undo step, so Ctrl+Z returns to the date before the gesture.
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
import { TimeHistogram, useLinkYears } from './TimeHistogram';

const FIRST_YEAR = 2012;
/** Milliseconds per month at 1×; the speeds multiply it. */
const PLAY_STEP_MS = 220;
export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
const speedLabel = (s: number): string => (s === 0.5 ? '½×' : `${s}×`);

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

const YEARS = Array.from({ length: Math.floor(LAST / 12) + 1 }, (_, i) => FIRST_YEAR + i);
const YEAR_TICKS = Array.from({ length: Math.ceil(MONTHS / 12) }, (_, i) => FIRST_YEAR + i).filter((y) => y % 2 === 0);

/** With a date chosen, what the date cannot say: links with no dates, reports not confirmed since. */
function DateCaveats({ state }: { state: GraphState }): ReactElement | null {
  const counts = useMemo(() => timeCounts(state), [state]);
  if (state.asOf === null || (counts.undated === 0 && counts.aged === 0)) return null;
  return (
    <ul className="timebar-caveats" aria-label="What the date cannot say">
      {counts.undated > 0 && (
        <li className="timebar-undated" title="No dates in the sources for these links: they are drawn faded with a hollow arrowhead, not as holding on this date">
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
  const [speed, setSpeed] = useState<number>(1);
  const years = useLinkYears(state, FIRST_YEAR, FIRST_YEAR + Math.floor(LAST / 12));
  // Play starts from the first year a link on the canvas is dated, unless the reader picks another.
  const [pickedStart, setPickedStart] = useState<number | null>(null);
  const startYear = pickedStart ?? Math.max(FIRST_YEAR, years.earliest ?? FIRST_YEAR);
  const startMonth = Math.min(LAST, (startYear - FIRST_YEAR) * 12);
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
    }, PLAY_STEP_MS / speed);
    return () => clearInterval(timer);
    // applyMonth only closes over the store and the runner, which never change.
  }, [playing, speed, store, run]);

  const togglePlay = (): void => {
    if (!playing && (!asOf || dayToMonth(asOf) >= LAST || dayToMonth(asOf) < startMonth)) applyMonth(startMonth);
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
      <label className="timebar-play-option">
        <span>start</span>
        <select value={startYear} onChange={(e) => setPickedStart(Number(e.target.value))} aria-label="Play start year">
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="timebar-play-option">
        <span className="visually-hidden">Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label="Play speed">
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <div className={`timebar-track${asOf ? '' : ' timebar-off'}`}>
        <TimeHistogram years={years} first={FIRST_YEAR} months={LAST} />
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
