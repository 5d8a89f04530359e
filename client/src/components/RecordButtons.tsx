// The editing buttons under a selected link or entity: its history for everyone, a change for
// accounts that may propose one.
import type { ReactElement } from 'react';
import { useActions } from '../app/useActions';
import { useEditing } from './useEditing';

export function RecordButtons({ linkId }: { linkId?: string }): ReactElement {
  const actions = useActions();
  const { access } = useEditing();
  return (
    <div className="actions record-buttons">
      <button type="button" className="button" onClick={() => actions.run('showHistory')} title={actions.tooltip('showHistory')} {...actions.attributes('showHistory')}>
        {actions.label('showHistory')}
      </button>
      {linkId && access.propose && (
        <button type="button" className="button" onClick={() => actions.run('changeLink', linkId)} title={actions.tooltip('changeLink', linkId)} {...actions.attributes('changeLink')}>
          {actions.label('changeLink', linkId)}
        </button>
      )}
    </div>
  );
}
