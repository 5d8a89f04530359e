// The action table's entries for "Add article" (spread into ACTIONS in actionTable.ts): reading the
// article, deciding on each candidate, filing the accepted ones, and bringing what was applied onto
// the canvas. Only that last one is an undo step; a filed proposal is undone by review or a revert.
import type { RelationshipDetails } from '../api/linkage';
import { addSubgraph, select } from '../model/actions';
import {
  acceptAllOpen, backToCandidates, decide, editAgain, focusCandidate, focusText, resetCandidate, startOver, swapDirection, toggleEditing,
} from '../model/intake';
import type { ActionContext, EffectAction, ModelAction } from './action';

const effect = <I = void>(action: EffectAction<NoInfer<I>>): EffectAction<I> => action;
const model = <A>(action: ModelAction<NoInfer<A>>): ModelAction<A> => action;
const mayPropose = (ctx: ActionContext): boolean => ctx.editing.store.get().access.propose;

/** What "File" sends and how it is worded: an editor's picks are applied, a contributor's proposed. */
export interface FileInput {
  readonly count: number;
  readonly apply: boolean;
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

export const INTAKE_ACTIONS = {
  addArticle: effect({
    id: 'addArticle',
    label: 'Add article',
    hint: 'Paste or upload an article: intake proposes the links it states, each with its sentence, for you to accept, fix or reject',
    keys: [],
    undoable: false,
    run: (ctx) => mayPropose(ctx) && ctx.ui.set({ ...ctx.ui.get(), tab: 'intake', menu: null }),
  }),
  readArticle: effect({
    id: 'readArticle',
    label: 'Read article',
    hint: 'Store the article as a source and find the links it states (nothing is filed yet)',
    keys: [],
    undoable: false,
    run: (ctx) => void ctx.intake.read(),
  }),
  acceptCandidate: effect<string>({ id: 'acceptCandidate', label: 'Accept', keys: [], undoable: false, run: (ctx, key) => ctx.intake.update(decide, key, 'accepted') }),
  rejectCandidate: effect<string>({ id: 'rejectCandidate', label: 'Reject', keys: [], undoable: false, run: (ctx, key) => ctx.intake.update(decide, key, 'rejected') }),
  editCandidate: effect<string>({
    id: 'editCandidate',
    label: 'Edit',
    hint: 'Change its type, direction, status or dates (and accept it)',
    keys: [],
    undoable: false,
    run: (ctx, key) => ctx.intake.update(toggleEditing, key),
  }),
  swapCandidate: effect<string>({
    id: 'swapCandidate',
    label: 'Swap direction',
    hint: 'Read the sentence the other way round: the ends change places',
    keys: [],
    undoable: false,
    run: (ctx, key) => ctx.intake.update(swapDirection, key),
  }),
  resetCandidate: effect<string>({ id: 'resetCandidate', label: 'As intake read it', hint: 'Forget your edits of this candidate', keys: [], undoable: false, run: (ctx, key) => ctx.intake.update(resetCandidate, key) }),
  focusCandidate: effect<string>({
    id: 'focusCandidate',
    label: 'Show its sentence',
    hint: 'Mark the sentence in the article and scroll to it',
    keys: [],
    undoable: false,
    run: (ctx, key) => ctx.intake.update(focusCandidate, key),
  }),
  focusPassage: effect<{ readonly start: number; readonly end: number }>({
    id: 'focusPassage',
    label: 'Show its candidates',
    keys: [],
    undoable: false,
    run: (ctx, { start, end }) => ctx.intake.update(focusText, start, end),
  }),
  acceptAllOpen: effect({ id: 'acceptAllOpen', label: 'Accept the undecided', hint: 'Accept every candidate you have not decided on', keys: [], undoable: false, run: (ctx) => ctx.intake.update(acceptAllOpen) }),
  fileAccepted: effect<FileInput>({
    id: 'fileAccepted',
    label: ({ count, apply }) => `${apply ? 'Apply' : 'File'} ${count} accepted`,
    hint: ({ apply }) => (apply ? 'Apply the accepted candidates to the graph at once (each is kept in the history)' : 'File the accepted candidates as proposals for an editor’s review'),
    keys: [],
    undoable: false,
    enabled: ({ count }) => count > 0,
    unavailable: 'accept a candidate first',
    run: (ctx) => void ctx.intake.file(),
  }),
  editArticleAgain: effect({ id: 'editArticleAgain', label: 'Change the article', hint: 'Back to the text and its fields, to read it again', keys: [], undoable: false, run: (ctx) => ctx.intake.update(editAgain) }),
  backToCandidates: effect({ id: 'backToCandidates', label: 'Back to the candidates', hint: 'File more of them', keys: [], undoable: false, run: (ctx) => ctx.intake.update(backToCandidates) }),
  startOverIntake: effect({ id: 'startOverIntake', label: 'Add another article', keys: [], undoable: false, run: (ctx) => ctx.intake.update(startOver) }),
  showArticleLinks: model<readonly Pick<RelationshipDetails, 'rel' | 'from' | 'to'>[]>({
    id: 'showArticleLinks',
    label: 'Show on the canvas',
    step: (found) => (found.length === 1 && found[0] ? `Add link ${found[0].from.name} → ${found[0].to.name}` : `Add ${plural(found.length, 'link')} from an article`),
    keys: [],
    undoable: true,
    perform: (s, found) => {
      const nodes = [...new Map(found.flatMap((d) => [d.from, d.to]).map((n) => [n.id, n])).values()].filter((n) => !s.entities[n.id]);
      const last = found.at(-1);
      const added = addSubgraph(s, { nodes, edges: found.map((d) => d.rel) });
      return last ? select(added, { kind: 'edge', id: last.rel.id }) : added;
    },
  }),
  showIntakeLink: effect<string>({ id: 'showIntakeLink', label: 'Show on the canvas', keys: [], undoable: false, run: (ctx, id) => void ctx.intake.showLinks([id]) }),
  showIntakeHistory: effect<string>({
    id: 'showIntakeHistory',
    label: 'History',
    hint: 'Who changed this link, when and why',
    keys: [],
    undoable: false,
    run: (ctx, id) => void ctx.intake.showLinks([id]).then(() => ctx.ui.set({ ...ctx.ui.get(), tab: 'history', menu: null })),
  }),
};
