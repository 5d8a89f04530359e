// The article to read: pasted or uploaded (.txt, .md, .html, read in the browser), with what the
// source will say about it. A refusal marks the field it names; the text and fields stay as typed.
import { useState } from 'react';
import type { ChangeEvent, ReactElement } from 'react';
import { useServices } from '../../app/context';
import { useActions } from '../../app/useActions';
import { editArticle, fileUnreadable, loadFile } from '../../model/intake';
import { MAX_ARTICLE_CHARS } from '../../model/intakePicks';
import { Field, FormMessage } from '../DraftFields';
import { SourceFields } from '../SourceFields';
import { IntakeProgress } from './IntakeProgress';
import { useIntake } from './useIntake';

const FORMAT_WORDS = { TEXT: 'plain text', MARKDOWN: 'Markdown', HTML: 'saved HTML' } as const;

export function IntakeForm(): ReactElement {
  const { intake } = useServices();
  const actions = useActions();
  const s = useIntake();
  const { article: a, problems } = s;
  const [loading, setLoading] = useState<string | null>(null);
  const reading = s.phase === 'reading';
  const set = (patch: Parameters<typeof editArticle>[1]): void => intake.update(editArticle, patch);

  const upload = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setLoading(file.name);
    file.text().then(
      (text) => {
        setLoading(null);
        intake.update(loadFile, { name: file.name, text });
      },
      (err: unknown) => {
        setLoading(null);
        intake.update(fileUnreadable, file.name, err instanceof Error ? err.message : String(err));
      },
    );
  };

  return (
    <form className="draft-form intake-form" aria-label="Add article" onSubmit={(e) => { e.preventDefault(); actions.run('intakeArticle'); }}>
      <h2>Add article</h2>
      <p className="muted small">
        Intake stores the article as a source, then proposes the links it states, each with the sentence that states it. Nothing is filed until you
        accept candidates and file them.
      </p>
      <fieldset className="form-group" disabled={reading}>
        <legend>The article</legend>
        <Field label="Article text (paste it, or upload a file)" problem={problems.text} wide>
          <textarea rows={14} value={a.text} placeholder="Paste the article: plain text, Markdown or the page’s HTML" onChange={(e) => set({ text: e.target.value, fileName: null })} />
        </Field>
        <div className="form-row form-row-end">
          <label className="button intake-upload">
            Upload .txt, .md or .html…
            <input type="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="visually-hidden" onChange={upload} />
          </label>
          <label className="field">
            <span className="field-label">Format</span>
            <select value={a.format} onChange={(e) => set({ format: e.target.value as typeof a.format })}>
              <option value="">Guess from the text</option>
              {(Object.keys(FORMAT_WORDS) as (keyof typeof FORMAT_WORDS)[]).map((f) => (
                <option key={f} value={f}>
                  {FORMAT_WORDS[f]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted small" aria-live="polite">
          {loading
            ? `Reading ${loading}…`
            : `${a.fileName ? `From ${a.fileName} · ` : ''}${a.text.length.toLocaleString('en')} of ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`}
        </p>
      </fieldset>
      <fieldset className="form-group" disabled={reading}>
        <legend>The source</legend>
        <SourceFields value={a} problems={problems} onChange={set} />
        <p className="muted small">The publication date lets intake date “yesterday” or “last month”.</p>
      </fieldset>
      {problems.format && <p className="field-problem">{problems.format}</p>}
      <FormMessage message={s.message} />
      {reading ? (
        <IntakeProgress label={`Reading ${a.text.length.toLocaleString('en')} characters: cleaning, sentences, names, claims`} startedAt={s.startedAt} />
      ) : (
        <div className="form-buttons">
          <button type="submit" className="button button-primary" title={actions.tooltip('intakeArticle')} {...actions.attributes('intakeArticle')}>
            {actions.label('intakeArticle')}
          </button>
          {s.reading && (
            <button type="button" className="button" onClick={() => actions.run('backToCandidates')} {...actions.attributes('backToCandidates')}>
              {actions.label('backToCandidates')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
