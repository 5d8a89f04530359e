// A field-level diff of two records (a revision's before and after, or a proposal against the
// current record): one row per changed field, what it was and what it becomes.
import type { ReactElement } from 'react';
import { diffRecords, valueText } from '../model/recordDiff';
import type { FieldChange, JsonRecord } from '../model/recordDiff';

/** Fields every record has that say nothing to a reader when they change alone. */
const QUIET = new Set(['id', 'ord']);

/** A new record being live is no news; retiring one is. */
const isNoise = (c: FieldChange): boolean => QUIET.has(c.field) || (c.field === 'retired' && c.before === null && c.after === false);

/** "evidence[nio-built-by-jac#3]" reads as "evidence"; the item's key stays in the row's data-field. */
const fieldName = (field: string): string => field.replace(/\[.*\]$/, '');

export function RecordDiff({ before, after, empty = 'No field changed.' }: { before: JsonRecord | null; after: JsonRecord | null; empty?: string }): ReactElement {
  const changes = diffRecords(before, after).filter((c) => !isNoise(c));
  if (changes.length === 0) return <p className="muted small">{empty}</p>;
  // A new record has no before: its fields read as one column of values.
  const created = changes.every((c) => c.kind === 'added' && c.before === null);
  return (
    <table className={`diff${created ? ' diff-created' : ''}`}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {!created && <th scope="col">Before</th>}
          <th scope="col">{created ? 'Value' : 'After'}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.field}:${c.kind}:${valueText(c.before)}:${valueText(c.after)}`} className={`diff-${c.kind}`} data-field={c.field}>
            <th scope="row" title={c.field}>
              {fieldName(c.field)}
            </th>
            {!created && <td className="diff-before">{c.kind === 'added' ? '' : valueText(c.before)}</td>}
            <td className="diff-after">{c.kind === 'removed' ? <em>removed</em> : valueText(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "4 Dec 2024, 10:32" in the reader's time zone; the text as given when it is not a date. */
export function whenText(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
