// A menu button (WAI-ARIA menu pattern): Enter/Space/ArrowDown opens, arrows move, Escape closes.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactElement, ReactNode } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  readonly hint?: string;
}

export function MenuButton({ label, icon, items }: { label: string; icon?: ReactNode; items: readonly MenuItem[] }): ReactElement {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusItem = (i: number): void => {
    const nodes = list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])');
    if (!nodes || nodes.length === 0) return;
    nodes[(i + nodes.length) % nodes.length]?.focus();
  };

  useEffect(() => {
    if (!open) return undefined;
    focusItem(0);
    const close = (e: MouseEvent): void => {
      if (!list.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>): void => {
    const nodes = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = nodes.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') focusItem(at + 1);
    else if (e.key === 'ArrowUp') focusItem(at - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(nodes.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      setOpen(false);
      if (e.key === 'Escape') button.current?.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const choose = (item: MenuItem): void => {
    if (item.disabled) return;
    setOpen(false);
    button.current?.focus();
    item.onSelect();
  };

  return (
    <div className="menu-wrap">
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {icon}
        {label}
      </button>
      {open && (
        <ul ref={list} id={`${id}-menu`} role="menu" aria-labelledby={`${id}-button`} className="menu" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li
              key={item.label}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled ? true : undefined}
              className="menu-item"
              onClick={() => choose(item)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(item);
                }
              }}
            >
              <span>{item.label}</span>
              {item.hint && <span className="menu-hint">{item.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
