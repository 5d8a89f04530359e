// The one owner of the Cytoscape instance. It subscribes to the model store and applies each new
// state incrementally; user gestures on the canvas go back out as handler calls, never as direct edits.
// What the rest of the page may ask of the canvas goes through the handle it plugs into <CanvasProvider>.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { GraphStore } from '../model/store';
import type { GraphState, Position, Selection } from '../model/types';
import { useCanvasSlot } from './CanvasContext';
import { canvasElements } from './elements';
import { followZoom, keepLabelsReadable } from './labels';
import { fitView, layoutAll, layoutNew } from './layout';
import { createLayoutWorker } from './layoutWorker';
import { chooseRenderer, rendererOptions } from './renderer';
import { routeEdges } from './routing';
import type { RendererChoice, RendererMode } from './renderer';
import { canvasScale } from './scale';
import type { CanvasScale } from './scale';
import { stylesheet } from './stylesheet';
import { PLACING, nodePositions, syncElements, syncPositions, syncSelection } from './sync';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

declare global {
  interface Window {
    /**
     * The live Cytoscape instance, for automation only: page tests and the browser console read it.
     * It is set in this file and nowhere else, and no component may use it (ESLint forbids it
     * outside this file): components ask the canvas through useCanvas().
     */
    cy?: cytoscape.Core;
  }
}

export interface ContextTarget {
  readonly kind: 'node' | 'edge' | 'canvas';
  readonly id: string | null;
  /** Where to open the menu, relative to the canvas container. */
  readonly x: number;
  readonly y: number;
}

export interface CanvasHandlers {
  onSelect(selection: Selection): void;
  /** Shift-, Ctrl- or ⌘-click on an entity: add it to the selection, or take it out. */
  onPick(id: string): void;
  onExpand(id: string): void;
  onExpandMore(id: string): void;
  onContextMenu(target: ContextTarget | null): void;
  /** Where a layout left the nodes: not an undo step. */
  onPositions(positions: Record<string, Position>): void;
  /** The reader dragged nodes: an undo step. */
  onMoved(positions: Record<string, Position>, label: string): void;
}

/** The parts of the state that decide which elements exist and how they look. */
const elementInputs = (s: GraphState): unknown[] => [s.entities, s.relationships, s.hidden, s.expanded, s.filters, s.asOf, s.trace, s.chineseNames, s.proposed];
const sameInputs = (a: unknown[] | null, b: unknown[]): boolean => a !== null && a.every((x, i) => x === b[i]);

