// Saved views on the page, the pure parts (model/savedViews.ts and vocabulary/views.ts): what is
// saved is exactly the address's view, which address opens which saved view, the checks the page
// shares with the server, and how a refusal is worded. Then the panel, rendered to static markup.
import { createElement } from 'react';
import { checkViewName, VIEW_ID, VIEW_LIMITS, viewStateProblem } from '#vocabulary/views';
import { ApiError } from '../../client/src/api/graphql';
import type { SavedViewInfo } from '../../client/src/api/views';
import { ViewsMenu } from '../../client/src/components/ViewsPanel';
import { addNeighbourhood, select, setPositions } from '../../client/src/model/actions';
import { currentViewState, othersListed, replaced, savedViewIdIn, savedViewLink, saveProblem, viewFailure } from '../../client/src/model/savedViews';
import { EMPTY_STATE } from '../../client/src/model/types';
import type { GraphState } from '../../client/src/model/types';
import { fromQuery, viewOf } from '../../client/src/url/viewState';
import { pageServices, renderInPage, signInAs } from '../support/client-page';
import { nioSubgraph } from './client-fixtures';

const ID = 'v_20260101T101500123Z-0123456789abcdef';

const view = (over: Partial<SavedViewInfo> = {}): SavedViewInfo => ({
  id: ID, name: 'Who builds NIO', visibility: 'PRIVATE', version: 1, createdAt: '2026-01-01T10:15:00.123Z', updatedAt: '2026-01-01T10:15:00.123Z',
  canEdit: true, canDelete: true, owner: { id: 'u_1', email: 'ada@example.org' }, ...over,
});

const canvas = (): GraphState => {
  const s = addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);
  return select(setPositions(s, { nio: { x: 120, y: -40 }, jac: { x: -80, y: 300 } }), { kind: 'edge', id: 'nio-built-by-jac' });
};

