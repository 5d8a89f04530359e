// The "Add article" panel rendered to static markup in Node: the form for contributors and up, the
// article's highlights beside the candidates, and the filing button worded for the account's role.
import { createElement } from 'react';
import { IntakePanel } from '../../client/src/components/intake/IntakePanel';
import { decide, newIntakeState, readingDone, readingFailed, toggleEditing } from '../../client/src/model/intake';
import type { IntakeState } from '../../client/src/model/intake';
import { pageServices, renderInPage, signInAs } from '../support/client-page';
import { READING } from './client-intake-fixtures';

function render(role: string | null, state: IntakeState): string {
  const services = pageServices();
  signInAs(services, role);
  services.intake.store.set(state);
  return renderInPage(services, createElement(IntakePanel));
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
