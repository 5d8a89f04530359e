// "Add article": the intake state's store and its two writes. Reading stores the article as a source
// and returns the candidates; filing sends the accepted ones with the state's idempotency key (an
// editor's are applied at once by the server). A refusal comes back beside the field it names and
// leaves everything typed in place; an applied link is brought onto the canvas.
import { ApiError } from '../api/graphql';
import { fileFromIntake, readArticle } from '../api/intake';
import { fetchRelationship } from '../api/linkage';
import type { Problems } from '../model/drafts';
import { filingDone, filingFailed, filingStarted, newIntakeState, readingDone, readingFailed, readingStarted } from '../model/intake';
import type { FiledProposal, IntakeState } from '../model/intake';
import { articleInput, checkArticle, checkPicks, namedField, pathOfError, picksOf } from '../model/intakePicks';
import type { GraphStore, ValueStore } from '../model/store';
import { createValueStore } from '../model/store';
import { commit } from './action';
import { ACTIONS } from './actionTable';
import type { Editing } from './editing';
import { failure } from './editing';
import { notify } from './status';
import type { StatusStore } from './status';

export type IntakeStore = ValueStore<IntakeState>;

export interface Intake {
  readonly store: IntakeStore;
  /** Applies a pure change of the intake state (model/intake.ts). */
  update<A extends unknown[]>(change: (s: IntakeState, ...args: A) => IntakeState, ...args: A): void;
  read(): Promise<void>;
  file(): Promise<void>;
  /** Brings links of the graph onto the canvas as one undo step, the last one selected. */
  showLinks(ids: readonly string[]): Promise<void>;
}

/** A refused request's problems: the article's fields, or each named candidate's. */
export function refusal(err: unknown, keys: readonly string[] = []): { article: Problems; picks: Record<string, Problems>; message: string } {
  const base = failure(err);
  const path = err instanceof ApiError ? pathOfError(err.message, err.extensions) : null;
  const named = path ? namedField(path) : null;
  const article: Record<string, string> = {};
  const picks: Record<string, Problems> = {};
  const listed = err instanceof ApiError && Array.isArray(err.extensions.problems) ? (err.extensions.problems as unknown[]) : [];
  const mark = (n: ReturnType<typeof namedField>, message: string): void => {
    if (n?.kind === 'article') article[n.field] ??= message;
    const key = n?.kind === 'pick' ? keys[n.index] : undefined;
    if (n?.kind === 'pick' && key !== undefined) picks[key] = { [n.field]: message, ...picks[key] };
  };
  for (const p of listed) {
    const { field, message } = (p ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string') mark(namedField(field), message);
  }
  if (listed.length === 0 && named) mark(named, err instanceof Error ? err.message : base.message);
  return { article, picks, message: base.message };
}

export function createIntake(graph: GraphStore, status: StatusStore, editing: Editing, now: () => number = Date.now): Intake {
  const store = createValueStore<IntakeState>(newIntakeState());
  const update: Intake['update'] = (change, ...args) => store.set(change(store.get(), ...args));

  const showLinks = async (ids: readonly string[]): Promise<void> => {
    const found = (await Promise.all(ids.map((id) => fetchRelationship(id).catch(() => null)))).filter((d) => d !== null);
    if (found.length > 0) commit(graph, ACTIONS.showArticleLinks, found);
  };

  return {
    store,
    update,
    async read() {
      const s = store.get();
      if (s.phase === 'reading' || s.phase === 'filing') return;
      const problems = checkArticle(s.article);
      if (Object.keys(problems).length > 0) return update(readingFailed, problems, 'Some fields need fixing.');
      update(readingStarted, now());
      try {
        update(readingDone, await readArticle(articleInput(s.article)));
      } catch (err) {
        const r = refusal(err);
        update(readingFailed, r.article, r.message);
      }
    },
    async file() {
      const s = store.get();
      if (s.phase !== 'reviewing' || !s.reading) return;
      const problems = checkPicks(s);
      if (Object.keys(problems).length > 0) return update(filingFailed, problems, 'Some candidates need fixing before they can be filed.');
      const { keys, picks } = picksOf(s);
      if (picks.length === 0) return update(filingFailed, {}, 'Accept at least one candidate first.');
      update(filingStarted, now());
      let filed: FiledProposal[];
      try {
        filed = await fileFromIntake(s.reading.source.id, picks, s.fileKey);
      } catch (err) {
        const r = refusal(err, keys);
        return update(filingFailed, r.picks, r.message);
      }
      update(filingDone, filed);
      const applied = filed.filter((p) => p.state === 'ACCEPTED');
      notify(status, applied.length > 0 ? `Applied ${applied.length} of ${filed.length}` : `Proposed ${filed.length}: they wait in the review queue`);
      await editing.refreshProposals();
      // What an editor applied is on the canvas at once, as a saved link is after "Save now".
      const links = applied.filter((p) => p.kind !== 'ENTITY').map((p) => p.result?.target ?? p.target).filter((t): t is string => typeof t === 'string');
      await showLinks([...new Set(links)]);
    },
    showLinks,
  };
}
