// One candidate: the link it proposes (from → to, the type in words), its status, dates with their
// bases, who asserts it, how sure intake is and why, whether the graph holds it already; accept,
// edit (type, direction, status, dates) or reject it. Problems found before or by filing sit beside
// the field they name.
import { useEffect, useRef } from 'react';
import type { ReactElement } from 'react';
import { RELATION_TYPES, STATUSES } from '#vocabulary';
import type { RelationType } from '#vocabulary';
import { useServices } from '../../app/context';
import { useActions } from '../../app/useActions';
import { editCandidate } from '../../model/intake';
import type { Candidate, IntakeState } from '../../model/intake';
import { candidateSentence, endsOf, linkOf } from '../../model/intakePicks';
import type { End } from '../../model/intakePicks';
import { attributionText, datesText } from '../../text/claims';
import { KIND_STYLES } from '../../theme/entityStyles';
import { Choice, DatesFields, Field } from '../DraftFields';

const TYPE_WORDS = Object.fromEntries(Object.entries(RELATION_TYPES).map(([t, v]) => [t, v.label])) as Record<RelationType, string>;
const DECISION_WORDS = { open: 'undecided', accepted: 'accepted', rejected: 'rejected' } as const;

function EndName({ end, state }: { end: End; state: IntakeState }): ReactElement {
  const fields = state.entities[end.key];
  return (
    <span className="intake-end" data-entity={end.key}>
      {end.name}
      {!end.entityId && (
        <span className="chip chip-new" title="Not in the graph: filed as a new entity with its proposed kind">
          new · {KIND_STYLES[fields?.kind ?? 'AUTOMAKER'].label.toLowerCase()}
        </span>
      )}
    </span>
  );
}

export function CandidateCard({ candidate: c, state, focused }: { candidate: Candidate; state: IntakeState; focused: boolean }): ReactElement {
  const { intake } = useServices();
  const actions = useActions();
  const card = useRef<HTMLLIElement>(null);
  const { from, to } = endsOf(c, state);
  const problems = state.pickProblems[c.key] ?? {};
  const attribution = c.claim.attribution;
  const speaker = attribution.entityKey ? state.reading?.entities.find((e) => e.key === attribution.entityKey) : undefined;
  const link = linkOf(c);
  const denial = link !== null && link === c.claim.contradicts;
  const busy = state.phase === 'filing';

  // A passage clicked in the text brings its candidates into view.
  useEffect(() => {
    if (focused && state.focus?.from === 'text') card.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [focused, state.focus]);

  const button = (id: 'acceptCandidate' | 'rejectCandidate' | 'editCandidate' | 'focusCandidate', extra: Record<string, unknown> = {}): ReactElement => (
    <button type="button" className={`button${id === 'acceptCandidate' && c.decision === 'accepted' ? ' button-primary' : ''}`} disabled={busy}
      title={actions.tooltip(id, c.key)} onClick={() => actions.run(id, c.key)} {...actions.attributes(id)} {...extra}>
      {actions.label(id, c.key)}
    </button>
  );
  return (
    // A click on the card (not on one of its controls) marks its sentence, as "Show its sentence" does for the keyboard.
    <li ref={card} className={`intake-candidate${focused ? ' intake-candidate-focus' : ''}`} data-candidate={c.key} data-decision={c.decision}
      aria-label={`Candidate: ${candidateSentence(c, state)} (${DECISION_WORDS[c.decision]})`}
      onClick={(e) => !(e.target as Element).closest('button, input, select, textarea, label, a') && actions.run('focusCandidate', c.key)}>
      <p className="intake-ends">
        <EndName end={from} state={state} /> <span aria-hidden="true">→</span> <EndName end={to} state={state} />
        <span className={`chip intake-decision intake-decision-${c.decision}`}>{DECISION_WORDS[c.decision]}</span>
      </p>
      {(problems.from || problems.to) && <p className="field-problem">{problems.from ?? problems.to}</p>}
      <h4 className="intake-sentence">{candidateSentence(c, state)}</h4>
      <p className="intake-facts small">
        <span className={`chip status-${c.status}`}>{c.status.toLowerCase()}</span> <span className="intake-dates">{datesText({ validFrom: c.validFrom || null, validFromBasis: c.validFromBasis || null, validTo: c.validTo || null, validToBasis: c.validToBasis || null })}</span> ·{' '}
        <span className="intake-attribution">{attributionText({ kind: attribution.kind, name: attribution.name, entity: speaker ? { name: speaker.name } : null })}</span>
      </p>
      {link && (
        <p className="intake-existing small">
          {denial ? 'contradicts ' : 'new evidence for '}
          <button type="button" className="link-button" title="Show this link of the graph on the canvas" onClick={() => actions.run('showIntakeLink', link)}>
            {candidateSentence({ ...c, type: c.claim.type }, state)}
          </button>
        </p>
      )}
      <p className="intake-score small" title={c.claim.why}>
        <meter min={0} max={1} value={c.claim.score} aria-label="How sure intake is" /> {Math.round(c.claim.score * 100)}% · <span className="intake-why">{c.claim.why}</span>
      </p>
      <blockquote className="intake-quote small">{c.claim.quote}</blockquote>
      {problems.quote && <p className="field-problem">{problems.quote}</p>}
      {c.editing && (
        <fieldset className="form-group intake-edit" disabled={busy}>
          <legend>Edit the candidate</legend>
          <div className="form-row">
            <Field label="Type" problem={problems.type}>
              <Choice value={c.type} options={Object.keys(RELATION_TYPES) as RelationType[]} labels={TYPE_WORDS} onChange={(v) => v && intake.update(editCandidate, c.key, { type: v })} />
            </Field>
            <Field label="Status" problem={problems.status}>
              <Choice value={c.status} options={STATUSES} onChange={(v) => v && intake.update(editCandidate, c.key, { status: v })} />
            </Field>
          </div>
          <div className="form-buttons">
            <button type="button" className="button" onClick={() => actions.run('swapCandidate', c.key)} title={actions.tooltip('swapCandidate', c.key)} {...actions.attributes('swapCandidate')}>
              {actions.label('swapCandidate', c.key)}
            </button>
            <button type="button" className="link-button" onClick={() => actions.run('resetCandidate', c.key)} title={actions.tooltip('resetCandidate', c.key)} {...actions.attributes('resetCandidate')}>
              {actions.label('resetCandidate', c.key)}
            </button>
          </div>
          <DatesFields draft={c} problems={problems} onChange={(d) => intake.update(editCandidate, c.key, {
            validFrom: d.validFrom, validFromBasis: d.validFromBasis, validTo: d.validTo, validToBasis: d.validToBasis, datesNote: d.datesNote,
          })} />
        </fieldset>
      )}
      <div className="form-buttons intake-decide">
        {button('acceptCandidate', { 'aria-pressed': c.decision === 'accepted' })}
        {button('editCandidate', { 'aria-expanded': c.editing })}
        {button('rejectCandidate', { 'aria-pressed': c.decision === 'rejected' })}
        {button('focusCandidate')}
      </div>
    </li>
  );
}