describe('model/savedViews', () => {
  it('saves exactly the view the address carries: opening it gives back the entities, links, positions and selection', () => {
    const state = canvas();
    const saved = currentViewState(state);
    expect(viewStateProblem(saved)).toBeNull();
    expect(fromQuery(saved)).toEqual(viewOf(state));
    expect(fromQuery(saved).positions).toEqual({ nio: { x: 120, y: -40 }, jac: { x: -80, y: 300 } });
    expect(fromQuery(saved).selection).toEqual({ kind: 'edge', id: 'nio-built-by-jac' });
  });

  it('makes the link that opens a saved view, and reads only a well-formed id back from an address', () => {
    const link = savedViewLink('http://localhost:4000', ID);
    expect(link).toBe(`http://localhost:4000/?saved=${ID}`);
    expect(savedViewIdIn(new URL(link).search)).toBe(ID);
    expect(ID).toMatch(VIEW_ID);
    expect(savedViewIdIn('?saved=v_1')).toBeNull();
    expect(savedViewIdIn('?n=nio')).toBeNull();
  });

  it('refuses to save an empty canvas, a blank or over-long name, with the server\'s own words', () => {
    expect(saveProblem('name', EMPTY_STATE)).toBe('Put something on the canvas first');
    expect(saveProblem('  ', canvas())).toBe('Give the view a name');
    expect(saveProblem('x'.repeat(VIEW_LIMITS.nameChars + 1), canvas())).toMatch(/at most 100 characters/);
    expect(saveProblem('NIO', canvas())).toBeNull();
    expect(checkViewName('  NIO \t and  JAC ')).toEqual({ ok: true, name: 'NIO and JAC' });
  });

  it('takes a state only if it is a view\'s address within the size limit', () => {
    expect(viewStateProblem('n=jac%2Cnio&s=n%3Anio')).toBeNull();
    expect(viewStateProblem('')).toMatch(/empty/);
    expect(viewStateProblem('n=<b>')).toMatch(/not a view's address/);
    expect(viewStateProblem('saved=v_1')).toMatch(/another saved view/);
    expect(viewStateProblem(`n=${'a'.repeat(VIEW_LIMITS.stateBytes - 2)}`)).toBeNull();
    expect(viewStateProblem(`n=${'a'.repeat(VIEW_LIMITS.stateBytes - 1)}`)).toMatch(/32768 bytes/);
  });

  it('words each refusal for a reader and says nothing was lost where that is so', () => {
    expect(viewFailure(new ApiError('CONFLICT', 'The view is at version 2, not 1'))).toMatch(/changed this view/);
    expect(viewFailure(new ApiError('NOT_FOUND', 'No saved view with id "x"'))).toMatch(/no longer there, or it is private/);
    expect(viewFailure(new ApiError('FORBIDDEN', 'Only the view\'s owner may rename it'))).toMatch(/owner/);
    expect(viewFailure(new ApiError('NETWORK', 'fetch failed'))).toMatch(/nothing was changed/);
    expect(viewFailure(new ApiError('BAD_USER_INPUT', 'A view\'s name has at most 100 characters'))).toBe('A view\'s name has at most 100 characters');
    expect(viewFailure(new ApiError('INTERNAL', 'TypeError: x is undefined'))).not.toMatch(/TypeError/);
  });

  it('leaves one\'s own views out of the others\' list and replaces a view by the server\'s answer', () => {
    const mine = view();
    const theirs = view({ id: 'v_20260101T101500124Z-0123456789abcdee', owner: { id: 'u_2', email: 'grace@example.org' } });
    expect(othersListed([mine, theirs], 'u_1')).toEqual([theirs]);
    expect(othersListed([mine, theirs], null)).toEqual([mine, theirs]);
    expect(replaced([mine, theirs], { ...mine, name: 'Renamed', version: 2 }).map((v) => v.name)).toEqual(['Renamed', 'Who builds NIO']);
  });
});

function renderPanel(role: string | null, mine: SavedViewInfo[], listed: SavedViewInfo[]): string {
  const services = pageServices(canvas());
  signInAs(services, role);
  services.views.store.set({ ...services.views.store.get(), open: true, mine, listed, message: { text: 'Saved “Who builds NIO”', tone: 'done' } });
  return renderInPage(services, createElement(ViewsMenu));
}

describe('components/ViewsPanel', () => {
  it('offers a signed-in account the save form and its views with every tool, each control labelled', () => {
    const html = renderPanel('viewer', [view()], [view({ id: 'v_x', name: 'Desk view', canEdit: false, canDelete: false, visibility: 'LISTED', owner: { id: 'u_2', email: 'grace@example.org' } })]);
    expect(html).toContain('role="dialog"');
    expect(html).toContain('aria-label="Save this view"');
    expect(html).toMatch(/<label>Name<input/);
    expect(html).toContain('aria-label="Who can open it"');
    expect(html).toContain('My views (1)');
    expect(html).toContain('Listed by others (1)');
    expect(html).toContain('aria-label="Rename “Who builds NIO”"');
    expect(html).toContain('aria-label="Delete “Who builds NIO”"');
    expect(html).toContain('aria-label="Copy link to “Desk view”"');
    expect(html).toContain('by grace@example.org');
    // Another's listed view: no rename, no delete, no visibility choice.
    expect(html).not.toContain('Rename “Desk view”');
    expect(html).not.toContain('Delete “Desk view”');
    expect(html).toContain('role="status"');
    expect(html).toContain('Saved “Who builds NIO”');
    expect(html).toContain('aria-keyshortcuts="V"');
  });

  it('tells an anonymous reader to sign in to save, and still lists the listed views', () => {
    const html = renderPanel(null, [], [view({ canEdit: false, canDelete: false, visibility: 'LISTED' })]);
    expect(html).not.toContain('aria-label="Save this view"');
    expect(html).toContain('Sign in to save views');
    expect(html).not.toContain('My views');
    expect(html).toContain('Listed by others (1)');
  });
});
