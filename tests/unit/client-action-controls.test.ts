// The controls read the action table: rendered to static markup, every shortcut a tooltip, a menu
// or the empty canvas shows is the table's, and every keyed control announces the table's keys.
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { ariaShortcuts } from '../../client/src/app/action';
import { ACTIONS } from '../../client/src/app/actionTable';
import { KEY_SCOPES } from '../../client/src/app/keyBindings';
import type { ActionId } from '../../client/src/app/actionTable';
import type { AppServices } from '../../client/src/app/context';
import { keyHint } from '../../client/src/app/keys';
import { ContextMenu } from '../../client/src/components/ContextMenu';
import { EmptyCanvas } from '../../client/src/components/EmptyCanvas';
import { EntityDetails } from '../../client/src/components/EntityDetails';
import { Toolbar } from '../../client/src/components/Toolbar';
import { TracePanel } from '../../client/src/components/TracePanel';
import { addNeighbourhood, hideNodes } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import type { GraphState } from '../../client/src/model/types';
import { pageServices, renderInPage } from '../support/client-page';
import { nioSubgraph } from './client-fixtures';

const withNio = (): GraphState => addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);

function render(view: (state: GraphState) => ReactElement, prepare: (services: AppServices) => void = () => undefined): string {
  const services = pageServices(withNio());
  prepare(services);
  return renderInPage(services, view(services.store.getState()));
}

const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every opening tag's attributes. */
function tags(html: string): Record<string, string>[] {
  return [...html.matchAll(/<[a-z]+\s([^>]*)>/g)].map((m) => Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', unescape(a[2] ?? '')])));
}

/** A tooltip ending in something that reads like a shortcut: "(Ctrl+Z)", "(H)", "(Delete)". */
const TOOLTIP_SHORTCUT = /\(((?:(?:Ctrl|Alt|Shift)\+)*(?:[A-Z0-9/]|F\d+|Enter|Delete|Backspace|Escape|Menu|[←→↑↓]))\)$/;

/** Checks the markup's controls against the table and says which keyed actions it saw. */
function checkShortcuts(html: string): ActionId[] {
  const seen: ActionId[] = [];
  for (const attrs of tags(html)) {
    const id = attrs['data-action'] as ActionId | undefined;
    const action = id ? ACTIONS[id] : undefined;
    const shown = attrs.title ? TOOLTIP_SHORTCUT.exec(attrs.title)?.[1] : undefined;
    const first = action?.keys[0];
    if (shown !== undefined) expect([attrs.title, shown]).toEqual([attrs.title, first && keyHint(first)]);
    expect([id, attrs['aria-keyshortcuts']]).toEqual([id, action ? ariaShortcuts(action) : undefined]);
    if (id && first) {
      if (attrs.title !== undefined) expect([id, shown]).toEqual([id, keyHint(first)]);
      seen.push(id);
    }
  }
  // Menu items show their shortcut in a <kbd> beside the label.
  for (const m of html.matchAll(/<li[^>]*data-action="(\w+)"[^>]*>[^<]*(?:<kbd[^>]*>([^<]*)<\/kbd>)?<\/li>/g)) {
    const first = ACTIONS[m[1] as ActionId].keys[0];
    expect([m[1], m[2]]).toEqual([m[1], first && keyHint(first)]);
  }
  return seen;
}

describe('controls read the action table', () => {
  it('shows the table’s shortcut and the next undo step in the toolbar’s tooltips', () => {
    const html = render(() => createElement(Toolbar), ({ store }) => store.apply('Hide JAC', (s) => hideNodes(s, ['jac'])));
    expect(checkShortcuts(html)).toEqual(expect.arrayContaining(['undo', 'redo']));
    const undo = tags(html).find((a) => a['data-action'] === 'undo');
    expect(undo?.title).toBe(`Undo: Hide JAC (${keyHint(ACTIONS.undo.keys[0] ?? '')})`);
    expect(undo?.['aria-label']).toBe('Undo: Hide JAC');
  });

  it('shows the table’s shortcuts on the details panel’s buttons', () => {
    const html = render((state) => createElement(EntityDetails, { id: 'jac', state }));
    expect(checkShortcuts(html)).toEqual(expect.arrayContaining(['expand', 'hide', 'remove']));
    expect(html).toContain(`title="${ACTIONS.hide.label} (${keyHint('H')})"`);
  });

  it('shows the table’s labels and shortcuts in the context menu of a node, a link and the canvas', () => {
    const node = render((state) => createElement(ContextMenu, { target: { kind: 'node', id: 'jac', x: 0, y: 0 }, state, onClose: () => undefined }));
    expect(checkShortcuts(node)).toEqual(expect.arrayContaining(['expand', 'hide', 'remove']));
    expect(node).toContain(`${ACTIONS.remove.label}<kbd class="menu-shortcut" aria-hidden="true">${keyHint('Delete')}</kbd>`);
    const edge = render((state) => createElement(ContextMenu, { target: { kind: 'edge', id: 'nio-built-by-jac', x: 0, y: 0 }, state, onClose: () => undefined }));
    expect(checkShortcuts(edge)).toEqual([]);
    expect(edge).toContain('Hide all “Built by” links');
    const canvas = render((state) => createElement(ContextMenu, { target: { kind: 'canvas', id: null, x: 0, y: 0 }, state, onClose: () => undefined }));
    expect(canvas).toContain(`>${ACTIONS.fit.label}<`);
    checkShortcuts(canvas);
  });

  it('lists the page’s shortcuts on the empty canvas as the table binds them', () => {
    const html = render(() => createElement(EmptyCanvas));
    const shown = [...html.matchAll(/<kbd>([^<]*)<\/kbd>/g)].map((m) => m[1]);
    expect(shown).toEqual(KEY_SCOPES.page.map((id) => keyHint(ACTIONS[id].keys[0] ?? '')));
  });

  it('names the tracer’s button from the table and enables it once both ends differ', () => {
    const button = (html: string): string | undefined => /<button type="submit"[^>]*>.*?<\/button>/.exec(html)?.[0];
    const idle = render(() => createElement(TracePanel));
    checkShortcuts(idle);
    expect(button(idle)).toMatch(new RegExp(`disabled="" data-action="trace">.*</svg> ${ACTIONS.trace.label}</button>`));
    const ready = render(() => createElement(TracePanel), ({ ui }) => ui.set({ ...ui.get(), traceFrom: { id: 'nio', name: 'NIO' }, traceTo: { id: 'jac', name: 'JAC' } }));
    expect(button(ready)).toMatch(/^<button type="submit" class="button button-primary" data-action="trace">/);
  });
});
