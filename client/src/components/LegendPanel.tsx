// Legend and filters in one: every entry shows how the thing is drawn and switches it on or off.
// Entries with nothing on the canvas fold behind one button per section (unless switched off, so a
// filter is never out of sight), which keeps the canvas a few Tab presses away.
import { useMemo, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { ENTITY_KINDS, RELATION_TYPES, STATUSES } from '#vocabulary';
import { useGraphState } from '../app/context';
import { useActions } from '../app/useActions';
import type { EntityKind, GraphState, RelationType } from '../model/types';
import { KIND_STYLES } from '../theme/entityStyles';
import { RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';
import { KindGlyph } from './KindGlyph';
import { DateReadingsLegend } from './DateReadingsLegend';
import { LinkSample } from './LinkSample';

const TYPES = Object.keys(RELATION_TYPES) as RelationType[];
const KINDS = Object.keys(ENTITY_KINDS) as EntityKind[];

function countBy<T extends string>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

function useCounts(state: GraphState) {
  return useMemo(() => {
    const rels = Object.values(state.relationships);
    return {
      types: countBy(rels.map((r) => r.type)),
      statuses: countBy(rels.map((r) => r.status)),
      kinds: countBy(Object.values(state.entities).map((e) => e.kind)),
    };
  }, [state.relationships, state.entities]);
}

function Entry(props: { checked: boolean; onChange: () => void; sample: ReactNode; label: string; count: number; title?: string }): ReactElement {
  return (
    <li className={`legend-entry${props.count === 0 ? ' legend-empty' : ''}`} title={props.title}>
      <label>
        <input type="checkbox" checked={props.checked} onChange={props.onChange} />
        <span className="legend-sample">{props.sample}</span>
        <span className="legend-label">{props.label}</span>
        <span className="legend-count" aria-label={`${props.count} on canvas`}>
          {props.count}
        </span>
      </label>
    </li>
  );
}

interface EntryProps {
  key: string;
  checked: boolean;
  onChange: () => void;
  sample: ReactNode;
  label: string;
  count: number;
  title?: string;
}

/** A section's entries: those on the canvas or switched off, then the rest behind "N more". */
function Entries({ entries, what }: { entries: EntryProps[]; what: string }): ReactElement {
  const [open, setOpen] = useState(false);
  const folded = entries.filter((e) => e.count === 0 && e.checked);
  const shown = open ? entries : entries.filter((e) => !folded.includes(e));
  return (
    <>
      <ul>
        {shown.map(({ key, ...props }) => (
          <Entry key={key} {...props} />
        ))}
      </ul>
      {folded.length > 0 && (
        <button type="button" className="link-button legend-fold" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? `Fold ${what} not on the canvas` : `${folded.length} more ${what}, none on the canvas`}
        </button>
      )}
    </>
  );
}

export function LegendPanel(): ReactElement {
  const actions = useActions();
  const state = useGraphState();
  const counts = useCounts(state);
  const { hiddenTypes, hiddenStatuses, hiddenKinds } = state.filters;

  return (
    <aside className="legend" aria-label="Legend and filters">
      <section aria-labelledby="legend-links">
        <div className="legend-head">
          <h2 id="legend-links">Links</h2>
          <button type="button" className="link-button" onClick={() => actions.run('toggleAllTypes')} {...actions.attributes('toggleAllTypes')}>
            {actions.label('toggleAllTypes')}
          </button>
        </div>
        <Entries
          what="link types"
          entries={TYPES.map((type) => ({
            key: type,
            checked: !hiddenTypes.includes(type),
            onChange: () => actions.run('toggleRelationType', type),
            sample: <LinkSample type={type} />,
            label: RELATION_STYLES[type].short,
            count: counts.types.get(type) ?? 0,
            title: `A ${RELATION_TYPES[type].label} B`,
          }))}
        />
      </section>
      <section aria-labelledby="legend-status">
        <h2 id="legend-status">Status</h2>
        <Entries
          what="statuses"
          entries={STATUSES.map((status) => ({
            key: status,
            checked: !hiddenStatuses.includes(status),
            onChange: () => actions.run('toggleStatus', status),
            sample: <LinkSample status={status} />,
            label: STATUS_STYLES[status].label,
            count: counts.statuses.get(status) ?? 0,
            title: STATUS_STYLES[status].description,
          }))}
        />
      </section>
      <DateReadingsLegend asOf={state.asOf} />
      <section aria-labelledby="legend-kinds">
        <h2 id="legend-kinds">Entities</h2>
        <Entries
          what="kinds"
          entries={KINDS.map((kind) => ({
            key: kind,
            checked: !hiddenKinds.includes(kind),
            onChange: () => actions.run('toggleKind', kind),
            sample: <KindGlyph kind={kind} type={ENTITY_KINDS[kind]} />,
            label: KIND_STYLES[kind].label,
            count: counts.kinds.get(kind) ?? 0,
          }))}
        />
      </section>
      <section aria-labelledby="legend-labels">
        <h2 id="legend-labels">Labels</h2>
        <label className="legend-option" title={actions.tooltip('toggleChineseNames')}>
          <input type="checkbox" checked={state.chineseNames} onChange={() => actions.run('toggleChineseNames')} {...actions.attributes('toggleChineseNames')} />
          <span>
            Chinese names <span lang="zh">中文</span>
          </span>
        </label>
      </section>
    </aside>
  );
}
