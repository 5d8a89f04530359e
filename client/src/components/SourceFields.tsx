// What every form that writes a source asks about it, laid out once: its title, publisher, author,
// address and publication date (pasting a source, SourceForm; an article for intake, IntakeForm).
// Pasting a source also says how the date is known (`basis`); intake's date only anchors the
// article's relative dates ("yesterday"), so it asks the date alone.
import type { ReactElement } from 'react';
import type { DateBasis } from '#vocabulary';
import type { Problems } from '../model/drafts';
import { DateWithBasis, Field } from './DraftFields';

export interface SourceDescription {
  readonly title: string;
  readonly publisher: string;
  readonly author: string;
  readonly url: string;
  readonly publishedOn: string;
}

const DATE_PLACEHOLDER = 'YYYY-MM-DD';

export function SourceFields({ value, problems, onChange, basis }: {
  value: SourceDescription;
  problems: Problems;
  onChange: (patch: Partial<SourceDescription>) => void;
  /** How the publication date is known, when the form asks it (the problem is `publishedOnBasis`). */
  basis?: { value: DateBasis | ''; onChange: (v: DateBasis | '') => void };
}): ReactElement {
  return (
    <>
      <Field label="Title" problem={problems.title} wide>
        <input value={value.title} onChange={(e) => onChange({ title: e.target.value })} />
      </Field>
      <div className="form-row">
        <Field label="Publisher" problem={problems.publisher}>
          <input value={value.publisher} onChange={(e) => onChange({ publisher: e.target.value })} />
        </Field>
        <Field label="Author" problem={problems.author}>
          <input value={value.author} onChange={(e) => onChange({ author: e.target.value })} />
        </Field>
      </div>
      <Field label="Address (URL)" problem={problems.url} wide>
        <input value={value.url} type="url" placeholder="https://…" onChange={(e) => onChange({ url: e.target.value })} />
      </Field>
      {basis ? (
        <DateWithBasis label="Published on" date={value.publishedOn} basis={basis.value} placeholder={DATE_PLACEHOLDER}
          problems={{ date: problems.publishedOn, basis: problems.publishedOnBasis }}
          onDate={(v) => onChange({ publishedOn: v })} onBasis={basis.onChange} />
      ) : (
        <div className="form-row">
          <Field label="Published on" problem={problems.publishedOn}>
            <input value={value.publishedOn} placeholder={DATE_PLACEHOLDER} onChange={(e) => onChange({ publishedOn: e.target.value })} />
          </Field>
        </div>
      )}
    </>
  );
}
