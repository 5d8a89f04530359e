// The History tab: every revision of the selected entity or link, newest first: who, when, what
// changed (a field-level diff of before and after), why; editors may revert one (a new revision).
import { useState } from 'react';
import type { ReactElement } from 'react';
import { fetchHistory } from '../api/editing';
import type { RecordHistory, RevisionInfo } from '../api/editing';
import { useGraphState, useServices } from '../app/context';
import { parseRecord } from '../model/recordDiff';
import { FormMessage } from './DraftFields';
import { RecordDiff, whenText } from './RecordDiff';
import { useEditing } from './useEditing';
import { useFetched } from './useFetched';

const ACTION_WORDS: Record<string, string> = { CREATE: 'Created', UPDATE: 'Changed', RETIRE: 'Retired', REVERT: 'Reverted' };

/** The key is `written:kind:id`, so a write or another selection loads the history again. */
const loadHistory = (key: string): Promise<RecordHistory | null> => {
  const [, kind, ...id] = key.split(':');
  return fetchHistory(kind === 'node' ? 'entity' : 'relationship', id.join(':'));
};

function RevertForm({ revision }: { revision: RevisionInfo }): ReactElement {
  const { editing } = useServices();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Revert this change…
      </button>
    );
  }
  const send = (): void => {
    void editing.revert(revision.id, reason).then((r) => setMessage(r.ok ? null : (r.problems.reason ?? r.message)));
  };
  return (
    <div className="revert-form">
      <label className="field field-wide">
        <span className="field-label">Why revert (kept in the history)</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <FormMessage message={message} />
      <div className="form-buttons">
        <button type="button" className="button button-danger" onClick={send}>
          Revert to before v{revision.version}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function RevisionItem({ revision, canRevert }: { revision: RevisionInfo; canRevert: boolean }): ReactElement {
  return (
    <li className="revision" data-action-kind={revision.action}>
      <p className="revision-head">
        <span className="chip">v{revision.version}</span> <strong>{ACTION_WORDS[revision.action] ?? revision.action}</strong> by{' '}
        <span className="revision-author">{revision.author.email}</span> · <time dateTime={revision.at}>{whenText(revision.at)}</time>
      </p>
      {(revision.reason ?? revision.proposal?.reason) && <p className="revision-reason">“{revision.reason ?? revision.proposal?.reason}”</p>}
      <RecordDiff before={parseRecord(revision.before)} after={parseRecord(revision.after)} />
      {canRevert && revision.before !== null && <RevertForm revision={revision} />}
    </li>
  );
}

export function HistoryPanel(): ReactElement {
  const state = useGraphState();
  const { access, written } = useEditing();
  const sel = state.selection;
  const fetched = useFetched(sel ? `${written}:${sel.kind}:${sel.id}` : null, loadHistory);
  if (!sel) return <p className="muted">Select an entity or a link to see its history.</p>;
  if (!fetched || fetched.status === 'loading') return <p className="muted" role="status">Loading the history…</p>;
  if (fetched.status === 'failed') return <p className="error-text">Could not load the history: {fetched.message}</p>;
  const history = fetched.value;
  if (!history) return <p className="muted">This record is no longer in the graph.</p>;
  const newestFirst = [...history.revisions].reverse();
  return (
    <article className="history" aria-labelledby="history-title">
      <p className="eyebrow">{history.kind === 'entity' ? 'Entity' : 'Link'} · version {history.version}</p>
      <h2 id="history-title">{history.title}</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">No revision recorded yet.</p>
      ) : (
        <ol className="revisions">
          {newestFirst.map((r) => (
            <RevisionItem key={r.id} revision={r} canRevert={access.revert} />
          ))}
        </ol>
      )}
    </article>
  );
}
