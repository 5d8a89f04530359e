// Splitting a request the server would refuse as too large. The page cannot know the server's
// limits (cost, aliases, ids: they are configuration), so it starts with a modest batch and, when
// the server refuses one, sizes the next from the figures of the refusal: the limit and what the
// batch asked for, which grow about linearly with the batch.
import { ApiError } from './graphql';
import type { LimitInfo } from './graphql';

/** Headroom under a limit, since a batch's cost is only about proportional to its size. */
const MARGIN = 0.8;

/** A smaller batch after `size` items went over `limit`; always at least 1 and less than `size`. */
export function smallerBatch(size: number, limit: LimitInfo | null): number {
  const scaled = limit && limit.actual > limit.max && limit.max > 0 ? Math.floor(((size * limit.max) / limit.actual) * MARGIN) : Math.floor(size / 2);
  return Math.max(1, Math.min(size - 1, scaled));
}

export const isTooLarge = (err: unknown): err is ApiError => err instanceof ApiError && err.code === 'TOO_LARGE';

/**
 * Runs `fetch` over `items`, `first` at a time, one batch after another (the server is shared).
 * A batch the server finds too large is split and sent again; a single item that is still too
 * large, or any other error, fails the whole run.
 */
export async function inBatches<T, R>(items: readonly T[], first: number, fetch: (batch: T[]) => Promise<readonly R[]>): Promise<R[]> {
  let size = Math.max(1, Math.floor(first));
  const out: R[] = [];
  for (let at = 0; at < items.length; ) {
    const batch = items.slice(at, at + size);
    try {
      out.push(...(await fetch(batch)));
      at += batch.length;
    } catch (err) {
      if (!isTooLarge(err) || batch.length === 1) throw err;
      size = smallerBatch(batch.length, err.limit);
    }
  }
  return out;
}
