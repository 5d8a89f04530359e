// The forms of editor mode: a new link (its ends picked on the canvas), a change to a link's status,
// dates or quotes (against the version it was opened at), and a new entity. Each edits its draft in
// the editing store and sends it as a proposal; editors may accept theirs at once ("Save now").
import { useState } from 'react';
import type { ReactElement } from 'react';
import { ENTITY_KINDS, ENTITY_TYPES, RELATION_TYPES, STATUSES } from '#vocabulary';
import type { EntityKind, EntityType, RelationType, Status } from '#vocabulary';
import { useServices } from '../app/context';
import type { WriteResult } from '../app/editing';
import type { ChangeDraft, EntityDraft, LinkDraft, Problems } from '../model/drafts';
import { KIND_STYLES } from '../theme/entityStyles';
import { RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';
import { Choice, DatesFields, EvidenceEditor, Field, FormMessage } from './DraftFields';
import { useEditing } from './useEditing';

const TYPE_LABELS = Object.fromEntries(Object.entries(RELATION_STYLES).map(([t, s]) => [t, s.short])) as Record<RelationType, string>;
const STATUS_LABELS = Object.fromEntries(STATUSES.map((s) => [s, STATUS_STYLES[s].label])) as Record<Status, string>;
const KIND_LABELS = Object.fromEntries(Object.entries(KIND_STYLES).map(([k, s]) => [k, s.label])) as Record<EntityKind, string>;

/** The form's answer from the last send: problems by field, a sentence, and a conflict to reload. */
function useSend(): { result: Extract<WriteResult, { ok: false }> | null; busy: boolean; send: (accept: boolean) => void; clear: () => void } {
  const { editing } = useServices();
  const [result, setResult] = useState<Extract<WriteResult, { ok: false }> | null>(null);
  const [busy, setBusy] = useState(false);
  return {
    result,
    busy,
    clear: () => setResult(null),
    send: (accept) => {
      setBusy(true);
      void editing.submit(accept).then((r) => {
        setBusy(false);
        setResult(r.ok ? null : r);
      });
    },
  };
}

function SendButtons({ busy, send }: { busy: boolean; send: (accept: boolean) => void }): ReactElement {
  const { access } = useEditing();
  const { editing } = useServices();
  return (
    <div className="form-buttons">
      <button type="button" className={`button${access.editDirectly ? '' : ' button-primary'}`} disabled={busy} onClick={() => send(false)}>
        Propose
      </button>
      {access.editDirectly && (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => send(true)} title="Propose and accept at once: a direct edit, kept in the history">
          Save now
        </button>
      )}
      <button type="button" className="button" onClick={() => editing.cancel()}>
        Cancel
      </button>
    </div>
  );
}

const NO_PROBLEMS: Problems = {};

export function LinkDraftForm({ draft }: { draft: LinkDraft }): ReactElement {
  const { editing } = useServices();
  const { result, busy, send } = useSend();
  const problems = result?.problems ?? NO_PROBLEMS;
  const set = (p: Partial<LinkDraft>): void => editing.setDraft({ ...draft, ...p });
  return (
    <form className="draft-form" aria-label="New link" onSubmit={(e) => e.preventDefault()}>
      <h2>New link</h2>
      <p className="link-sentence">
        <strong>{draft.from.name}</strong> <span className="link-phrase">{RELATION_TYPES[draft.type].label}</span> <strong>{draft.to.name}</strong>{' '}
        <button type="button" className="link-button" onClick={() => set({ from: draft.to, to: draft.from })}>
          Swap ends
        </button>
      </p>
      {problems.to && <p className="field-problem">{problems.to}</p>}
      <div className="form-row">
        <Field label="Type" problem={problems.type}>
          <Choice value={draft.type} options={Object.keys(RELATION_TYPES) as RelationType[]} labels={TYPE_LABELS} onChange={(v) => set({ type: v || draft.type })} />
        </Field>
        <Field label="Status" problem={problems.status}>
          <Choice value={draft.status} options={STATUSES} labels={STATUS_LABELS} onChange={(v) => set({ status: v || draft.status })} />
        </Field>
      </div>
      <DatesFields draft={draft} problems={problems} onChange={(d) => editing.setDraft(d)} />
      <Field label="Note" problem={problems.note} wide>
        <textarea rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </Field>
      <EvidenceEditor evidence={draft.evidence} problems={problems} onChange={(evidence) => set({ evidence })} onAdd={() => editing.openReader(null)} />
      <FormMessage message={result?.message ?? null} />
      <SendButtons busy={busy} send={send} />
    </form>
  );
}