function bindEvents(cy: cytoscape.Core, handlers: RefObject<CanvasHandlers>): void {
  const h = (): CanvasHandlers => handlers.current;
  const adding = (e: cytoscape.EventObject): boolean => {
    const o = e.originalEvent as MouseEvent | undefined;
    return o !== undefined && (o.shiftKey || o.ctrlKey || o.metaKey);
  };
  // A click on the canvas gives it the keyboard, so H, Delete, Enter and the arrows act on what was clicked.
  cy.on('tapstart', () => cy.container()?.focus({ preventScroll: true }));
  cy.on('tap', 'node.entity', (e) => (adding(e) ? h().onPick(e.target.id()) : h().onSelect({ kind: 'node', id: e.target.id() })));
  cy.on('tap', 'node.more', (e) => h().onExpandMore(String(e.target.data('moreOf'))));
  cy.on('tap', 'edge.rel', (e) => h().onSelect({ kind: 'edge', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) {
      h().onSelect(null);
      h().onContextMenu(null);
    }
  });
  // Cytoscape calls two taps within its debounce time a double tap wherever they land, so a quick
  // click on one entity and then on another would expand the second: only two taps on the same
  // entity expand it. The tap handlers run before the double tap's, so the last two are kept.
  let taps: [string | null, string | null] = [null, null];
  cy.on('tap', (e) => {
    taps = [taps[1], e.target === cy ? null : (e.target as cytoscape.SingularElementReturnValue).id()];
  });
  cy.on('dbltap', 'node.entity', (e) => {
    if (taps[0] === e.target.id()) h().onExpand(e.target.id());
  });
  cy.on('cxttap', (e) => {
    const target = e.target as cytoscape.SingularElementReturnValue | cytoscape.Core;
    const at = e.renderedPosition;
    if (target === cy) return h().onContextMenu({ kind: 'canvas', id: null, x: at.x, y: at.y });
    const ele = target as cytoscape.SingularElementReturnValue;
    if (ele.hasClass('entity')) h().onContextMenu({ kind: 'node', id: ele.id(), x: at.x, y: at.y });
    else if (ele.hasClass('rel')) h().onContextMenu({ kind: 'edge', id: ele.id(), x: at.x, y: at.y });
  });
  cy.on('dragfree', 'node', (e) => {
    routeEdges(cy);
    const name = String(e.target.data('full') ?? e.target.data('label') ?? '').split('\n')[0] ?? '';
    h().onMoved(nodePositions(e.target as cytoscape.NodeCollection), name);
  });
  cy.on('mouseover', 'node.entity, edge.rel, edge.proposed, node.more', (e) => {
    e.target.addClass('hover');
    const box = cy.container();
    box?.classList.add('pointing');
    // The browser's own tooltip: what the date says of an aged report or an undated link.
    const tip: unknown = e.target.isEdge() ? e.target.data('tip') : '';
    if (box && typeof tip === 'string' && tip) box.title = tip;
  });
  cy.on('mouseout', 'node, edge', (e) => {
    e.target.removeClass('hover');
    const box = cy.container();
    box?.classList.remove('pointing');
    box?.removeAttribute('title');
  });
}

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  store: GraphStore,
  handlers: CanvasHandlers,
  renderer: RendererChoice = 'auto',
): void {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const slot = useCanvasSlot();

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    let cy: cytoscape.Core | null = null;
    let mode: RendererMode | null = null;
    let scale: CanvasScale | null = null;
    // Large layouts run off the main thread; the worker starts with the first of them.
    const worker = createLayoutWorker();
    let lastInputs: unknown[] | null = null;
    let lastLayoutRun = store.getState().layoutRun;
    // Layouts run one after another: two fcose runs on overlapping nodes would fight.
    let layouts: Promise<void> = Promise.resolve();

    const create = (next: RendererMode, nextScale: CanvasScale): cytoscape.Core => {
      cy?.destroy();
      const instance = cytoscape({
        container: el,
        style: stylesheet(nextScale),
        autounselectify: true,
        boxSelectionEnabled: false,
        minZoom: 0.05,
        maxZoom: 4,
        ...rendererOptions(next, nextScale),
      });
      bindEvents(instance, handlersRef);
      // A large canvas keeps its labels' size and hides them below MIN_LABEL_PX (the stylesheet's
      // min-zoomed-font-size): resizing thousands of labels on every zoom step would stall the page.
      if (nextScale === 'small') followZoom(instance);
      slot.attach(instance);
      window.cy = instance; // the automation hook (see the declaration above)
      mode = next;
      scale = nextScale;
      lastInputs = null;
      return instance;
    };

    const reportPositions = (instance: cytoscape.Core): void => {
      if (instance.destroyed()) return;
      handlersRef.current.onPositions(nodePositions(instance.nodes()));
    };

    // While layouts are queued or running, the state's positions are stale: do not apply them.
    let pendingLayouts = 0;
    let lastPositions: GraphState['positions'] | null = null;
    const queueLayout = (instance: cytoscape.Core, run: () => Promise<void>): void => {
      pendingLayouts += 1;
      layouts = layouts
        .then(() => (instance.destroyed() ? undefined : run()))
        .catch((err: unknown) => console.error('Layout failed', err))
        .finally(() => {
          pendingLayouts -= 1;
          // Whatever the layout did (a hierarchy, a failure), nothing stays hidden once it is over.
          if (!instance.destroyed()) instance.nodes(`.${PLACING}`).removeClass(PLACING);
          if (pendingLayouts === 0) routeEdges(instance);
          reportPositions(instance);
        });
    };

    const apply = (state: GraphState): void => {
      const inputs = elementInputs(state);
      let instance = cy;
      const changed = !instance || !sameInputs(lastInputs, inputs);
      if (!instance || changed) {
        const elements = canvasElements(state);
        const wanted = chooseRenderer(renderer, elements.length, mode);
        const wantedScale = canvasScale(elements.length, scale);
        if (!instance || wanted !== mode || wantedScale !== scale) instance = cy = create(wanted, wantedScale);
        lastInputs = inputs;
        const wasEmpty = instance.nodes().empty();
        const { unplaced } = syncElements(instance, elements, state.positions, scale === 'large');
        // New nodes take the label size of the current zoom.
        if (scale === 'small') keepLabelsReadable(instance, true);
        // A canvas filled at once with nodes that know their place (a shared view, an undone
        // "Clear"): show them as they were placed, in view, without laying them out again.
        if (wasEmpty && instance.nodes().length > unplaced.length) fitView(instance, instance.nodes().difference(unplaced), false);
        if (state.layoutRun === lastLayoutRun && unplaced.nonempty()) {
          const layout = state.layout;
          queueLayout(instance, () => layoutNew(instance as cytoscape.Core, unplaced.filter((n) => !n.removed()), layout, worker.run));
        }
      }
      if (state.layoutRun !== lastLayoutRun) {
        lastLayoutRun = state.layoutRun;
        const layout = state.layout;
        queueLayout(instance, () => layoutAll(instance as cytoscape.Core, layout, worker.run));
      }
      const moved = state.positions !== lastPositions;
      if (moved && pendingLayouts === 0) syncPositions(instance, state.positions);
      lastPositions = state.positions;
      // Links are bent around nodes in their way once the nodes are where they will stay.
      if ((changed || moved) && pendingLayouts === 0) routeEdges(instance);
      syncSelection(instance, state.selection, state.picked);
    };

    apply(store.getState());
    const unsubscribe = store.subscribe(() => apply(store.getState()));
    const resize = new ResizeObserver(() => cy?.resize());
    resize.observe(el);
    return () => {
      unsubscribe();
      resize.disconnect();
      worker.stop();
      cy?.destroy();
      slot.attach(null);
      if (window.cy === cy) delete window.cy;
      cy = null;
    };
  }, [container, store, renderer, slot]);
}
