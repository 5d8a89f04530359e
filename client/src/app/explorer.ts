// The page's operations that need the API: fetch, then commit one action of the table, so that each
// reader gesture is one undo step named by the table. Failures go to the banner and leave the canvas
// as it was.
import { fetchRecords, fetchWithLinksAmong } from '../api/byId';
import { fetchWholeGraph } from '../api/graphStats';
import { fetchNeighbourhood, fetchPaths, linkFilter, pathExclusion } from '../api/linkage';
import { select } from '../model/actions';
import type { GraphStore } from '../model/store';
import type { GraphState } from '../model/types';
import { missingNote } from '../text/errors';
import { restoredState } from '../url/restore';
import { commit } from './action';
import type { Fetched, ModelAction } from './action';
import { ACTIONS } from './actionTable';
import { attempt, notify } from './status';
import type { StatusStore } from './status';
import { rememberEvidence } from './ui';
import type { EntityRef, EvidenceStore, UiStore } from './ui';
import { SCHEMA_DEFAULTS } from '#vocabulary/wire/defaults';
import type { Explorer } from './services';

/** Links fetched per entity on expand; a very connected entity shows "+N more" for the rest. */
export const EXPAND_LIMIT = 20;
export const MORE_STEP = 30;

const nameOf = (state: GraphState, id: string): string => state.entities[id]?.name ?? id;

/** What a trace depends on besides its ends; when this changes the trace is run again. */
export const traceBasis = (state: GraphState): string => JSON.stringify([state.asOf, state.filters]);

export function createExplorer(store: GraphStore, status: StatusStore, ui: UiStore, evidence: EvidenceStore): Explorer {
  const loadedLinks = (id: string): number =>
    Object.values(store.getState().relationships).filter((r) => r.from === id || r.to === id).length;

  const expandBy = (id: string, limit: number, action: ModelAction<Fetched, never>): Promise<void> =>
    attempt(status, async () => {
      const sub = await fetchNeighbourhood([id], limit);
      if (!sub.nodes.some((n) => n.id === id)) {
        notify(status, `No entity "${id}" in the graph`);
        return;
      }
      commit(store, action, { id, sub });
    });

  const runTrace = async (from: EntityRef, to: EntityRef, quietly: boolean): Promise<void> => {
    const state = store.getState();
    const { traceExclude } = ui.get();
    const exclude = pathExclusion(traceExclude.kinds, traceExclude.types);
    const found = await fetchPaths(from.id, to.id, linkFilter(state.filters, state.asOf), exclude ? { exclude } : {});
    rememberEvidence(evidence, found.evidence);
    const trace = { from: from.id, to: to.id, paths: found.paths, active: null, basis: traceBasis(state) };
    const traced = { from, to, trace, sub: found.subgraph };
    // Tracing again because the date or a filter changed is part of that change, not a step of its own.
    if (quietly) store.applyQuietly((s) => ACTIONS.trace.perform(s, traced));
    else commit(store, ACTIONS.trace, traced);
    if (found.paths.length === 0) notify(status, `No path between ${from.name} and ${to.name} within ${SCHEMA_DEFAULTS.Query.paths.maxHops} links${state.asOf ? ` as of ${state.asOf}` : ''}`);
  };

  return {
    open: (ref) => expandBy(ref.id, EXPAND_LIMIT, ACTIONS.open),
    expand: (id) => expandBy(id, EXPAND_LIMIT, ACTIONS.expand),
    expandMore: (id) => expandBy(id, loadedLinks(id) + MORE_STEP, ACTIONS.expandMore),
    trace: (from, to) => {
      ui.set({ ...ui.get(), tab: 'trace', traceFrom: from, traceTo: to });
      return attempt(status, () => runTrace(from, to, false));
    },
    showEverything: () =>
      attempt(status, async () => {
        commit(store, ACTIONS.showEverything, await fetchWholeGraph());
      }),
    retrace: () => {
      const state = store.getState();
      const t = state.trace;
      if (!t) return Promise.resolve();
      return attempt(status, () => runTrace({ id: t.from, name: nameOf(state, t.from) }, { id: t.to, name: nameOf(state, t.to) }, true));
    },
    restore: (view, step) =>
      attempt(status, async () => {
        // Fetched by id in batches (a view of any size stays under the server's limits), so the
        // canvas gets exactly the links the author had, not every link among its entities.
        const found =
          view.entities.length === 0 ? { nodes: [], edges: [] } : view.links === null ? await fetchWithLinksAmong(view.entities) : await fetchRecords(view.entities, view.links);
        const { state, missing } = restoredState(view, found);
        // An address starts the page's history; a saved view opened on the page is a step of it.
        if (step === undefined) store.reset(state, 'Open shared view');
        else store.apply(step, () => state);
        const note = missingNote(missing.entities, missing.links);
        if (note) notify(status, note);
        if (view.trace) {
          const from = { id: view.trace.from, name: nameOf(state, view.trace.from) };
          const to = { id: view.trace.to, name: nameOf(state, view.trace.to) };
          ui.set({ ...ui.get(), tab: 'trace', traceFrom: from, traceTo: to });
          await runTrace(from, to, true);
          const active = view.trace.active;
          if (active !== null) store.applyQuietly((s) => (s.trace && active < s.trace.paths.length ? { ...s, trace: { ...s.trace, active } } : s));
          // Tracing brings back hidden path entities; the author's selection stands.
          store.applyQuietly((s) => select(s, view.selection));
        }
      }),
  };
}
