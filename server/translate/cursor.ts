// Opaque Relay cursors. A cursor names the last relationship of a page by the keys the page is
// ordered by, so the next page is an index seek, never an OFFSET over everything before it.
import { badInput } from '../errors';

/** The sort keys of one position: [fromId, relId] for the global list, [relId] elsewhere. */
export type CursorKeys = readonly string[];

const PREFIX = 'rel:';

export function encodeCursor(keys: CursorKeys): string {
  return Buffer.from(PREFIX + JSON.stringify(keys), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `arity` keys; null when there is none. */
export function decodeCursor(after: string | null | undefined, arity: number, argument = 'after'): string[] | null {
  if (after === null || after === undefined) return null;
  let keys: unknown;
  try {
    const text = Buffer.from(after, 'base64url').toString('utf8');
    keys = text.startsWith(PREFIX) ? JSON.parse(text.slice(PREFIX.length)) : null;
  } catch {
    keys = null;
  }
  if (!Array.isArray(keys) || keys.length !== arity || !keys.every((k) => typeof k === 'string')) {
    throw badInput(argument, `"${argument}" is not a cursor from this list; pass the endCursor of the previous page`);
  }
  return keys as string[];
}
