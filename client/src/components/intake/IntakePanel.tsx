// "Add article" (contributors and up): the article's form, then the article with its highlights
// beside the candidates, then what filing made. The panel is wide while it is open (App.tsx).
import type { ReactElement } from 'react';
import { useEditing } from '../useEditing';
import { IntakeArticle } from './IntakeArticle';
import { IntakeCandidates } from './IntakeCandidates';
import { IntakeFiled } from './IntakeFiled';
import { IntakeForm } from './IntakeForm';
import { useIntake } from './useIntake';

export function IntakePanel(): ReactElement {
  const { access } = useEditing();
  const state = useIntake();
  if (!access.propose) return <p className="muted">Sign in with an account that may propose changes to add articles.</p>;
  if (state.phase === 'writing' || state.phase === 'reading') return <IntakeForm />;
  return (
    <div className="intake-review">
      <IntakeArticle state={state} />
      {state.phase === 'filed' ? <IntakeFiled state={state} /> : <IntakeCandidates state={state} />}
    </div>
  );
}
