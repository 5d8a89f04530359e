// Turns "page size plus one" rows into a Relay page.
import { encodeCursor } from '../translate/cursor';
import type { CursorKeys } from '../translate/cursor';
import type { Page, RelationshipRow } from './types';

export function toPage(rows: readonly RelationshipRow[], first: number, keysOf: (r: RelationshipRow) => CursorKeys, totalCount: () => Promise<number>): Page {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(keysOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** Runs `count` at most once, however many fields ask for it. */
export function once(count: () => Promise<number>): () => Promise<number> {
  let result: Promise<number> | null = null;
  return () => (result ??= count());
}

/**
 * Starts a count wrapped by once() now, beside the page's own statement, for a caller that knows
 * totalCount will be read; the field still awaits the same promise (and sees its error, if any).
 */
export function startEarly(count: () => Promise<number>): void {
  count().catch(() => undefined);
}
