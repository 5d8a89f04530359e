// The candidates beside the article, in the article's order, and the bar that files the accepted
// ones: "File N accepted" for contributors, "Apply N accepted" for editors (the server applies an
// editor's at once), with its progress and a refusal's message.
import type { ReactElement } from 'react';
import { useActions } from '../../app/useActions';
import type { IntakeState } from '../../model/intake';
import { acceptedOf, newEntitiesOf } from '../../model/intakePicks';
import { FormMessage } from '../DraftFields';
import { useEditing } from '../useEditing';
import { CandidateCard } from './CandidateCard';
import { IntakeEntities } from './IntakeEntities';
import { IntakeProgress } from './IntakeProgress';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function IntakeCandidates({ state }: { state: IntakeState }): ReactElement {
  const actions = useActions();
  const { access } = useEditing();
  const accepted = acceptedOf(state).length;
  const rejected = state.candidates.filter((c) => c.decision === 'rejected').length;
  const input = { count: accepted, apply: access.editDirectly };
  const focused = new Set(state.focus?.keys ?? []);
  const entities = newEntitiesOf(state).length;
  return (
    <section className="intake-candidates" aria-labelledby="intake-candidates-title">
      <header className="intake-candidates-head">
        <h3 id="intake-candidates-title">Candidates</h3>
        <p className="muted small" aria-live="polite">
          {state.candidates.length === 0
            ? 'Intake found no link stated in this article.'
            : `${plural(state.candidates.length, 'candidate')}: ${accepted} accepted, ${rejected} rejected, ${state.candidates.length - accepted - rejected} undecided`}
        </p>
      </header>
      <IntakeEntities state={state} />
      <ol className="intake-candidate-list">
        {state.candidates.map((c) => (
          <CandidateCard key={c.key} candidate={c} state={state} focused={focused.has(c.key)} />
        ))}
      </ol>
      <footer className="intake-file-bar">
        <FormMessage message={state.message} />
        {state.phase === 'filing' ? (
          <IntakeProgress label={`${access.editDirectly ? 'Applying' : 'Filing'} ${plural(accepted, 'candidate')}${entities > 0 ? ` and ${plural(entities, 'new entity', 'new entities')}` : ''}`} startedAt={state.startedAt} />
        ) : (
          <div className="form-buttons">
            <button type="button" className="button button-primary" disabled={!actions.enabled('fileAccepted', input)} title={actions.tooltip('fileAccepted', input)}
              onClick={() => actions.run('fileAccepted', input)} {...actions.attributes('fileAccepted')}>
              {actions.label('fileAccepted', input)}
            </button>
            <button type="button" className="button" disabled={state.candidates.every((c) => c.decision !== 'open')} title={actions.tooltip('acceptAllOpen')}
              onClick={() => actions.run('acceptAllOpen')} {...actions.attributes('acceptAllOpen')}>
              {actions.label('acceptAllOpen')}
            </button>
            <button type="button" className="link-button" title={actions.tooltip('editArticleAgain')} onClick={() => actions.run('editArticleAgain')} {...actions.attributes('editArticleAgain')}>
              {actions.label('editArticleAgain')}
            </button>
          </div>
        )}
        {accepted > 0 && entities > 0 && state.phase !== 'filing' && (
          <p className="muted small">With them: {plural(entities, 'new entity', 'new entities')}, filed first.</p>
        )}
      </footer>
    </section>
  );
}
