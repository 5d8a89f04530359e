// What each role sees, rendered to static markup: the header's account controls, the side panel's
// tabs and the buttons under a record. Viewers and anonymous readers see nothing of editing but
// history; contributors see "Propose"; editors see editing and the review queue.
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppContext } from '../../client/src/app/context';
import { createEditing } from '../../client/src/app/editing';
import { createExplorer } from '../../client/src/app/explorer';
import { createIntake } from '../../client/src/app/intake';
import { createSavedViews } from '../../client/src/app/savedViews';
import { createStatusStore } from '../../client/src/app/status';
import { createEvidenceStore, createUiStore } from '../../client/src/app/ui';
import { ActionsProvider } from '../../client/src/app/useActions';
import { CanvasProvider } from '../../client/src/canvas/CanvasContext';
import { AccountMenu } from '../../client/src/components/AccountMenu';
import { RecordButtons } from '../../client/src/components/RecordButtons';
import { SidePanel } from '../../client/src/components/SidePanel';
import { accessFor } from '../../client/src/model/access';
import { addNeighbourhood, select } from '../../client/src/model/actions';
import { createGraphStore } from '../../client/src/model/store';
import { EMPTY_STATE } from '../../client/src/model/types';
import { nioSubgraph } from './client-fixtures';

function render(role: string | null, view: () => ReactElement): string {
  const store = createGraphStore(select(addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), { kind: 'edge', id: 'nio-built-by-jac' }));
  const status = createStatusStore();
  const ui = createUiStore();
  const evidence = createEvidenceStore();
  const explorer = createExplorer(store, status, ui, evidence);
  const editing = createEditing(store, status, ui, (ref) => explorer.open(ref));
  const user = role === null ? null : { id: 'u_1', email: `${role}@example.org`, role };
  editing.store.set({ ...editing.store.get(), user, checked: true, access: accessFor(user) });
  const page = createElement(ActionsProvider, { focusSearch: () => undefined, children: view() });
  return renderToStaticMarkup(createElement(AppContext.Provider, { value: { store, status, ui, evidence, explorer, editing, intake: createIntake(store, status, editing), views: createSavedViews(store, status, editing, explorer) } }, createElement(CanvasProvider, { children: page })));
}

const tabs = (html: string): string[] => [...html.matchAll(/role="tab"[^>]*>([A-Za-z ]+)/g)].map((m) => m[1] ?? '');
/** Each button's first text: the account menu's button starts with the role's chip. */
const buttons = (html: string): string[] => [...html.matchAll(/<button[^>]*>(?:<span[^>]*>)?([^<]+)/g)].map((m) => (m[1] ?? '').trim());

describe('editing controls', () => {
  it('offers anonymous readers only signing in, and the history', () => {
    expect(buttons(render(null, () => createElement(AccountMenu)))).toEqual(['Sign in']);
    expect(tabs(render(null, () => createElement(SidePanel)))).toEqual(['Details', 'History', 'Trace']);
    expect(buttons(render(null, () => createElement(RecordButtons, { linkId: 'nio-built-by-jac' })))).toEqual(['History']);
  });

  it('shows a viewer who they are, and nothing to edit', () => {
    const header = render('viewer', () => createElement(AccountMenu));
    expect(header).toContain('viewer@example.org');
    expect(buttons(header)).toEqual(['viewer']);
    expect(tabs(render('viewer', () => createElement(SidePanel)))).toEqual(['Details', 'History', 'Trace']);
    expect(buttons(render('viewer', () => createElement(RecordButtons, { linkId: 'nio-built-by-jac' })))).toEqual(['History']);
  });

  it('shows a contributor "Propose", the Edit tab and "Add article", but no review queue', () => {
    expect(buttons(render('contributor', () => createElement(AccountMenu)))).toEqual(['Propose', 'contributor']);
    expect(tabs(render('contributor', () => createElement(SidePanel)))).toEqual(['Details', 'History', 'Trace', 'Edit', 'Add article']);
    expect(buttons(render('contributor', () => createElement(RecordButtons, { linkId: 'nio-built-by-jac' })))).toEqual(['History', 'Change status or dates']);
  });

  it('shows an editor editing, the review queue and "Add article"', () => {
    expect(buttons(render('editor', () => createElement(AccountMenu)))).toEqual(['Edit', 'Review', 'editor']);
    expect(tabs(render('editor', () => createElement(SidePanel)))).toEqual(['Details', 'History', 'Trace', 'Edit', 'Review', 'Add article']);
  });
});
