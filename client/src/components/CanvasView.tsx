// The graph canvas: the Cytoscape container, its keyboard controls, context menu and empty state.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { useGraphState, useServices, useValue } from '../app/context';
import { useCanvas } from '../canvas/CanvasContext';
import type { ContextTarget } from '../canvas/useCytoscape';
import { useCytoscape } from '../canvas/useCytoscape';
import type { RendererChoice } from '../canvas/renderer';
import { hideNodes, removeNodes, select, setPositions } from '../model/actions';
import { visibleGraph } from '../model/visible';
import { ContextMenu } from './ContextMenu';
import { EmptyCanvas } from './EmptyCanvas';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function CanvasView({ renderer }: { renderer: RendererChoice }): ReactElement {
  const services = useServices();
  const { store, explorer } = services;
  const state = useGraphState();
  const container = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<ContextTarget | null>(null);
  const { pending } = useValue(services.status);
  const canvas = useCanvas();

  const handlers = useMemo(
    () => ({
      onSelect: (selection: Parameters<typeof select>[1]) => store.applyQuietly((s) => select(s, selection)),
      onExpand: (id: string) => void explorer.expand(id),
      onExpandMore: (id: string) => void explorer.expandMore(id),
      onContextMenu: setMenu,
      onPositions: (positions: Parameters<typeof setPositions>[1]) => store.applyQuietly((s) => setPositions(s, positions)),
      onMoved: (positions: Parameters<typeof setPositions>[1], label: string) => store.apply(`Move ${label}`, (s) => setPositions(s, positions)),
    }),
    [store, explorer],
  );
  useCytoscape(container, store, handlers, renderer);

  const view = useMemo(() => visibleGraph(state), [state]);
  const ordered = useMemo(() => [...view.nodes].sort((a, b) => a.name.localeCompare(b.name)), [view.nodes]);

  const openMenuForSelection = useCallback(() => {
    const sel = store.getState().selection;
    const bb = sel ? canvas.boxOf(sel.id) : null;
    if (!sel || !bb) return setMenu({ kind: 'canvas', id: null, x: 24, y: 24 });
    setMenu({ kind: sel.kind, id: sel.id, x: (bb.x1 + bb.x2) / 2, y: bb.y2 });
  }, [store, canvas]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.target !== container.current) return;
    const sel = state.selection;
    const nodeId = sel?.kind === 'node' ? sel.id : null;
    if ((e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') && ordered.length > 0) {
      const at = nodeId ? ordered.findIndex((n) => n.id === nodeId) : -1;
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
      const next = ordered[(at + step + ordered.length) % ordered.length];
      if (next) {
        store.applyQuietly((s) => select(s, { kind: 'node', id: next.id }));
        canvas.centerOn(next.id);
      }
    } else if (nodeId && (e.key === 'Enter' || e.key === 'e')) void explorer.expand(nodeId);
    else if (nodeId && e.key === 'h') store.apply(`Hide ${state.entities[nodeId]?.name ?? nodeId}`, (s) => hideNodes(s, [nodeId]));
    else if (nodeId && (e.key === 'Delete' || e.key === 'Backspace')) store.apply(`Remove ${state.entities[nodeId]?.name ?? nodeId}`, (s) => removeNodes(s, [nodeId]));
    else if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) openMenuForSelection();
    else if (e.key === 'Escape') {
      setMenu(null);
      store.applyQuietly((s) => select(s, null));
    } else return;
    e.preventDefault();
  };

  const empty = Object.keys(state.entities).length === 0;
  return (
    <section className="canvas-wrap" aria-label="Graph">
      <div
        ref={container}
        className="canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph canvas"
        aria-label="Graph canvas. Arrow keys move between entities, Enter expands, H hides, Delete removes, Shift+F10 opens actions."
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
      {menu && <ContextMenu target={menu} state={state} onClose={() => setMenu(null)} />}
    </section>
  );
}
