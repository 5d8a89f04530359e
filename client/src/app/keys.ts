// Keyboard chords as the action table writes them ('Mod+Z', 'Shift+F10', 'H', 'Delete', '/'): matched
// against key events, shown as hints in tooltips and menus, and announced as aria-keyshortcuts.
// 'Mod' is Ctrl, or ⌘ on a Mac (the event's metaKey); hints say Ctrl as the page always has.

/** One key with its modifiers, e.g. 'Mod+Shift+Z'; the key is a KeyboardEvent.key value. */
export type Chord = string;

/** The parts of a key event a chord is matched against. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

interface Parsed {
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly key: string;
}

function parse(chord: Chord): Parsed {
  // The plus key itself ends the chord in '+': '+', 'Mod++'.
  const plus = chord.endsWith('+');
  const parts = (plus ? chord.slice(0, -1) : chord).split('+').filter((p) => p !== '');
  const key = plus ? '+' : (parts.pop() ?? '');
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

const isLetter = (key: string): boolean => /^[a-z]$/i.test(key);

export function matches(chord: Chord, e: KeyPress): boolean {
  const c = parse(chord);
  if (c.mod !== (e.ctrlKey || e.metaKey) || c.alt !== e.altKey) return false;
  if (c.key.length === 1) {
    // A symbol such as '/' may need Shift on some layouts, so Shift only counts for letters.
    if (isLetter(c.key) && c.shift !== e.shiftKey) return false;
    return e.key.toLowerCase() === c.key.toLowerCase();
  }
  return c.shift === e.shiftKey && e.key === c.key;
}

const SHOWN: Readonly<Record<string, string>> = { ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', ContextMenu: 'Menu' };

/** The chord as a person reads it: 'Ctrl+Shift+Z', 'H', '→'. */
export function keyHint(chord: Chord): string {
  const c = parse(chord);
  const mods = [c.mod && 'Ctrl', c.alt && 'Alt', c.shift && 'Shift'].filter((m): m is string => m !== false);
  return [...mods, SHOWN[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key)].join('+');
}

/** The chord in aria-keyshortcuts syntax: 'Control+Shift+Z'. */
export function ariaChord(chord: Chord): string {
  const c = parse(chord);
  const mods = [c.mod && 'Control', c.alt && 'Alt', c.shift && 'Shift'].filter((m): m is string => m !== false);
  return [...mods, c.key === ' ' ? 'Space' : c.key === '+' ? 'Plus' : c.key.length === 1 ? c.key.toUpperCase() : c.key].join('+');
}
