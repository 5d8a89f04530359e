// What is in the graph, from the API's stats: a line in the header, and a paragraph on the empty
// canvas that also offers "Show everything" while the graph is small enough (api/graphStats.ts).
import type { ReactElement } from 'react';
import { canShowEverything, fetchStats } from '../api/graphStats';
import type { GraphStats } from '../api/graphStats';
import { useActions } from '../app/useActions';
import { graphSummary } from '../text/graphSummary';
import { useFetched } from './useFetched';

const loadStats = (): Promise<GraphStats> => fetchStats();

function useStats(): GraphStats | null {
  const fetched = useFetched('stats', loadStats);
  return fetched?.status === 'ready' ? fetched.value : null;
}

/** The header's line: counts and the span of the links' dates. Nothing until the stats arrive. */
export function GraphSummaryLine(): ReactElement | null {
  const stats = useStats();
  if (!stats) return null;
  const s = graphSummary(stats);
  return (
    <p className="graph-summary" data-testid="graph-summary" title={[s.counts, s.links, s.sources].filter(Boolean).join('; ')}>
      {s.counts} · {s.span}
    </p>
  );
}

/** The empty canvas's account of the graph, with "Show everything" when it is small. */
export function GraphContents(): ReactElement | null {
  const stats = useStats();
  const actions = useActions();
  if (!stats) return null;
  const s = graphSummary(stats);
  return (
    <div className="graph-contents" data-testid="graph-contents">
      <p>
        <strong>In the graph:</strong> {s.counts}; {s.links}
        {s.sources ? `; ${s.sources}` : ''}.
      </p>
      {canShowEverything(stats) && (
        <button type="button" className="button" onClick={() => actions.run('showEverything')} title={actions.tooltip('showEverything')} {...actions.attributes('showEverything')}>
          {actions.label('showEverything')} <span className="muted small">({s.counts})</span>
        </button>
      )}
    </div>
  );
}
