// The Edit tab: the tools of editor mode, the New link tool's progress, and the draft's form.
import type { ReactElement } from 'react';
import { useGraphState } from '../app/context';
import { useActions } from '../app/useActions';
import { ChangeDraftForm, EntityDraftForm, LinkDraftForm } from './DraftForms';
import { useEditing } from './useEditing';

export function EditPanel(): ReactElement {
  const { access, draft, picking } = useEditing();
  const actions = useActions();
  const state = useGraphState();
  const selectedLink = state.selection?.kind === 'edge' ? state.selection.id : null;
  if (!access.propose) return <p className="muted">Sign in with an account that may propose changes to edit the graph.</p>;
  if (draft?.draft === 'link') return <LinkDraftForm draft={draft} />;
  if (draft?.draft === 'change') return <ChangeDraftForm draft={draft} />;
  if (draft?.draft === 'entity') return <EntityDraftForm draft={draft} />;

  const tool = (id: 'startLink' | 'startEntity' | 'pasteSource' | 'addArticle'): ReactElement => (
    <button type="button" className="button" onClick={() => actions.run(id)} title={actions.tooltip(id)} {...actions.attributes(id)}>
      {actions.label(id)}
    </button>
  );
  return (
    <div className="edit-tools">
      <p className="muted small">
        {access.editDirectly
          ? 'You are an editor: propose changes for review, or save them at once. Every write is kept in the history.'
          : 'You are a contributor: what you propose waits for an editor’s review.'}
      </p>
      {picking ? (
        <div className="picking" role="status">
          <p>
            <strong>New link:</strong> {picking.from ? <>from <strong>{picking.from.name}</strong>, now click the other end on the canvas.</> : 'click the first entity on the canvas.'}
          </p>
          <button type="button" className="button" onClick={() => actions.run('cancelEdit')} {...actions.attributes('cancelEdit')}>
            {actions.label('cancelEdit')}
          </button>
        </div>
      ) : (
        <div className="actions">
          {tool('startLink')}
          {tool('startEntity')}
          {access.addSource && tool('pasteSource')}
          {tool('addArticle')}
          {selectedLink && (
            <button type="button" className="button" onClick={() => actions.run('changeLink', selectedLink)} {...actions.attributes('changeLink')}>
              {actions.label('changeLink', selectedLink)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
