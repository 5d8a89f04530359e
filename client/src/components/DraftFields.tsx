// The fields drafts share: a labelled field with its problem, the dates with their bases and note,
// and the quotes picked in the source reader (each with who asserts it and how it bears on the link).
import { useEffect, useRef } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { ATTRIBUTION_KINDS, DATE_BASES, STANCES } from '#vocabulary';
import type { AttributionKind, DateBasis, Stance } from '#vocabulary';
import type { DatesDraft, EvidenceDraft, Problems } from '../model/drafts';
import { STANCE_WORDS } from '../text/claims';

export function Field({ label, problem, children, wide = false }: { label: string; problem?: string; children: ReactNode; wide?: boolean }): ReactElement {
  return (
    <label className={`field${wide ? ' field-wide' : ''}${problem ? ' field-bad' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
      {problem && <span className="field-problem">{problem}</span>}
    </label>
  );
}

export function Choice<T extends string>({ value, options, onChange, labels, empty }: {
  value: T | '';
  options: readonly T[];
  onChange: (v: T | '') => void;
  labels?: Readonly<Partial<Record<T, string>>>;
  empty?: string;
}): ReactElement {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as T | '')}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o} value={o}>
          {labels?.[o] ?? o}
        </option>
      ))}
    </select>
  );
}

const BASIS_WORDS: Record<DateBasis, string> = { STATED: 'stated', INFERRED: 'inferred', NOT_BEFORE: 'not before', NOT_AFTER: 'not after' };

/**
 * A date and how it is known, side by side: what every dated draft asks (a link's two ends of its
 * span, a source's publication). `empty` offers "no basis" for a date that may be left out.
 */
export function DateWithBasis({ label, date, basis, placeholder, problems, empty, onDate, onBasis }: {
  label: string;
  date: string;
  basis: DateBasis | '';
  placeholder: string;
  problems: { date: string | undefined; basis: string | undefined };
  empty?: string;
  onDate: (v: string) => void;
  onBasis: (v: DateBasis | '') => void;
}): ReactElement {
  return (
    <div className="form-row">
      <Field label={label} problem={problems.date}>
        <input value={date} placeholder={placeholder} onChange={(e) => onDate(e.target.value)} />
      </Field>
      <Field label="How known" problem={problems.basis}>
        <Choice value={basis} options={DATE_BASES} labels={BASIS_WORDS} {...(empty === undefined ? {} : { empty })} onChange={onBasis} />
      </Field>
    </div>
  );
}

export function DatesFields<D extends DatesDraft>({ draft, problems, onChange }: { draft: D; problems: Problems; onChange: (d: D) => void }): ReactElement {
  const set = (p: Partial<DatesDraft>): void => onChange({ ...draft, ...p });
  return (
    <fieldset className="form-group">
      <legend>Dates</legend>
      <DateWithBasis label="Valid from" date={draft.validFrom} basis={draft.validFromBasis} placeholder="YYYY, YYYY-MM or YYYY-MM-DD" empty="—"
        problems={{ date: problems.validFrom, basis: problems.validFromBasis }}
        onDate={(v) => set({ validFrom: v })} onBasis={(v) => set({ validFromBasis: v })} />
      <DateWithBasis label="Valid to" date={draft.validTo} basis={draft.validToBasis} placeholder="open" empty="—"
        problems={{ date: problems.validTo, basis: problems.validToBasis }}
        onDate={(v) => set({ validTo: v })} onBasis={(v) => set({ validToBasis: v })} />
      <Field label="How the dates are known" problem={problems.datesNote} wide>
        <textarea rows={2} value={draft.datesNote} onChange={(e) => set({ datesNote: e.target.value })} />
      </Field>
    </fieldset>
  );
}

const ATTRIBUTION_WORDS: Record<AttributionKind, string> = {
  ARTICLE: 'the article itself',
  OUTLET: 'another outlet',
  PARTY: 'a party to it',
  OFFICIAL_RECORD: 'an official record',
  ANONYMOUS: 'an unnamed source',
};
const STANCE_LABELS = Object.fromEntries(STANCES.map((s) => [s, STANCE_WORDS[s].label])) as Record<Stance, string>;

export function EvidenceEditor({ evidence, problems, onChange, onAdd }: {
  evidence: readonly EvidenceDraft[];
  problems: Problems;
  onChange: (list: EvidenceDraft[]) => void;
  onAdd: () => void;
}): ReactElement {
  const update = (i: number, p: Partial<EvidenceDraft>): void => onChange(evidence.map((e, j) => (j === i ? { ...e, ...p } : e)));
  return (
    <fieldset className="form-group">
      <legend>Quotes</legend>
      {evidence.length === 0 && <p className="muted small">No quote yet. Every link rests on the source’s own words.</p>}
      <ol className="draft-quotes">
        {evidence.map((e, i) => (
          <li key={`${e.source.id}:${e.quote}`} className="draft-quote">
            <blockquote>
              <mark>{e.quote}</mark>
            </blockquote>
            <p className="muted small">{e.source.title}</p>
            <div className="form-row">
              <Field label="Bears on the link">
                <Choice value={e.stance} options={STANCES} labels={STANCE_LABELS} onChange={(v) => update(i, { stance: v || 'SUPPORTS' })} />
              </Field>
              <Field label="Who asserts it">
                <Choice value={e.attributionKind} options={ATTRIBUTION_KINDS} labels={ATTRIBUTION_WORDS} onChange={(v) => update(i, { attributionKind: v || 'ARTICLE' })} />
              </Field>
            </div>
            {e.attributionKind !== 'ARTICLE' && (
              <Field label="Named as" problem={problems[`evidence.${i}`]} wide>
                <input value={e.attributionName} placeholder="Bloomberg, a company spokesperson, MIIT’s register…" onChange={(ev) => update(i, { attributionName: ev.target.value })} />
              </Field>
            )}
            <div className="form-row form-row-end">
              <label className="check">
                <input type="checkbox" checked={e.marksEnd} onChange={(ev) => update(i, { marksEnd: ev.target.checked })} /> States that it ended
              </label>
              <button type="button" className="link-button" onClick={() => onChange(evidence.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      {problems.evidence && <p className="field-problem">{problems.evidence}</p>}
      <button type="button" className="button" onClick={onAdd}>
        Add a quote from a source…
      </button>
    </fieldset>
  );
}

/** A form's answer from the server; scrolled into view, as the buttons sit under long forms. */
export function FormMessage({ message }: { message: string | null }): ReactElement | null {
  const at = useRef<HTMLParagraphElement>(null);
  // Braces: Chromium's scrollIntoView now returns a promise, which React would take for a clean-up.
  useEffect(() => {
    at.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (!message) return null;
  return (
    <p ref={at} className="error-text" role="alert">
      {message}
    </p>
  );
}
