// Choose two entities and see the shortest paths between them, under the current date and filters.
import type { ReactElement } from 'react';
import { SCHEMA_DEFAULTS } from '#vocabulary/wire/defaults';
import { useGraphState, useServices, useValue } from '../app/context';
import { setTrace } from '../model/actions';
import { Icon } from './icons';
import { PathList } from './PathList';
import { SearchBox } from './SearchBox';

export function TracePanel({ onBrief }: { onBrief: () => void }): ReactElement {
  const { ui, explorer, store } = useServices();
  const { traceFrom, traceTo } = useValue(ui);
  const state = useGraphState();
  const ready = traceFrom !== null && traceTo !== null && traceFrom.id !== traceTo.id;

  return (
    <section className="trace" aria-labelledby="trace-title">
      <h2 id="trace-title">Trace a connection</h2>
      <p className="muted small">
        Shortest paths of up to {SCHEMA_DEFAULTS.Query.paths.maxHops} links, in either direction
        {state.asOf ? `, as of ${state.asOf}` : ''}, with the links switched on in the legend.
      </p>
      <form
        className="trace-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void explorer.trace(traceFrom, traceTo);
        }}
      >
        <SearchBox label="From" placeholder="From… e.g. Xiaomi" keepPicked initialText={traceFrom?.name ?? ''} onPick={(hit) => ui.set({ ...ui.get(), traceFrom: { id: hit.entity.id, name: hit.entity.name } })} />
        <button
          type="button"
          className="icon-button swap"
          aria-label="Swap from and to"
          title="Swap"
          onClick={() => ui.set({ ...ui.get(), traceFrom: traceTo, traceTo: traceFrom })}
        >
          ⇅
        </button>
        <SearchBox label="To" placeholder="To… e.g. BAIC" keepPicked initialText={traceTo?.name ?? ''} onPick={(hit) => ui.set({ ...ui.get(), traceTo: { id: hit.entity.id, name: hit.entity.name } })} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={!ready}>
            <Icon name="route" size={16} /> Find paths
          </button>
          {state.trace && (
            <>
              <button type="button" className="button" onClick={onBrief}>
                <Icon name="download" size={16} /> Brief
              </button>
              <button type="button" className="button" onClick={() => store.apply('Clear trace', (s) => setTrace(s, null))}>
                <Icon name="close" size={16} /> Clear
              </button>
            </>
          )}
        </div>
      </form>
      <PathList />
    </section>
  );
}
