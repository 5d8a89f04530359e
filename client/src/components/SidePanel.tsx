// The right-hand panel: details and evidence of the selection, or the path tracer.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { useGraphState, useServices, useValue } from '../app/context';
import type { SideTab } from '../app/ui';
import { EntityDetails } from './EntityDetails';
import { RelationshipDetails } from './RelationshipDetails';
import { TracePanel } from './TracePanel';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'trace', label: 'Trace' },
];

export function SidePanel(): ReactElement {
  const { ui } = useServices();
  const { tab } = useValue(ui);
  const state = useGraphState();
  const selection = state.selection;
  const previous = useRef(selection);

  // Picking something on the canvas is a request to read about it.
  useEffect(() => {
    if (selection && selection !== previous.current) ui.set({ ...ui.get(), tab: 'details' });
    previous.current = selection;
  }, [selection, ui]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = tab === 'details' ? 'trace' : 'details';
    ui.set({ ...ui.get(), tab: next });
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside className="side" aria-label="Details and tracer">
      <div role="tablist" aria-label="Panel" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="tab"
            onClick={() => ui.set({ ...ui.get(), tab: t.id })}
          >
            {t.label}
            {t.id === 'trace' && state.trace ? <span className="tab-badge">{state.trace.paths.length}</span> : null}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="side-body">
        {tab === 'trace' ? (
          <TracePanel />
        ) : selection === null ? (
          <div className="empty-note">
            <p>
              <strong>Nothing selected.</strong>
            </p>
            <p>Click a node to see its names, aliases and links, or a link to read the quotes that back it.</p>
          </div>
        ) : selection.kind === 'node' ? (
          <EntityDetails key={selection.id} id={selection.id} state={state} />
        ) : (
          <RelationshipDetails key={selection.id} id={selection.id} state={state} />
        )}
      </div>
    </aside>
  );
}
