// Which shortcuts of the action table work where, and which action a key press is.
import type { AnyAction } from './action';
import { ACTIONS } from './actionTable';
import type { ActionId } from './actionTable';
import { keyHint, matches } from './keys';
import type { KeyPress } from './keys';

/**
 * Where shortcuts work: page keys anywhere but in a text field; canvas keys while the canvas has the
 * focus, the selection ones on the selected entity.
 */
export const KEY_SCOPES = {
  page: ['focusSearch', 'undo', 'redo', 'toggleViews'],
  canvas: [
    'entityLeft', 'entityRight', 'entityUp', 'entityDown', 'nextEntity', 'previousEntity', 'nextLink', 'previousLink',
    'selectAll', 'revealLinks', 'zoomIn', 'zoomOut', 'fit', 'toggleTable', 'openMenu', 'deselect',
  ],
  selection: ['expand', 'hide', 'remove'],
} as const satisfies Record<string, readonly ActionId[]>;

/** The action among `ids` whose shortcut this key press is. */
export function actionForKey<K extends ActionId>(e: KeyPress, ids: readonly K[]): K | null {
  return ids.find((id) => (ACTIONS[id] as AnyAction).keys.some((chord) => matches(chord, e))) ?? null;
}

/** What each shortcut does, for the canvas's spoken help: "→ or ↓ next entity". */
export function keyHelp(ids: readonly ActionId[]): string[] {
  return ids.map((id) => {
    const { keys, label } = ACTIONS[id] as AnyAction;
    return `${keys.map(keyHint).join(' or ')} ${typeof label === 'string' ? label.toLowerCase() : id}`;
  });
}
