// Canvas commands: undo/redo, layout, view, exports and sharing.
import type { ReactElement } from 'react';
import { notify } from '../app/status';
import { useGraphState, useHistory, useServices } from '../app/context';
import { clearCanvas, relayout, setLayout, showHidden } from '../model/actions';
import { canRedo, canUndo } from '../model/history';
import type { LayoutName } from '../model/types';
import { exportBrief, exportGraphML, exportJson } from '../export/exports';
import { useCanvas } from '../canvas/CanvasContext';
import { Icon } from './icons';
import { MenuButton } from './MenuButton';

const LAYOUT_LABELS: Record<LayoutName, string> = { fcose: 'Force', dagre: 'Hierarchy' };

export async function copyViewLink(): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(window.location.href);
    return true;
  } catch {
    return false;
  }
}

export function Toolbar(): ReactElement {
  const { store, status, evidence } = useServices();
  const history = useHistory();
  const state = useGraphState();
  const empty = Object.keys(state.entities).length === 0;
  const canvas = useCanvas();
  const undoLabel = canUndo(history) ? `Undo: ${history.present.label}` : 'Nothing to undo';
  const redoLabel = canRedo(history) ? `Redo: ${history.future[0]?.label ?? ''}` : 'Nothing to redo';

  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <div className="toolgroup">
        <button type="button" className="icon-button" onClick={store.undo} disabled={!canUndo(history)} aria-label={undoLabel} title={`${undoLabel} (Ctrl+Z)`}>
          <Icon name="undo" />
        </button>
        <button type="button" className="icon-button" onClick={store.redo} disabled={!canRedo(history)} aria-label={redoLabel} title={`${redoLabel} (Ctrl+Shift+Z)`}>
          <Icon name="redo" />
        </button>
      </div>
      <div className="toolgroup segmented" role="radiogroup" aria-label="Layout">
        {(Object.keys(LAYOUT_LABELS) as LayoutName[]).map((name) => (
          <button
            key={name}
            type="button"
            role="radio"
            aria-checked={state.layout === name}
            className="segment"
            onClick={() => store.apply(`${LAYOUT_LABELS[name]} layout`, (s) => (s.layout === name ? relayout(s) : setLayout(s, name)))}
            title={name === 'dagre' ? 'Hierarchy: owners above what they own' : 'Force-directed'}
          >
            {LAYOUT_LABELS[name]}
          </button>
        ))}
      </div>
      <div className="toolgroup">
        <button type="button" className="icon-button" onClick={canvas.fit} aria-label="Fit to screen" title="Fit to screen" disabled={empty}>
          <Icon name="fit" />
        </button>
        <button type="button" className="icon-button" onClick={() => store.apply('Re-layout', relayout)} aria-label="Lay out again" title="Lay out again" disabled={empty}>
          <Icon name="layout" />
        </button>
        {state.hidden.length > 0 && (
          <button type="button" className="button" onClick={() => store.apply('Show hidden', showHidden)}>
            <Icon name="eye" size={16} /> Show {state.hidden.length} hidden
          </button>
        )}
        <button type="button" className="icon-button" onClick={() => store.apply('Clear canvas', clearCanvas)} aria-label="Clear canvas" title="Clear canvas" disabled={empty}>
          <Icon name="broom" />
        </button>
      </div>
      <div className="toolgroup">
        <MenuButton
          label="Export"
          icon={<Icon name="download" size={16} />}
          items={[
            { label: 'Image (PNG)', onSelect: canvas.exportPng, disabled: empty },
            { label: 'Image (SVG)', onSelect: canvas.exportSvg, disabled: empty },
            { label: 'Visible subgraph (JSON)', onSelect: () => exportJson(store.getState()), disabled: empty },
            { label: 'Visible subgraph (GraphML)', onSelect: () => exportGraphML(store.getState()), disabled: empty },
            { label: 'Traced path brief (text)', onSelect: () => exportBrief(store.getState(), evidence.get()), disabled: !state.trace, hint: state.trace ? undefined : 'trace first' },
          ]}
        />
        <button
          type="button"
          className="button"
          onClick={() => void copyViewLink().then((ok) => notify(status, ok ? 'Link to this view copied' : 'Copy the address bar to share this view'))}
        >
          <Icon name="link" size={16} /> Copy link
        </button>
        <a className="icon-button" href="/graphql" target="_blank" rel="noopener" aria-label="GraphQL API explorer" title="GraphQL API explorer (GraphiQL)">
          <Icon name="graphql" />
        </a>
      </div>
    </div>
  );
}
