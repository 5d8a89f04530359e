// What filing made: each proposal with what it proposes and where it stands, and the ways on: the
// review queue for what waits (editors), the canvas and the history for what was applied.
import type { ReactElement } from 'react';
import { useActions } from '../../app/useActions';
import type { IntakeState } from '../../model/intake';
import { filedSummary } from '../../model/intakePicks';
import { useEditing } from '../useEditing';

const STATE_WORDS: Record<string, string> = { PENDING: 'waits for review', ACCEPTED: 'applied', REJECTED: 'rejected', CONFLICTED: 'could not be applied' };

export function IntakeFiled({ state }: { state: IntakeState }): ReactElement {
  const actions = useActions();
  const { access } = useEditing();
  const pending = state.filed.filter((p) => p.state === 'PENDING').length;
  const run = (id: 'openReview' | 'backToCandidates' | 'startOverIntake'): ReactElement => (
    <button type="button" className={`button${id === 'startOverIntake' ? ' button-primary' : ''}`} onClick={() => actions.run(id)} {...actions.attributes(id)}>
      {actions.label(id)}
    </button>
  );
  return (
    <section className="intake-filed" aria-labelledby="intake-filed-title">
      <h3 id="intake-filed-title">{state.filed.length === 1 ? 'One proposal made' : `${state.filed.length} proposals made`}</h3>
      <p className="muted small">
        {pending === 0
          ? 'Everything filed is applied to the graph and kept in its history.'
          : access.review
            ? `${pending} wait in the review queue.`
            : `${pending} wait for an editor’s review; until then they are drawn dotted on the canvas for you.`}
      </p>
      <ol className="intake-filed-list">
        {state.filed.map((p) => {
          const link = p.kind !== 'ENTITY' && p.state === 'ACCEPTED' ? (p.result?.target ?? p.target) : null;
          return (
            <li key={p.id} className="intake-filed-item" data-proposal={p.id} data-state={p.state}>
              <span className="intake-filed-summary">{filedSummary(p, state)}</span>{' '}
              <span className={`chip intake-filed-state-${p.state.toLowerCase()}`}>{STATE_WORDS[p.state] ?? p.state}</span>
              {p.note && <span className="muted small"> · {p.note}</span>}
              {link && (
                <span className="intake-filed-links">
                  <button type="button" className="link-button" onClick={() => actions.run('showIntakeLink', link)} {...actions.attributes('showIntakeLink')}>
                    {actions.label('showIntakeLink', link)}
                  </button>
                  <button type="button" className="link-button" title={actions.tooltip('showIntakeHistory', link)} onClick={() => actions.run('showIntakeHistory', link)}
                    {...actions.attributes('showIntakeHistory')}>
                    {actions.label('showIntakeHistory', link)}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="form-buttons">
        {run('startOverIntake')}
        {access.review && pending > 0 && run('openReview')}
        {state.candidates.some((c) => c.decision === 'open') && run('backToCandidates')}
      </div>
    </section>
  );
}
