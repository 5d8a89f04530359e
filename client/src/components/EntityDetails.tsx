// The panel for an entity: its names and aliases, what it is, actions, and its links grouped by type.
import type { ReactElement } from 'react';
import { RELATION_TYPES } from '#vocabulary';
import { fetchEntityDetails } from '../api/linkage';
import type { EntityDetails as Details } from '../api/linkage';
import { useActions } from '../app/useActions';
import type { Actions } from '../app/useActions';
import { phraseFor } from '../model/paths';
import type { GraphState, RelationType } from '../model/types';
import { linksNotLoaded } from '../model/visible';
import { datesText } from '../text/claims';
import { KIND_STYLES } from '../theme/entityStyles';
import { RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';
import { Icon } from './icons';
import { KindGlyph } from './KindGlyph';
import { LinkSample } from './LinkSample';
import { NotesSection } from './NotesSection';
import { RecordButtons } from './RecordButtons';
import { useFetched } from './useFetched';

function LinkGroups({ id, details, state, actions }: { id: string; details: Details; state: GraphState; actions: Actions }): ReactElement {
  const groups = new Map<RelationType, Details['links']>();
  for (const link of details.links) groups.set(link.rel.type, [...(groups.get(link.rel.type) ?? []), link]);
  const order = (Object.keys(RELATION_TYPES) as RelationType[]).filter((t) => groups.has(t));
  return (
    <div className="link-groups">
      {order.map((type) => (
        <section key={type} className="link-group" aria-label={RELATION_STYLES[type].short}>
          <h4>
            <LinkSample type={type} /> {RELATION_STYLES[type].short} <span className="muted">({groups.get(type)?.length})</span>
          </h4>
          <ul>
            {(groups.get(type) ?? []).map(({ rel, from, to }) => {
              const outgoing = rel.from === id;
              const other = outgoing ? to : from;
              const onCanvas = state.relationships[rel.id] !== undefined;
              return (
                <li key={rel.id}>
                  <button type="button" className={`link-row${onCanvas ? ' on-canvas' : ''}`} onClick={() => actions.run('showLink', { rel, from, to })}>
                    <span className="link-row-phrase">{phraseFor(rel, !outgoing)}</span>{' '}
                    <KindGlyph kind={other.kind} type={other.type} size={12} /> <strong>{other.name}</strong>
                    <span className="link-row-meta">
                      <span className={`chip status-${rel.status}`}>{STATUS_STYLES[rel.status].label}</span>
                      {(rel.validFrom || rel.validTo) && <span className="muted small">{datesText(rel)}</span>}
                      {!onCanvas && <span className="muted small">not on canvas</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {details.totalLinks > details.links.length && (
        <p className="muted small">
          Showing {details.links.length} of {details.totalLinks} links.
        </p>
      )}
    </div>
  );
}

export function EntityDetails({ id, state }: { id: string; state: GraphState }): ReactElement {
  const actions = useActions();
  const fetched = useFetched(id, fetchEntityDetails);
  const details = fetched?.status === 'ready' ? fetched.value : null;
  const entity = details?.entity ?? state.entities[id];
  if (!entity) return <p className="muted">This entity is no longer on the canvas.</p>;
  const notLoaded = linksNotLoaded(state, id);
  const ref = { id, name: entity.name };

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <KindGlyph kind={entity.kind} type={entity.type} /> {KIND_STYLES[entity.kind].label}
        {entity.country ? ` · ${entity.country}` : ''}
      </p>
      <h2 id="details-title">{entity.name}</h2>
      {entity.aliases.length > 0 && (
        <div className="aliases" aria-label="Also known as">
          <span className="muted small">Also known as</span>
          <ul>
            {entity.aliases.map((a) => (
              <li key={a} className="alias" lang={/[\u3400-\u9fff]/u.test(a) ? 'zh' : undefined}>
                {a}
              </li>
            ))}
          </ul>
        </div>
      )}
      {entity.description && <p className="description">{entity.description}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={() => actions.run('expand', id)} disabled={notLoaded === 0} title={actions.tooltip('expand', id)} {...actions.attributes('expand')}>
          <Icon name="expand" size={16} /> {actions.short('expand', id)}
          {notLoaded > 0 ? ` (+${notLoaded})` : ''}
        </button>
        <button type="button" className="button" onClick={() => actions.run('traceFrom', ref)} title={actions.tooltip('traceFrom', ref)} {...actions.attributes('traceFrom')}>
          <Icon name="route" size={16} /> {actions.short('traceFrom', ref)}
        </button>
        <button type="button" className="button" onClick={() => actions.run('hide', id)} title={actions.tooltip('hide', id)} {...actions.attributes('hide')}>
          <Icon name="eyeOff" size={16} /> {actions.short('hide', id)}
        </button>
        <button type="button" className="button button-danger" onClick={() => actions.run('remove', id)} title={actions.tooltip('remove', id)} {...actions.attributes('remove')}>
          <Icon name="trash" size={16} /> {actions.short('remove', id)}
        </button>
      </div>
      <RecordButtons />
      <h3>
        Links{details ? ` (${details.totalLinks})` : ` (${entity.degree})`}
      </h3>
      {fetched?.status === 'loading' && <p className="muted" role="status">Loading links…</p>}
      {fetched?.status === 'failed' && <p className="error-text">Could not load the links: {fetched.message}</p>}
      {details && <LinkGroups id={id} details={details} state={state} actions={actions} />}
      <NotesSection target={id} />
    </article>
  );
}
