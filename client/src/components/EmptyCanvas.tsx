// What an empty canvas says: how to start, with a few entities to start from.
import { Fragment } from 'react';
import type { ReactElement } from 'react';
import { KEY_SCOPES } from '../app/keyBindings';
import { useActions } from '../app/useActions';
import { GraphContents } from './GraphSummary';

const STARTERS = [
  { id: 'xiaomi-auto', name: 'Xiaomi Auto', hint: '小米汽车' },
  { id: 'nio', name: 'NIO', hint: '蔚来' },
  { id: 'jac', name: 'JAC Motors', hint: '江淮汽车' },
];

export function EmptyCanvas(): ReactElement {
  const actions = useActions();
  return (
    <div className="empty-canvas">
      <h2>Who builds, owns and licenses whom</h2>
      <p>
        Search for a company, plant, agency or person, in English or Chinese. Double-click a node to expand it; right-click
        for more. Every link carries the sentences that state it.
      </p>
      <GraphContents />
      <p className="starters">
        <span className="muted">Start from</span>
        {STARTERS.map((s) => (
          <button key={s.id} type="button" className="chip-button" onClick={() => actions.run('open', { id: s.id, name: s.name })}>
            {s.name} <span lang="zh" className="muted">{s.hint}</span>
          </button>
        ))}
      </p>
      <p className="muted small">
        Keys:{' '}
        {KEY_SCOPES.page.map((id, i) => (
          <Fragment key={id}>
            {i > 0 && ' · '}
            <kbd>{actions.shortcut(id)}</kbd> {actions.short(id).toLowerCase()}
          </Fragment>
        ))}
      </p>
    </div>
  );
}
