// The graph canvas: the Cytoscape container, its keyboard controls, context menu and empty state.
// Gestures and keys run entries of the action table; the keys themselves are written there.
import { useMemo, useRef } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { KEY_SCOPES, actionForKey, keyHelp } from '../app/keyBindings';
import { useGraphState, useServices, useValue } from '../app/context';
import { useRunAction } from '../app/useActions';
import { useCytoscape } from '../canvas/useCytoscape';
import type { CanvasHandlers, ContextTarget } from '../canvas/useCytoscape';
import type { RendererChoice } from '../canvas/renderer';
import { setPositions } from '../model/actions';
import { visibleGraph } from '../model/visible';
import { CanvasTable } from './CanvasTable';
import { ContextMenu } from './ContextMenu';
import { EmptyCanvas } from './EmptyCanvas';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Graph canvas. Keys: → next entity, …": what a screen reader hears on focus, from the table. */
const CANVAS_HELP = `Graph canvas. Keys: ${keyHelp([...KEY_SCOPES.canvas, ...KEY_SCOPES.selection]).join(', ')}.`;

export function CanvasView({ renderer }: { renderer: RendererChoice }): ReactElement {
  const services = useServices();
  const { store, ui } = services;
  const run = useRunAction();
  const state = useGraphState();
  const container = useRef<HTMLDivElement>(null);
  const { menu, table } = useValue(ui);
  const { pending } = useValue(services.status);

  const handlers = useMemo<CanvasHandlers>(
    () => ({
      onSelect: (selection) => run('select', selection),
      onPick: (id) => run('pick', id),
      onExpand: (id) => run('expand', id),
      onExpandMore: (id) => run('expandMore', id),
      onContextMenu: (target: ContextTarget | null) => ui.set({ ...ui.get(), menu: target }),
      // Where a layout settled is the renderer's report, not a reader's action.
      onPositions: (positions) => store.applyQuietly((s) => setPositions(s, positions)),
      onMoved: (positions, name) => run('move', { positions, name }),
    }),
    [store, ui, run],
  );
  useCytoscape(container, store, handlers, renderer);

  const view = useMemo(() => visibleGraph(state), [state]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.target !== container.current) return;
    const sel = state.selection;
    const nodeId = sel?.kind === 'node' ? sel.id : null;
    const onSelection = actionForKey(e, KEY_SCOPES.selection);
    const plain = onSelection ? null : actionForKey(e, KEY_SCOPES.canvas);
    if (onSelection && nodeId) run(onSelection, nodeId);
    else if (plain) run(plain);
    else return;
    e.preventDefault();
  };

  const empty = Object.keys(state.entities).length === 0;
  return (
    <section className={`canvas-wrap${table ? ' with-table' : ''}`} aria-label="Graph">
      <div
        ref={container}
        className="canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph canvas"
        aria-label={CANVAS_HELP}
        aria-describedby="canvas-summary"
        onKeyDown={onKeyDown}
        onContextMenu={(e) => e.preventDefault()}
      />
      <p id="canvas-summary" className="canvas-summary" aria-live="polite">
        {empty ? 'Empty canvas' : `${plural(view.nodes.length, 'entity', 'entities')} · ${plural(view.edges.filter((e) => e.inTime).length, 'link', 'links')} shown`}
        {state.asOf ? ` · as of ${state.asOf}` : ''}
      </p>
      {empty && pending === 0 && <EmptyCanvas />}
      {empty && pending > 0 && (
        <p className="canvas-loading" role="status">
          Loading the graph…
        </p>
      )}
      {table && <CanvasTable />}
      {menu && <ContextMenu target={menu} state={state} onClose={() => ui.set({ ...ui.get(), menu: null })} />}
    </section>
  );
}
