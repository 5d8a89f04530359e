// Right-click (or Shift+F10 / the Menu key on the canvas) actions for a node, a link or the canvas.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { useServices } from '../app/context';
import { useCanvas } from '../canvas/CanvasContext';
import type { CanvasHandle } from '../canvas/handle';
import type { ContextTarget } from '../canvas/useCytoscape';
import { hideNodes, relayout, removeNodes, select, showHidden, toggleRelationType } from '../model/actions';
import type { GraphState } from '../model/types';
import { RELATION_STYLES } from '../theme/relationStyles';

interface Item {
  label: string;
  run: () => void;
}

function itemsFor(target: ContextTarget, state: GraphState, services: ReturnType<typeof useServices>, canvas: CanvasHandle): Item[] {
  const { store, explorer, ui } = services;
  if (target.kind === 'node' && target.id) {
    const id = target.id;
    const entity = state.entities[id];
    if (!entity) return [];
    const ref = { id, name: entity.name };
    const from = ui.get().traceFrom;
    return [
      { label: 'Expand neighbours', run: () => void explorer.expand(id) },
      { label: 'Show details', run: () => store.applyQuietly((s) => select(s, { kind: 'node', id })) },
      { label: 'Trace from here', run: () => ui.set({ ...ui.get(), tab: 'trace', traceFrom: ref }) },
      from && from.id !== id
        ? { label: `Trace from ${from.name} to here`, run: () => void explorer.trace(from, ref) }
        : { label: 'Trace to here', run: () => ui.set({ ...ui.get(), tab: 'trace', traceTo: ref }) },
      { label: 'Hide', run: () => store.apply(`Hide ${entity.name}`, (s) => hideNodes(s, [id])) },
      { label: 'Remove from canvas', run: () => store.apply(`Remove ${entity.name}`, (s) => removeNodes(s, [id])) },
    ];
  }
  if (target.kind === 'edge' && target.id) {
    const id = target.id;
    const rel = state.relationships[id];
    if (!rel) return [];
    return [
      { label: 'Show evidence', run: () => store.applyQuietly((s) => select(s, { kind: 'edge', id })) },
      { label: `Hide all “${RELATION_STYLES[rel.type].short}” links`, run: () => store.apply(`Hide “${RELATION_STYLES[rel.type].short}” links`, (s) => toggleRelationType(s, rel.type)) },
    ];
  }
  const items: Item[] = [
    { label: 'Fit to screen', run: canvas.fit },
    { label: 'Lay out again', run: () => store.apply('Re-layout', relayout) },
  ];
  if (state.hidden.length > 0) items.push({ label: `Show ${state.hidden.length} hidden`, run: () => store.apply('Show hidden', showHidden) });
  return items;
}

export function ContextMenu({ target, state, onClose }: { target: ContextTarget; state: GraphState; onClose: () => void }): ReactElement | null {
  const services = useServices();
  const canvas = useCanvas();
  const menu = useRef<HTMLUListElement>(null);
  const items = itemsFor(target, state, services, canvas);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [target]);

  if (items.length === 0) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    const nodes = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = nodes.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') nodes[(at + 1) % nodes.length]?.focus();
    else if (e.key === 'ArrowUp') nodes[(at - 1 + nodes.length) % nodes.length]?.focus();
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <ul ref={menu} role="menu" aria-label="Actions" className="menu context-menu" style={{ left: target.x, top: target.y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li
          key={item.label}
          role="menuitem"
          tabIndex={-1}
          className="menu-item"
          onClick={() => {
            onClose();
            item.run();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onClose();
              item.run();
            }
          }}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );
}
