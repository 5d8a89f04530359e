// Choose two entities and see the shortest paths between them, under the current date and filters.
import type { ReactElement } from 'react';
import { SCHEMA_DEFAULTS } from '#vocabulary/wire/defaults';
import { useGraphState, useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import { Icon } from './icons';
import { PathList } from './PathList';
import { SearchBox } from './SearchBox';
import { TraceExclusions } from './TraceExclusions';

export function TracePanel(): ReactElement {
  const { ui } = useServices();
  const actions = useActions();
  const { traceFrom, traceTo } = useValue(ui);
  const ends = { from: traceFrom, to: traceTo };
  const state = useGraphState();

  return (
    <section className="trace" aria-labelledby="trace-title">
      <h2 id="trace-title">Trace a connection</h2>
      <p className="muted small">
        Shortest paths of up to {SCHEMA_DEFAULTS.Query.paths.maxHops} links, in either direction
        {state.asOf ? `, as of ${state.asOf}` : ''}, with the links switched on in the legend; the strongest first (by the weakest step), then the shortest.
      </p>
      <form
        className="trace-form"
        onSubmit={(e) => {
          e.preventDefault();
          actions.run('trace', ends);
        }}
      >
        <SearchBox label="From" placeholder="From… e.g. Xiaomi" keepPicked initialText={traceFrom?.name ?? ''} onPick={(hit) => actions.run('traceFrom', { id: hit.entity.id, name: hit.entity.name })} />
        <button
          type="button"
          className="icon-button swap"
          aria-label={actions.label('swapTraceEnds')}
          title={actions.tooltip('swapTraceEnds')}
          onClick={() => actions.run('swapTraceEnds')}
          {...actions.attributes('swapTraceEnds')}
        >
          ⇅
        </button>
        <SearchBox label="To" placeholder="To… e.g. BAIC" keepPicked initialText={traceTo?.name ?? ''} onPick={(hit) => actions.run('traceTo', { id: hit.entity.id, name: hit.entity.name })} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={!actions.enabled('trace', ends)} {...actions.attributes('trace')}>
            <Icon name="route" size={16} /> {actions.label('trace', ends)}
          </button>
          {state.trace && (
            <>
              <button type="button" className="button" onClick={() => actions.run('exportBrief')} {...actions.attributes('exportBrief')}>
                <Icon name="download" size={16} /> {actions.short('exportBrief')}
              </button>
              <button type="button" className="button" onClick={() => actions.run('clearTrace')} {...actions.attributes('clearTrace')}>
                <Icon name="close" size={16} /> {actions.short('clearTrace')}
              </button>
            </>
          )}
        </div>
      </form>
      <TraceExclusions />
      <PathList />
    </section>
  );
}
