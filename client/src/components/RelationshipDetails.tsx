// The evidence panel for a link: what it says, its status and dates, and every quote with its source.
import { useEffect } from 'react';
import type { ReactElement } from 'react';
import { fetchRelationship } from '../api/linkage';
import { useServices } from '../app/context';
import { rememberEvidence } from '../app/ui';
import { useRunAction } from '../app/useActions';
import { isAgedOn, isUndated, isValidOn } from '../model/time';
import type { GraphState, RelationshipData } from '../model/types';
import { agedText, dateLabel, datesText } from '../text/claims';
import { RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';
import { BackgroundList, EvidenceList } from './EvidenceList';
import { KindGlyph } from './KindGlyph';
import { LinkSample } from './LinkSample';
import { NotesSection } from './NotesSection';
import { RecordButtons } from './RecordButtons';
import { useFetched } from './useFetched';

/** The link's dates with how each is known; the note on how they were worked out opens on request. */
function Dates({ rel, asOf }: { rel: RelationshipData; asOf: string | null }): ReactElement {
  const outOfTime = asOf !== null && !isValidOn(rel, asOf);
  const aged = asOf !== null && !outOfTime && isAgedOn(rel, asOf);
  return (
    <>
      <dt>Valid</dt>
      <dd className="dates" title={rel.datesNote ?? undefined}>
        <span className="dates-text">{datesText(rel)}</span>
        {outOfTime && <span className="chip chip-warn">not valid on {asOf}</span>}
        {aged && rel.lastReportedOn && <span className="chip chip-aged">{agedText(rel.lastReportedOn)}</span>}
        {asOf !== null && !aged && isUndated(rel) && <span className="chip chip-undated">undated: not known to hold on {dateLabel(asOf)}</span>}
        {rel.datesNote && (
          <details className="dates-note">
            <summary>How the dates are known</summary>
            <p>{rel.datesNote}</p>
          </details>
        )}
      </dd>
      {(rel.status === 'REPORTED' || rel.status === 'RUMOURED') && rel.lastReportedOn && (
        <>
          <dt>Last report</dt>
          <dd>{dateLabel(rel.lastReportedOn)}</dd>
        </>
      )}
    </>
  );
}

export function RelationshipDetails({ id, state }: { id: string; state: GraphState }): ReactElement {
  const { evidence } = useServices();
  const run = useRunAction();
  const fetched = useFetched(id, fetchRelationship);
  const ready = fetched?.status === 'ready' ? fetched.value : null;
  useEffect(() => {
    if (ready) rememberEvidence(evidence, { [ready.rel.id]: ready.evidence });
  }, [ready, evidence]);

  const known = state.relationships[id];
  const rel = ready?.rel ?? known;
  if (!rel) return <p className="muted">This link is no longer on the canvas.</p>;
  const from = ready?.from ?? state.entities[rel.from];
  const to = ready?.to ?? state.entities[rel.to];
  const style = RELATION_STYLES[rel.type];
  const goTo = (entityId: string): void => run('showDetails', entityId);

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <LinkSample type={rel.type} status={rel.status} /> Link · {style.short}
      </p>
      <h2 id="details-title" className="link-sentence">
        {from ? (
          <button type="button" className="entity-link" onClick={() => goTo(from.id)}>
            <KindGlyph kind={from.kind} type={from.type} /> {from.name}
          </button>
        ) : (
          rel.from
        )}{' '}
        <span className="link-phrase" style={{ textDecorationColor: style.colour }}>
          {rel.label}
        </span>{' '}
        {to ? (
          <button type="button" className="entity-link" onClick={() => goTo(to.id)}>
            <KindGlyph kind={to.kind} type={to.type} /> {to.name}
          </button>
        ) : (
          rel.to
        )}
      </h2>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span className={`chip status-${rel.status}`}>{STATUS_STYLES[rel.status].label}</span>{' '}
          <span className="muted small">{STATUS_STYLES[rel.status].description}</span>
        </dd>
        <Dates rel={rel} asOf={state.asOf} />
        {rel.role && (
          <>
            <dt>Role</dt>
            <dd>{rel.role}</dd>
          </>
        )}
        {rel.note && (
          <>
            <dt>Note</dt>
            <dd>{rel.note}</dd>
          </>
        )}
      </dl>
      <RecordButtons linkId={rel.id} />
      <h3>
        Evidence{ready ? ` (${ready.evidence.length})` : ''}
      </h3>
      {fetched?.status === 'loading' && <p className="muted" role="status">Loading quotes…</p>}
      {fetched?.status === 'failed' && <p className="error-text">Could not load the quotes: {fetched.message}</p>}
      {ready && <EvidenceList evidence={ready.evidence} />}
      {ready && <BackgroundList context={ready.context} />}
      <NotesSection target={rel.id} />
    </article>
  );
}
