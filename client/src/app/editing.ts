// Editing on the page: who is signed in, the pending proposals (drawn on the canvas for those who may
// see them), the draft being written, the source reader, and the writes. Writes go through the API
// with their draft's idempotency key; their errors come back to the form that sent them (a CONFLICT
// with the link's current version), and a success reloads what it changed.
import { signIn as postSignIn, signOut as postSignOut } from '../api/auth';
import type { SignInResult } from '../api/auth';
import {
  addSource, fetchLinkForEdit, fetchMe, fetchProposals, proposeChange, proposeEntity, proposeRelationship, revert, review,
} from '../api/editing';
import type { ProposalInfo, ReaderSource, UserInfo } from '../api/editing';
import { ApiError } from '../api/graphql';
import { fetchRelationship } from '../api/linkage';
import { accessFor } from '../model/access';
import type { Access } from '../model/access';
import {
  changePatch, checkChangeDraft, checkEntityDraft, checkLinkDraft, checkSourceDraft, entityInput, newChangeDraft, newEntityDraft, newLinkDraft,
  relationshipInput, sourceInput,
} from '../model/drafts';
import type { Draft, EvidenceDraft, Problems, Ref, SourceDraft } from '../model/drafts';
import { proposedLinks, withProposed } from '../model/proposed';
import type { ProposedLink } from '../model/proposed';
import type { GraphStore, ValueStore } from '../model/store';
import { createValueStore } from '../model/store';
import { commit } from './action';
import { ACTIONS } from './actionTable';
import { notify } from './status';
import type { StatusStore } from './status';
import type { EntityRef, UiStore } from './ui';

/** The source reader: which article is open and which passage to show. */
export interface ReaderState {
  readonly sourceId: string | null;
  /** A quote to find and highlight the paragraph of. */
  readonly quote: string | null;
}

export interface EditingState {
  /** Null until the page has asked who is signed in. */
  readonly user: UserInfo | null;
  readonly checked: boolean;
  readonly access: Access;
  readonly pending: readonly ProposalInfo[];
  /** The New link tool: waiting for its first end (null) or its second. */
  readonly picking: { readonly from: Ref | null } | null;
  readonly draft: Draft | null;
  readonly reader: ReaderState | null;
  /** The paste-a-source form (editors). */
  readonly pasting: boolean;
  /** Bumped after every write, so panels that show the written records load them again. */
  readonly written: number;
}

export type EditingStore = ValueStore<EditingState>;

/** What a form hears back from a write. */
export type WriteResult =
  | { readonly ok: true; readonly proposal?: ProposalInfo }
  | { readonly ok: false; readonly problems: Problems; readonly message: string; readonly conflict?: { readonly current: number | null } };

export interface Editing {
  readonly store: EditingStore;
  checkSession(): Promise<void>;
  signIn(email: string, password: string): Promise<SignInResult>;
  signOut(): Promise<void>;
  refreshProposals(): Promise<void>;
  startLink(): void;
  startEntity(): void;
  startChange(relId: string): Promise<WriteResult>;
  setDraft(draft: Draft | null): void;
  cancel(): void;
  openReader(sourceId: string | null, quote?: string | null): void;
  closeReader(): void;
  addQuote(evidence: EvidenceDraft): void;
  setPasting(on: boolean): void;
  pasteSource(draft: SourceDraft): Promise<{ ok: true; source: ReaderSource } | { ok: false; problems: Problems; message: string }>;
  /** Sends the draft as a proposal; `accept` (editors) accepts it at once. */
  submit(accept: boolean): Promise<WriteResult>;
  review(proposal: string, decision: 'ACCEPT' | 'REJECT', note: string): Promise<WriteResult>;
  revert(revision: string, reason: string): Promise<WriteResult>;
}

const INITIAL: EditingState = {
  user: null, checked: false, access: accessFor(null), pending: [], picking: null, draft: null, reader: null, pasting: false, written: 0,
};

/** The form's name for an argument path: "input.evidence[1].quote" → "evidence.1", "patch.validFrom" → "validFrom". */
export function argumentField(argument: string): string {
  const parts = argument.replace(/\[(\d+)\]/g, '.$1').split('.').filter((p) => p !== 'input' && p !== 'patch' && p !== 'addEvidence');
  const list = parts.findIndex((p) => p === 'evidence');
  if (list >= 0 && parts[list + 1] !== undefined && /^\d+$/.test(parts[list + 1] ?? '')) return `evidence.${parts[list + 1]}`;
  return parts.at(-1) ?? argument;
}

