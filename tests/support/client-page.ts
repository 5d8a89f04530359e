// The page's services and providers for rendering components to static markup in Node, wired as
// client/src/main.tsx wires them (without a network or a canvas), so that a test of what a control
// shows sets up the page in one call and says only what differs: the graph, the account, a store.
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppContext } from '../../client/src/app/context';
import type { AppServices } from '../../client/src/app/context';
import { createEditing } from '../../client/src/app/editing';
import { createExplorer } from '../../client/src/app/explorer';
import { createIntake } from '../../client/src/app/intake';
import { createNotes } from '../../client/src/app/notes';
import { createSavedViews } from '../../client/src/app/savedViews';
import { createStatusStore } from '../../client/src/app/status';
import { createEvidenceStore, createUiStore } from '../../client/src/app/ui';
import { ActionsProvider } from '../../client/src/app/useActions';
import { CanvasProvider } from '../../client/src/canvas/CanvasContext';
import { accessFor } from '../../client/src/model/access';
import { createGraphStore } from '../../client/src/model/store';
import type { GraphState } from '../../client/src/model/types';

/** Every service of the page over a graph store holding `state` (the empty graph by default). */
export function pageServices(state?: GraphState): AppServices {
  const store = createGraphStore(state);
  const status = createStatusStore();
  const ui = createUiStore();
  const evidence = createEvidenceStore();
  const explorer = createExplorer(store, status, ui, evidence);
  const editing = createEditing(store, status, ui, (ref) => explorer.open(ref));
  return { store, status, ui, evidence, explorer, editing, intake: createIntake(store, status, editing), notes: createNotes(editing),
    views: createSavedViews(store, status, editing, explorer) };
}

/** Signs the page in as an account of `role`, as `Query.me` would; null is an anonymous reader. */
export function signInAs(services: AppServices, role: string | null): void {
  const user = role === null ? null : { id: 'u_1', email: `${role}@example.org`, role };
  services.editing.store.set({ ...services.editing.store.get(), user, checked: true, access: accessFor(user) });
}

/** The markup of `view` inside the page's providers (services, canvas handle, action table). */
export function renderInPage(services: AppServices, view: ReactElement): string {
  const page = createElement(ActionsProvider, { focusSearch: () => undefined, children: view });
  return renderToStaticMarkup(createElement(AppContext.Provider, { value: services }, createElement(CanvasProvider, { children: page })));
}
