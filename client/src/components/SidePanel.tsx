// The right-hand panel: details and evidence of the selection, its history, or the path tracer; for
// accounts that may write, the Edit tab (drafts), "Add article" (intake) and, for editors, the review queue.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { useGraphState, useServices, useValue } from '../app/context';
import type { SideTab } from '../app/ui';
import type { Access } from '../model/access';
import { EditPanel } from './EditPanel';
import { EntityDetails } from './EntityDetails';
import { HistoryPanel } from './HistoryPanel';
import { IntakePanel } from './intake/IntakePanel';
import { RelationshipDetails } from './RelationshipDetails';
import { ReviewQueue } from './ReviewQueue';
import { TracePanel } from './TracePanel';
import { useEditing } from './useEditing';

const TABS: { id: SideTab; label: string; shown?: (a: Access) => boolean }[] = [
  { id: 'details', label: 'Details' },
  { id: 'history', label: 'History' },
  { id: 'trace', label: 'Trace' },
  { id: 'edit', label: 'Edit', shown: (a) => a.propose },
  { id: 'review', label: 'Review', shown: (a) => a.review },
  { id: 'intake', label: 'Add article', shown: (a) => a.propose },
];

export function SidePanel(): ReactElement {
  const { ui } = useServices();
  const { tab: chosen } = useValue(ui);
  const { access, pending, written } = useEditing();
  const state = useGraphState();
  const selection = state.selection;
  const previous = useRef(selection);
  const tabs = TABS.filter((t) => t.shown?.(access) ?? true);
  const tab = tabs.some((t) => t.id === chosen) ? chosen : 'details';

  // Picking something on the canvas is a request to read about it (or its history), except while
  // editing: then the pick is an end of the link being drawn; nor while an article is being read.
  useEffect(() => {
    const current = ui.get().tab;
    if (selection && selection !== previous.current && current !== 'edit' && current !== 'history' && current !== 'intake') ui.set({ ...ui.get(), tab: 'details' });
    previous.current = selection;
  }, [selection, ui]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const at = tabs.findIndex((t) => t.id === tab);
    const next = tabs[(at + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]?.id ?? 'details';
    ui.set({ ...ui.get(), tab: next });
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside className="side" aria-label="Details and tracer">
      <div role="tablist" aria-label="Panel" className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
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
            {t.id === 'review' && pending.length > 0 ? <span className="tab-badge">{pending.length}</span> : null}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="side-body">
        {tab === 'trace' ? (
          <TracePanel />
        ) : tab === 'history' ? (
          <HistoryPanel />
        ) : tab === 'edit' ? (
          <EditPanel />
        ) : tab === 'review' ? (
          <ReviewQueue />
        ) : tab === 'intake' ? (
          <IntakePanel />
        ) : selection === null ? (
          <div className="empty-note">
            <p>
              <strong>Nothing selected.</strong>
            </p>
            <p>Click a node to see its names, aliases and links, or a link to read the quotes that back it.</p>
          </div>
        ) : selection.kind === 'node' ? (
          <EntityDetails key={`${written}:${selection.id}`} id={selection.id} state={state} />
        ) : (
          <RelationshipDetails key={`${written}:${selection.id}`} id={selection.id} state={state} />
        )}
      </div>
    </aside>
  );
}