/** A refused write as the form shows it: the field the server names, and its sentence. */
export function failure(err: unknown): Extract<WriteResult, { ok: false }> {
  if (!(err instanceof ApiError)) return { ok: false, problems: {}, message: err instanceof Error ? err.message : String(err) };
  // The server names the argument at fault ("input.evidence[0].quote"), and every problem of a
  // refused input in extensions.problems; the form marks each field (the first problem of a field wins).
  const argument = err.extensions.argument ?? err.extensions.field;
  const listed = Array.isArray(err.extensions.problems) ? (err.extensions.problems as unknown[]) : [];
  const problems: Record<string, string> = {};
  for (const p of listed) {
    const { field, message } = (p ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string') problems[argumentField(field)] ??= message;
  }
  if (listed.length === 0 && typeof argument === 'string') problems[argumentField(argument)] = err.message;
  if (err.code === 'CONFLICT') {
    const current = typeof err.extensions.currentVersion === 'number' ? err.extensions.currentVersion : null;
    return { ok: false, problems, message: 'Someone else changed this since you opened it.', conflict: { current } };
  }
  if (err.code === 'UNAUTHENTICATED') return { ok: false, problems, message: 'Your session has ended: sign in again.' };
  if (err.code === 'FORBIDDEN') return { ok: false, problems, message: `Your account may not do this (${err.message}).` };
  return { ok: false, problems, message: err.message };
}

const invalid = (problems: Problems): WriteResult => ({ ok: false, problems, message: 'Some fields need fixing.' });

/**
 * `open` brings an accepted entity onto the canvas; `afterSignIn` runs once an account is signed in
 * (the page restores its view then: with LINKAGE_ANONYMOUS_READ=false nothing could be read before).
 */
export function createEditing(
  graph: GraphStore,
  status: StatusStore,
  ui: UiStore,
  open: (ref: EntityRef) => Promise<void>,
  afterSignIn: () => void = () => undefined,
): Editing {
  const store = createValueStore<EditingState>(INITIAL);
  const patch = (p: Partial<EditingState>): void => store.set({ ...store.get(), ...p });
  let proposed: readonly ProposedLink[] = [];

  // The canvas's proposed links follow the pending proposals; a restored or undone state is brought
  // back in line (they are server data, not a reader's step).
  const syncProposed = (): void => {
    if ((graph.getState().proposed ?? []) !== proposed) graph.applyQuietly((s) => withProposed(s, proposed));
  };
  graph.subscribe(syncProposed);

  const setPending = (pending: readonly ProposalInfo[]): void => {
    proposed = store.get().access.seeProposed ? proposedLinks(pending) : [];
    patch({ pending });
    syncProposed();
  };

  const setUser = (user: UserInfo | null): void => {
    patch({ user, checked: true, access: accessFor(user), ...(user ? {} : { draft: null, picking: null, reader: null, pasting: false }) });
    if (!accessFor(user).propose) setPending([]);
  };

  const refreshProposals = async (): Promise<void> => {
    if (!store.get().access.propose) return setPending([]);
    try {
      setPending(await fetchProposals('PENDING'));
    } catch (err) {
      notify(status, `Could not load the proposals: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const afterWrite = async (): Promise<void> => {
    patch({ written: store.get().written + 1 });
    await refreshProposals();
  };

  /** Brings what an accepted proposal made onto the canvas: the new or changed link, the new entity. */
  const showResult = async (p: ProposalInfo): Promise<void> => {
    const target = p.result?.target ?? p.target;
    if (p.state !== 'ACCEPTED' || !target) return;
    if (p.kind === 'ENTITY') return open({ id: target, name: target });
    const details = await fetchRelationship(target);
    if (details) commit(graph, ACTIONS.showLink, details);
  };

  // The New link tool takes its ends from what the reader clicks on the canvas.
  graph.subscribe(() => {
    const { picking } = store.get();
    const sel = graph.getState().selection;
    if (!picking || sel?.kind !== 'node') return;
    const ref = { id: sel.id, name: graph.getState().entities[sel.id]?.name ?? sel.id };
    if (!picking.from) return patch({ picking: { from: ref } });
    if (picking.from.id === ref.id) return;
    patch({ picking: null, draft: newLinkDraft(picking.from, ref) });
  });

  const send = async (draft: Draft): Promise<ProposalInfo> => {
    if (draft.draft === 'link') return proposeRelationship(relationshipInput(draft), draft.key);
    if (draft.draft === 'entity') return proposeEntity(entityInput(draft), draft.key);
    return proposeChange(draft.target, draft.version, changePatch(draft), draft.reason.trim(), draft.key);
  };

  return {
    store,
    async checkSession() {
      try {
        setUser(await fetchMe());
        await refreshProposals();
      } catch {
        // Until the server knows accounts (or while it is down) the page reads anonymously.
        patch({ checked: true });
      }
    },
    async signIn(email, password) {
      const result = await postSignIn(email.trim(), password);
      if (!result.ok) return result;
      try {
        setUser(await fetchMe());
      } catch (err) {
        return { ok: false, message: err instanceof Error ? err.message : String(err) };
      }
      await refreshProposals();
      afterSignIn();
      return result;
    },
    async signOut() {
      await postSignOut().catch(() => undefined);
      setUser(null);
      ui.set({ ...ui.get(), tab: ui.get().tab === 'edit' || ui.get().tab === 'review' ? 'details' : ui.get().tab });
    },
    refreshProposals,
    startLink() {
      patch({ picking: { from: null }, draft: null });
      ui.set({ ...ui.get(), tab: 'edit' });
    },
    startEntity() {
      patch({ picking: null, draft: newEntityDraft() });
      ui.set({ ...ui.get(), tab: 'edit' });
    },
    async startChange(relId) {
      try {
        const link = await fetchLinkForEdit(relId);
        if (!link) return { ok: false, problems: {}, message: 'This link is no longer in the graph.' };
        const title = `${link.from.name} ${link.label} ${link.to.name}`;
        patch({ picking: null, draft: newChangeDraft(link.id, title, link.version, link) });
        ui.set({ ...ui.get(), tab: 'edit' });
        return { ok: true };
      } catch (err) {
        return failure(err);
      }
    },
    setDraft: (draft) => patch({ draft }),
    cancel: () => patch({ draft: null, picking: null, reader: null }),
    openReader: (sourceId, quote = null) => patch({ reader: { sourceId, quote } }),
    closeReader: () => patch({ reader: null, pasting: false }),
    addQuote(evidence) {
      const { draft } = store.get();
      if (!draft || draft.draft === 'entity') return;
      patch({ draft: { ...draft, evidence: [...draft.evidence, evidence] }, reader: null, pasting: false });
    },
    setPasting: (pasting) => patch({ pasting, reader: store.get().reader ?? (pasting ? { sourceId: null, quote: null } : null) }),
    async pasteSource(draft) {
      const problems = checkSourceDraft(draft);
      if (Object.keys(problems).length > 0) return { ok: false, problems, message: 'Some fields need fixing.' };
      try {
        const source = await addSource(sourceInput(draft));
        patch({ pasting: false, written: store.get().written + 1 });
        return { ok: true, source };
      } catch (err) {
        const f = failure(err);
        return { ok: false, problems: f.problems, message: f.message };
      }
    },
    async submit(accept) {
      const { draft } = store.get();
      if (!draft) return invalid({});
      const problems = draft.draft === 'link' ? checkLinkDraft(draft) : draft.draft === 'entity' ? checkEntityDraft(draft) : checkChangeDraft(draft);
      if (Object.keys(problems).length > 0) return invalid(problems);
      try {
        let proposal = await send(draft);
        if (accept && store.get().access.editDirectly && proposal.state === 'PENDING') proposal = await review(proposal.id, 'ACCEPT', null);
        patch({ draft: null });
        await afterWrite();
        await showResult(proposal);
        notify(status, proposal.state === 'ACCEPTED' ? 'Saved' : 'Proposed: it waits in the review queue');
        return { ok: true, proposal };
      } catch (err) {
        return failure(err);
      }
    },
    async review(id, decision, note) {
      try {
        const proposal = await review(id, decision, note.trim() || null);
        await afterWrite();
        await showResult(proposal);
        if (proposal.state === 'CONFLICTED') return { ok: false, problems: {}, message: `It could not be applied: ${proposal.note ?? 'its target has changed since'}` };
        return { ok: true, proposal };
      } catch (err) {
        return failure(err);
      }
    },
    async revert(revision, reason) {
      if (!reason.trim()) return invalid({ reason: 'say why: the history keeps it' });
      try {
        await revert(revision, reason.trim());
        await afterWrite();
        return { ok: true };
      } catch (err) {
        return failure(err);
      }
    },
  };
}
