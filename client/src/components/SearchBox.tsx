// An ARIA 1.2 combobox with a listbox of API search hits: type, arrow through options, Enter picks.
// Each option says which name or alias matched, so 小米汽车 visibly leads to "Xiaomi Auto".
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactElement, Ref } from 'react';
import { ApiError } from '../api/graphql';
import { searchEntities } from '../api/linkage';
import type { SearchHit } from '../api/linkage';
import { KIND_STYLES } from '../theme/entityStyles';
import { Icon } from './icons';
import { KindGlyph } from './KindGlyph';

interface Props {
  readonly label: string;
  readonly placeholder?: string;
  readonly onPick: (hit: SearchHit) => void;
  /** Keep the picked name in the box (trace endpoints) instead of clearing it (main search). */
  readonly keepPicked?: boolean;
  readonly initialText?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly className?: string;
}

type Phase = 'idle' | 'loading' | 'done' | 'failed';

const DEBOUNCE_MS = 160;

export function SearchBox({ label, placeholder, onPick, keepPicked = false, initialText = '', inputRef, className }: Props): ReactElement {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initialText);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const picked = useRef(initialText);

  useEffect(() => {
    picked.current = initialText;
    setText(initialText);
  }, [initialText]);

  useEffect(() => {
    const query = text.trim();
    if (query.length === 0 || query === picked.current) {
      setHits([]);
      setPhase('idle');
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setPhase('loading');
      searchEntities(query, controller.signal).then(
        (result) => {
          setHits(result);
          setActive(result.length > 0 ? 0 : -1);
          setPhase('done');
        },
        (err: unknown) => {
          if (err instanceof ApiError && err.code === 'ABORTED') return;
          setHits([]);
          setPhase('failed');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    picked.current = keepPicked ? hit.entity.name : '';
    setText(keepPicked ? hit.entity.name : '');
    setOpen(false);
    setHits([]);
    setActive(-1);
    onPick(hit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const count = hits.length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      if (count > 0) setActive((a) => (a + 1) % count);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (count > 0) setActive((a) => (a <= 0 ? count - 1 : a - 1));
    } else if (e.key === 'Enter') {
      if (open && count > 0) {
        e.preventDefault();
        choose(hits[active >= 0 ? active : 0]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else setText('');
    } else if (e.key === 'Home' || e.key === 'End') {
      setActive(-1);
    }
  };

  const expanded = open && text.trim().length > 0 && text.trim() !== picked.current && phase !== 'idle';
  const optionId = (i: number): string => `${id}-opt-${i}`;

  return (
    <div className={`combo ${className ?? ''}`}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <Icon name="search" className="combo-icon" size={16} />
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          picked.current = '';
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${label} results`} className="combo-list" hidden={!expanded}>
        {phase === 'loading' && hits.length === 0 && <li className="combo-status">Searching…</li>}
        {phase === 'failed' && <li className="combo-status">Search is unavailable right now</li>}
        {phase === 'done' && hits.length === 0 && <li className="combo-status">No entity matches “{text.trim()}”</li>}
        {hits.map((hit, i) => (
          <li
            key={hit.entity.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="combo-option"
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <KindGlyph kind={hit.entity.kind} type={hit.entity.type} />
            <span className="combo-text">
              <span className="combo-name">{hit.entity.name}</span>
              <span className="combo-meta">
                {KIND_STYLES[hit.entity.kind].label}
                {hit.matched !== hit.entity.name && (
                  <>
                    {' · matched '}
                    <mark className="combo-matched">{hit.matched}</mark>
                  </>
                )}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
