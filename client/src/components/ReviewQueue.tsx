// The review queue (editors): every pending proposal with its author, what it would change (the
// payload against the current record), the quotes it rests on, and accept or reject with a note.
import { useState } from 'react';
import type { ReactElement } from 'react';
import { RELATION_TYPES } from '#vocabulary';
import type { RelationType } from '#vocabulary';
import { fetchSourceList, fetchTargetHistory } from '../api/editing';
import type { ProposalInfo, RecordHistory, SourceSummary } from '../api/editing';
import { useGraphState, useServices } from '../app/context';
import { previewProposal, proposedQuotes } from '../model/proposalPreview';
import { parseRecord } from '../model/recordDiff';
import type { JsonRecord } from '../model/recordDiff';
import { FormMessage } from './DraftFields';
import { RecordDiff, whenText } from './RecordDiff';
import { useEditing } from './useEditing';
import { useFetched } from './useFetched';

const KIND_WORDS: Record<string, string> = { ENTITY: 'New entity', RELATIONSHIP: 'New link', CHANGE: 'Change' };
const noTarget = (): Promise<RecordHistory | null> => Promise.resolve(null);

/** A proposal's one-line summary: the link's sentence with the names the canvas knows. */
function useSummary(p: ProposalInfo, after: JsonRecord | null): string {
  const state = useGraphState();
  const name = (id: unknown): string => (typeof id === 'string' ? (state.entities[id]?.name ?? id) : '?');
  if (!after) return p.target ?? p.id;
  if (typeof after.type === 'string' && after.type in RELATION_TYPES) return `${name(after.from)} ${RELATION_TYPES[after.type as RelationType].label} ${name(after.to)}`;
  if (typeof after.name === 'string') return after.name;
  return p.target ?? p.id;
}

function ProposalCard({ proposal: p, sources }: { proposal: ProposalInfo; sources: readonly SourceSummary[] }): ReactElement {
  const { editing } = useServices();
  const { written } = useEditing();
  const target = p.kind === 'CHANGE' ? p.target : null;
  const current = useFetched(target ? `${written}:${target}` : null, () => (target ? fetchTargetHistory(target) : noTarget()));
  const history = current?.status === 'ready' ? current.value : null;
  const record = history ? parseRecord(history.revisions.at(-1)?.after) : null;
  const preview = previewProposal(p.kind, p.payload, record);
  const summary = useSummary(p, preview.after);
  const quotes = proposedQuotes(p.kind, p.payload);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const stale = p.kind === 'CHANGE' && history !== null && p.baseVersion !== null && history.version !== p.baseVersion;
  const decide = (decision: 'ACCEPT' | 'REJECT'): void => {
    setBusy(true);
    void editing.review(p.id, decision, note).then((r) => {
      setBusy(false);
      setMessage(r.ok ? null : r.message);
    });
  };
  const titleOf = (id: unknown): string => sources.find((s) => s.id === id)?.title ?? String(id);
  return (
    <li className="proposal" data-proposal={p.id} aria-label={`${KIND_WORDS[p.kind] ?? p.kind}: ${summary}`}>
      <p className="eyebrow">
        <span className="chip">{KIND_WORDS[p.kind] ?? p.kind}</span> by <span className="proposal-author">{p.author.email}</span> ·{' '}
        <time dateTime={p.createdAt}>{whenText(p.createdAt)}</time>
      </p>
      <h3 className="proposal-summary">{summary}</h3>
      {p.reason && <p className="revision-reason">“{p.reason}”</p>}
      {stale && (
        <p className="chip chip-warn">
          made against version {p.baseVersion}; the record is at version {history?.version} now
        </p>
      )}
      {p.kind === 'CHANGE' && current?.status === 'loading' ? (
        <p className="muted small">Loading the current record…</p>
      ) : (
        <RecordDiff before={preview.before} after={preview.after} empty="The proposal changes no field." />
      )}
      {quotes.length > 0 && (
        <ul className="proposal-quotes" aria-label="Evidence">
          {quotes.map((q, i) => (
            <li key={i} className="evidence" data-stance={String(q.stance)}>
              <blockquote className="evidence-paragraph">
                <mark>{String(q.quote)}</mark>
              </blockquote>
              <p className="muted small">
                {titleOf(q.source)} · {String(q.stance).toLowerCase()} · {String(q.attributionKind).toLowerCase()}
                {q.attributionName ? ` (${String(q.attributionName)})` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <label className="field field-wide">
        <span className="field-label">Note to the author</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormMessage message={message} />
      <div className="form-buttons">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => decide('ACCEPT')}>
          Accept
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => decide('REJECT')}>
          Reject
        </button>
      </div>
    </li>
  );
}

const loadSources = (): Promise<SourceSummary[]> => fetchSourceList();

export function ReviewQueue(): ReactElement {
  const { access, pending, written } = useEditing();
  const sources = useFetched(access.review ? `sources:${written}` : null, loadSources);
  if (!access.review) return <p className="muted">The review queue is for editors.</p>;
  const list = sources?.status === 'ready' ? sources.value : [];
  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title">Review queue</h2>
      <p className="muted small">{pending.length === 0 ? 'Nothing waits for review.' : `${pending.length} pending, oldest last.`}</p>
      <ol className="proposals">
        {pending.map((p) => (
          <ProposalCard key={p.id} proposal={p} sources={list} />
        ))}
      </ol>
    </section>
  );
}
