// The table view of what is on the canvas: entities, or links with status, dates, who asserts them
// and the source. Columns sort (click a header), a box filters, and the selection is shared both
// ways: clicking a row selects it on the canvas (Shift/Ctrl adds entities), the canvas's selection
// is the highlighted row, scrolled into view. The quotes behind the attribution and source columns
// are fetched for the drawn links in batches (api/linkQuotes.ts).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent, ReactElement } from 'react';
import { fetchLinkQuotes, knownLinkQuotes } from '../api/linkQuotes';
import type { LinkQuote } from '../api/linkQuotes';
import { useGraphState } from '../app/context';
import { useCanvas } from '../canvas/CanvasContext';
import { useActions } from '../app/useActions';
import { selectedEntities } from '../model/selectMany';
import { visibleGraph } from '../model/visible';
import { ENTITY_COLUMNS, LINK_COLUMNS, entityRows, filterRows, linkRows, sortRows } from '../table/rows';
import type { EntityRow, LinkRow, SortOrder } from '../table/rows';

const HEADINGS: Readonly<Record<string, string>> = {
  name: 'Name', kind: 'Kind', country: 'Country', links: 'Links shown',
  from: 'From', label: 'Link', to: 'To', status: 'Status', dates: 'Dates', attribution: 'Asserted by', source: 'Source',
};

type View = 'entities' | 'links';

function useLinkQuotes(ids: readonly string[]): Readonly<Record<string, readonly LinkQuote[]>> {
  const key = ids.join('\n');
  const [quotes, setQuotes] = useState(() => knownLinkQuotes(ids));
  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split('\n');
    setQuotes(knownLinkQuotes(wanted));
    // A failure leaves the columns empty: the table is still the canvas's, the banner is for the canvas.
    fetchLinkQuotes(wanted).then((q) => live && setQuotes(q), () => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  return quotes;
}

function Header<C extends string>({ column, order, onSort }: { column: C; order: SortOrder<C>; onSort: (c: C) => void }): ReactElement {
  const sorted = order.column === column;
  return (
    <th scope="col" aria-sort={sorted ? (order.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="table-sort" onClick={() => onSort(column)}>
        {HEADINGS[column] ?? column}
        <span aria-hidden="true">{sorted ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

export function CanvasTable(): ReactElement {
  const state = useGraphState();
  const actions = useActions();
  const canvas = useCanvas();
  const [view, setView] = useState<View>('entities');
  const [filter, setFilter] = useState('');
  const [entityOrder, setEntityOrder] = useState<SortOrder<(typeof ENTITY_COLUMNS)[number]>>({ column: 'name', descending: false });
  const [linkOrder, setLinkOrder] = useState<SortOrder<(typeof LINK_COLUMNS)[number]>>({ column: 'from', descending: false });
  const body = useRef<HTMLTableSectionElement>(null);

  const linkIds = useMemo(() => visibleGraph(state).edges.map((e) => e.rel.id).sort(), [state]);
  const quotes = useLinkQuotes(view === 'links' ? linkIds : []);
  const chosen = useMemo(() => new Set([...selectedEntities(state), ...(state.selection?.kind === 'edge' ? [state.selection.id] : [])]), [state]);

  const entities = useMemo(() => sortRows(filterRows(entityRows(state), filter, ENTITY_COLUMNS), entityOrder), [state, filter, entityOrder]);
  const links = useMemo(() => sortRows(filterRows(linkRows(state, quotes), filter, LINK_COLUMNS), linkOrder), [state, quotes, filter, linkOrder]);

  // The canvas's selection shows in the table: the selected element's view, its row in sight.
  const sel = state.selection;
  useEffect(() => {
    if (sel) setView(sel.kind === 'edge' ? 'links' : 'entities');
  }, [sel]);
  useEffect(() => {
    if (sel) body.current?.querySelector(`[data-id="${CSS.escape(sel.id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [sel, view]);

  const choose = (e: MouseEvent, kind: 'node' | 'edge', id: string): void => {
    if (kind === 'node' && (e.shiftKey || e.ctrlKey || e.metaKey)) actions.run('pick', id);
    else actions.run('select', { kind, id });
    // The canvas is smaller with the table open: bring what was picked into its view.
    canvas.centerOn(id);
  };
  const sortBy = <C extends string>(set: (f: (o: SortOrder<C>) => SortOrder<C>) => void) => (column: C) =>
    set((o) => ({ column, descending: o.column === column ? !o.descending : false }));

  const row = (kind: 'node' | 'edge', id: string, cells: ReactElement[], faded = false): ReactElement => (
    <tr
      key={id}
      data-id={id}
      aria-current={chosen.has(id) ? 'true' : undefined}
      className={`${chosen.has(id) ? 'chosen' : ''}${faded ? ' faded' : ''}`}
      onClick={(e) => choose(e, kind, id)}
      // Shift+click adds to the selection; it should not also select the rows' text.
      onMouseDown={(e) => {
        if (e.shiftKey) e.preventDefault();
      }}
    >
      {cells}
    </tr>
  );
  const entityCells = (r: EntityRow): ReactElement[] => [
    <th scope="row" key="name">
      <button type="button" className="table-pick" onClick={(e) => { e.stopPropagation(); choose(e, 'node', r.id); }}>
        {r.name}
      </button>
    </th>,
    <td key="kind">{r.kind}</td>,
    <td key="country">{r.country}</td>,
    <td key="links">{r.links === r.degree ? r.links : `${r.links} of ${r.degree}`}</td>,
  ];
  const linkCells = (r: LinkRow): ReactElement[] => [
    <td key="from">{r.from}</td>,
    <th scope="row" key="label">
      <button type="button" className="table-pick" onClick={(e) => { e.stopPropagation(); choose(e, 'edge', r.id); }}>
        {r.label}
      </button>
    </th>,
    <td key="to">{r.to}</td>,
    <td key="status">{r.status}</td>,
    <td key="dates">{r.dates}</td>,
    <td key="attribution">{r.attribution}</td>,
    <td key="source">{r.url ? <a href={r.url} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()}>{r.source}</a> : r.source}</td>,
  ];

  const shown = view === 'entities' ? entities.length : links.length;
  return (
    <section className="canvas-table" aria-label="Table of the canvas">
      <div className="table-bar">
        <div className="segmented" role="radiogroup" aria-label="Rows">
          {(['entities', 'links'] as const).map((v) => (
            <button key={v} type="button" role="radio" aria-checked={view === v} className="segment" onClick={() => setView(v)}>
              {v === 'entities' ? `Entities (${entityRows(state).length})` : `Links (${linkIds.length})`}
            </button>
          ))}
        </div>
        <label className="table-filter">
          <span>Filter rows</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="name, status, source…" />
        </label>
        <span className="muted" role="status">{shown} shown</span>
        <button type="button" className="button" onClick={() => actions.run('toggleTable')} {...actions.attributes('toggleTable')}>
          Close table
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table" aria-label={view === 'entities' ? 'Entities on the canvas' : 'Links on the canvas'}>
          <thead>
            <tr>
              {view === 'entities'
                ? ENTITY_COLUMNS.map((c) => <Header key={c} column={c} order={entityOrder} onSort={sortBy(setEntityOrder)} />)
                : LINK_COLUMNS.map((c) => <Header key={c} column={c} order={linkOrder} onSort={sortBy(setLinkOrder)} />)}
            </tr>
          </thead>
          <tbody ref={body}>
            {view === 'entities' ? entities.map((r) => row('node', r.id, entityCells(r))) : links.map((r) => row('edge', r.id, linkCells(r), !r.inTime))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
