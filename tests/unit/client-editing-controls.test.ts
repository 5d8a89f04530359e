// What each role sees, rendered to static markup: the header's account controls, the side panel's
// tabs and the buttons under a record. Viewers and anonymous readers see nothing of editing but
// history; contributors see "Propose"; editors see editing and the review queue.
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { AccountMenu } from '../../client/src/components/AccountMenu';
import { RecordButtons } from '../../client/src/components/RecordButtons';
import { SidePanel } from '../../client/src/components/SidePanel';
import { SourceForm } from '../../client/src/components/SourceForm';
import { IntakeForm } from '../../client/src/components/intake/IntakeForm';
import { addNeighbourhood, select } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { pageServices, renderInPage, signInAs } from '../support/client-page';
import { nioSubgraph } from './client-fixtures';

function render(role: string | null, view: () => ReactElement): string {
  const services = pageServices(select(addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), { kind: 'edge', id: 'nio-built-by-jac' }));
  signInAs(services, role);
  return renderInPage(services, view());
}

const labels = (html: string): string[] => [...html.matchAll(/class="field-label">([^<]+)</g)].map((m) => m[1] ?? '');
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

  it('asks a pasted source and an intake article the same source fields, by the same labels', () => {
    const source = ['Title', 'Publisher', 'Author', 'Address (URL)', 'Published on'];
    const pasted = labels(render('editor', () => createElement(SourceForm, { onAdded: () => undefined, onCancel: () => undefined })));
    const article = labels(render('contributor', () => createElement(IntakeForm)));
    expect(pasted.filter((l) => source.includes(l))).toEqual(source);
    expect(article.filter((l) => source.includes(l))).toEqual(source);
    // Only a pasted source says how its date is known; intake's date anchors relative dates only.
    expect([pasted.includes('How known'), article.includes('How known')]).toEqual([true, false]);
  });
});
