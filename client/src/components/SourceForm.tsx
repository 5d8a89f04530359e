// Paste a new source (editors): its title, publisher, author, address, date and how the date is
// known, and the article's full text, which every quote from it is checked against.
import { useState } from 'react';
import type { ReactElement } from 'react';
import { DATE_BASES } from '#vocabulary';
import type { ReaderSource } from '../api/editing';
import { useServices } from '../app/context';
import { EMPTY_SOURCE } from '../model/drafts';
import type { Problems, SourceDraft } from '../model/drafts';
import { Choice, Field, FormMessage } from './DraftFields';

export function SourceForm({ onAdded, onCancel }: { onAdded: (source: ReaderSource) => void; onCancel: () => void }): ReactElement {
  const { editing } = useServices();
  const [draft, setDraft] = useState<SourceDraft>(EMPTY_SOURCE);
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (p: Partial<SourceDraft>): void => setDraft({ ...draft, ...p });
  const save = (): void => {
    setBusy(true);
    void editing.pasteSource(draft).then((r) => {
      setBusy(false);
      if (r.ok) onAdded(r.source);
      else {
        setProblems(r.problems);
        setMessage(r.message);
      }
    });
  };
  return (
    <form className="draft-form source-form" aria-label="Paste a source" onSubmit={(e) => e.preventDefault()}>
      <h2>Paste a source</h2>
      <Field label="Title" problem={problems.title} wide>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <div className="form-row">
        <Field label="Publisher" problem={problems.publisher}>
          <input value={draft.publisher} onChange={(e) => set({ publisher: e.target.value })} />
        </Field>
        <Field label="Author" problem={problems.author}>
          <input value={draft.author} onChange={(e) => set({ author: e.target.value })} />
        </Field>
      </div>
      <Field label="Address (URL)" problem={problems.url} wide>
        <input value={draft.url} type="url" placeholder="https://…" onChange={(e) => set({ url: e.target.value })} />
      </Field>
      <div className="form-row">
        <Field label="Published on" problem={problems.publishedOn}>
          <input value={draft.publishedOn} placeholder="YYYY-MM-DD" onChange={(e) => set({ publishedOn: e.target.value })} />
        </Field>
        <Field label="How known" problem={problems.publishedOnBasis}>
          <Choice value={draft.publishedOnBasis} options={DATE_BASES} onChange={(v) => set({ publishedOnBasis: v })} />
        </Field>
      </div>
      {draft.publishedOnBasis !== 'STATED' && (
        <Field label="How the date was worked out" problem={problems.publishedOnNote} wide>
          <input value={draft.publishedOnNote} onChange={(e) => set({ publishedOnNote: e.target.value })} />
        </Field>
      )}
      <Field label="Full text (paragraphs separated by a blank line)" problem={problems.text} wide>
        <textarea rows={12} value={draft.text} onChange={(e) => set({ text: e.target.value })} />
      </Field>
      <FormMessage message={message} />
      <div className="form-buttons">
        <button type="button" className="button button-primary" disabled={busy} onClick={save}>
          Add source
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
