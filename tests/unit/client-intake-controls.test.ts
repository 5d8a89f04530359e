// The "Add article" panel rendered to static markup in Node: the form for contributors and up, the
// article's highlights beside the candidates, and the filing button worded for the account's role.
import { createElement } from 'react';
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
import { IntakePanel } from '../../client/src/components/intake/IntakePanel';
import { accessFor } from '../../client/src/model/access';
import { decide, newIntakeState, readingDone, readingFailed, toggleEditing } from '../../client/src/model/intake';
import type { IntakeState } from '../../client/src/model/intake';
import { createGraphStore } from '../../client/src/model/store';
import { READING } from './client-intake-fixtures';

function render(role: string | null, state: IntakeState): string {
  const store = createGraphStore();
  const status = createStatusStore();
  const ui = createUiStore();
  const evidence = createEvidenceStore();
  const explorer = createExplorer(store, status, ui, evidence);
  const editing = createEditing(store, status, ui, (ref) => explorer.open(ref));
  const user = role === null ? null : { id: 'u_1', email: `${role}@example.org`, role };
  editing.store.set({ ...editing.store.get(), user, checked: true, access: accessFor(user) });
  const intake = createIntake(store, status, editing);
  intake.store.set(state);
  const page = createElement(ActionsProvider, { focusSearch: () => undefined, children: createElement(IntakePanel) });
  return renderToStaticMarkup(createElement(AppContext.Provider, { value: { store, status, ui, evidence, explorer, editing, intake, views: createSavedViews(store, status, editing, explorer) } }, createElement(CanvasProvider, { children: page })));
}

const count = (html: string, pattern: RegExp): number => [...html.matchAll(pattern)].length;
const read = (): IntakeState => readingDone(newIntakeState('k'), READING, 'k1');

describe('intake controls', () => {
  it('offers the form to contributors only', () => {
    expect(render(null, newIntakeState('k'))).toContain('Sign in with an account that may propose changes');
    expect(render('viewer', newIntakeState('k'))).not.toContain('Read article');
    const html = render('contributor', newIntakeState('k'));
    expect(html).toContain('data-action="intakeArticle"');
    expect(html).toContain('aria-label="Add article"');
  });

  it('shows the problems beside their fields after a refusal', () => {
    const html = render('contributor', readingFailed(newIntakeState('k'), { title: 'an article needs its title' }, 'Some fields need fixing.'));
    expect(html).toMatch(/<label class="field field-wide field-bad"><span class="field-label">Title<\/span><input[^>]*><span class="field-problem">an article needs its title<\/span>/);
    expect(html).toContain('role="alert">Some fields need fixing.');
  });

  it('highlights each claim passage and mention, and lists every candidate with its decision controls', () => {
    const html = render('contributor', read());
    expect(count(html, /class="intake-passage[^"]*"/g)).toBe(2);
    expect(count(html, /class="intake-mention( intake-mention-new)?"/g)).toBe(5);
    expect(count(html, /class="intake-mention intake-mention-new"/g)).toBe(1);
    expect(count(html, /data-candidate="/g)).toBe(3);
    expect(count(html, /data-action="acceptCandidate"/g)).toBe(3);
    expect(html).toContain('new evidence for ');
    expect(html).toContain('Dongfeng Sun is built by Qilin Auto Works');
    expect(html).toContain('per Reuters');
    expect(html).toContain('File 0 accepted');
  });

  it('words the filing for the role: contributors file, editors apply', () => {
    const state = toggleEditing(decide(read(), 'c1', 'accepted'), 'c2');
    expect(render('contributor', state)).toContain('File 2 accepted');
    const editor = render('editor', state);
    expect(editor).toContain('Apply 2 accepted');
    expect(editor).toContain('<legend>Edit the candidate</legend>');
  });
});
