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
 * Lets a read already started run beside the caller's own (a count wrapped by once(), a loader's
 * load): whoever awaits the same promise later sees its result or its error; until then a failure
 * is not an unhandled rejection.
 */
export function startEarly(load: Promise<unknown>): void {
  load.catch(() => undefined);
}

/** The work's result once the check has passed, the two running side by side: the check's error wins. */
export async function afterCheck<T>(check: Promise<unknown>, work: Promise<T>): Promise<T> {
  startEarly(work);
  await check;
  return work;
}