export function ChangeDraftForm({ draft }: { draft: ChangeDraft }): ReactElement {
  const { editing } = useServices();
  const { result, busy, send, clear } = useSend();
  const problems = result?.problems ?? NO_PROBLEMS;
  const set = (p: Partial<ChangeDraft>): void => editing.setDraft({ ...draft, ...p });
  const reload = (): void => {
    clear();
    void editing.startChange(draft.target);
  };
  return (
    <form className="draft-form" aria-label="Change link" onSubmit={(e) => e.preventDefault()}>
      <h2>Change link</h2>
      <p className="link-sentence">{draft.title}</p>
      <p className="muted small">Changing version {draft.version}.</p>
      <Field label="Status" problem={problems.status}>
        <Choice value={draft.status} options={STATUSES} labels={STATUS_LABELS} onChange={(v) => set({ status: v || draft.status })} />
      </Field>
      <DatesFields draft={draft} problems={problems} onChange={(d) => editing.setDraft(d)} />
      <Field label="Note" problem={problems.note} wide>
        <textarea rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </Field>
      <EvidenceEditor evidence={draft.evidence} problems={problems} onChange={(evidence) => set({ evidence })} onAdd={() => editing.openReader(null)} />
      <Field label="Why (kept in the history)" problem={problems.reason ?? problems.patch} wide>
        <textarea rows={2} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} />
      </Field>
      {result?.conflict ? (
        <div className="conflict" role="alert" ref={(el) => el?.scrollIntoView?.({ block: 'nearest' })}>
          <p>
            <strong>Someone else changed this link</strong> since you opened it
            {result.conflict.current !== null ? ` (it is at version ${result.conflict.current} now)` : ''}. Reload it to see their change, then make yours again.
          </p>
          <button type="button" className="button button-primary" onClick={reload}>
            Reload the link
          </button>
        </div>
      ) : (
        <FormMessage message={result?.message ?? null} />
      )}
      <SendButtons busy={busy} send={send} />
    </form>
  );
}

export function EntityDraftForm({ draft }: { draft: EntityDraft }): ReactElement {
  const { editing } = useServices();
  const { result, busy, send } = useSend();
  const problems = result?.problems ?? NO_PROBLEMS;
  const set = (p: Partial<EntityDraft>): void => editing.setDraft({ ...draft, ...p });
  const kinds = (Object.keys(ENTITY_KINDS) as EntityKind[]).filter((k) => ENTITY_KINDS[k] === draft.type);
  const setType = (type: EntityType): void => {
    const kind = (Object.keys(ENTITY_KINDS) as EntityKind[]).find((k) => ENTITY_KINDS[k] === type) ?? draft.kind;
    set({ type, kind });
  };
  return (
    <form className="draft-form" aria-label="New entity" onSubmit={(e) => e.preventDefault()}>
      <h2>New entity</h2>
      <Field label="Name" problem={problems.name} wide>
        <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <div className="form-row">
        <Field label="Type" problem={problems.type}>
          <Choice value={draft.type} options={ENTITY_TYPES} onChange={(v) => setType(v || draft.type)} />
        </Field>
        <Field label="Kind" problem={problems.kind}>
          <Choice value={draft.kind} options={kinds} labels={KIND_LABELS} onChange={(v) => set({ kind: v || draft.kind })} />
        </Field>
      </div>
      <Field label="Also known as (comma-separated)" problem={problems.aliases} wide>
        <input value={draft.aliases} onChange={(e) => set({ aliases: e.target.value })} />
      </Field>
      <Field label="Country" problem={problems.country}>
        <input value={draft.country} onChange={(e) => set({ country: e.target.value })} />
      </Field>
      <Field label="Description" problem={problems.description} wide>
        <textarea rows={3} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <FormMessage message={result?.message ?? null} />
      <SendButtons busy={busy} send={send} />
    </form>
  );
}
