// Paste a new source (editors): its title, publisher, author, address, date and how the date is
// known, and the article's full text, which every quote from it is checked against.
import { useState } from 'react';
import type { ReactElement } from 'react';
import type { ReaderSource } from '../api/editing';
import { useServices } from '../app/context';
import { EMPTY_SOURCE } from '../model/drafts';
import type { Problems, SourceDraft } from '../model/drafts';
import { Field, FormMessage } from './DraftFields';
import { SourceFields } from './SourceFields';

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
      <SourceFields value={draft} problems={problems} onChange={set} basis={{ value: draft.publishedOnBasis, onChange: (v) => set({ publishedOnBasis: v }) }} />
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
