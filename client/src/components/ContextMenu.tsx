// Right-click (or Shift+F10 / the Menu key on the canvas) actions for a node, a link or the canvas.
// Each item is an entry of the action table, shown with its label and shortcut.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import type { ActionId } from '../app/actionTable';
import { useServices } from '../app/context';
import { useActions } from '../app/useActions';
import type { Actions, InputArgs } from '../app/useActions';
import type { ContextTarget } from '../canvas/useCytoscape';
import { selectedEntities } from '../model/selectMany';
import type { GraphState } from '../model/types';
import type { EntityRef } from '../app/ui';

interface Item {
  readonly id: ActionId;
  readonly label: string;
  readonly run: () => void;
}

function itemsFor(target: ContextTarget, state: GraphState, actions: Actions, traceFrom: EntityRef | null): Item[] {
  const item = <K extends ActionId>(id: K, ...input: InputArgs<K>): Item => ({ id, label: actions.label(id, ...input), run: () => actions.run(id, ...input) });
  if (target.kind === 'node' && target.id) {
    const id = target.id;
    const entity = state.entities[id];
    if (!entity) return [];
    const ref = { id, name: entity.name };
    const several = actions.enabled('revealLinks') && selectedEntities(state).includes(id);
    return [
      ...(several ? [item('revealLinks')] : []),
      item('expand', id),
      item('showDetails', id),
      item('traceFrom', ref),
      traceFrom && traceFrom.id !== id ? item('traceFromPicked', { from: traceFrom, to: ref }) : item('traceTo', ref),
      item('hide', id),
      item('remove', id),
      ...(selectedEntities(state).includes(id) ? [] : [item('pick', id)]),
    ];
  }
  if (target.kind === 'edge' && target.id) {
    const rel = state.relationships[target.id];
    if (!rel) return [];
    return [item('showEvidence', rel.id), item('toggleRelationType', rel.type)];
  }
  return [
    ...(actions.enabled('revealLinks') ? [item('revealLinks')] : []),
    item('fit'),
    item('relayout'),
    ...(actions.enabled('showHidden') ? [item('showHidden')] : []),
  ];
}

export function ContextMenu({ target, state, onClose }: { target: ContextTarget; state: GraphState; onClose: () => void }): ReactElement | null {
  const { ui } = useServices();
  const actions = useActions();
  const menu = useRef<HTMLUListElement>(null);
  const items = itemsFor(target, state, actions, ui.get().traceFrom);
  // Where the keyboard was when the menu opened (the canvas, mostly): Escape and a chosen item go back there.
  const opener = useRef<Element | null>(null);
  if (opener.current === null && typeof document !== 'undefined') opener.current = document.activeElement;
  const returnFocus = (): void => {
    const el = opener.current;
    if (el instanceof HTMLElement && el.isConnected) el.focus({ preventScroll: true });
  };

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [target]);

  if (items.length === 0) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    const nodes = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = nodes.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') nodes[(at + 1) % nodes.length]?.focus();
    else if (e.key === 'ArrowUp') nodes[(at - 1 + nodes.length) % nodes.length]?.focus();
    else if (e.key === 'Escape') {
      onClose();
      returnFocus();
    } else if (e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const choose = (item: Item): void => {
    onClose();
    returnFocus();
    item.run();
  };

  return (
    <ul ref={menu} role="menu" aria-label="Actions" className="menu context-menu" style={{ left: target.x, top: target.y }} onKeyDown={onKeyDown}>
      {items.map((item) => {
        const shortcut = actions.shortcut(item.id);
        return (
          <li
            key={item.id}
            role="menuitem"
            tabIndex={-1}
            className="menu-item"
            {...actions.attributes(item.id)}
            onClick={() => choose(item)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                choose(item);
              }
            }}
          >
            {item.label}
            {shortcut && (
              <kbd className="menu-shortcut" aria-hidden="true">
                {shortcut}
              </kbd>
            )}
          </li>
        );
      })}
    </ul>
  );
}
