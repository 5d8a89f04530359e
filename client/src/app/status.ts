// Page-wide status that is not part of the graph: requests in flight, the outage banner, notices.
// Kept out of the undo history on purpose: an outage must never change the reader's view.
import { ApiError, listenToApi } from '../api/graphql';
import { createValueStore } from '../model/store';
import type { ValueStore } from '../model/store';

export interface PageStatus {
  readonly pending: number;
  readonly error: ApiError | null;
  /** What to run again when the reader presses Retry on the banner. */
  readonly retry: (() => void) | null;
  readonly notice: string | null;
}

export type StatusStore = ValueStore<PageStatus>;

export function createStatusStore(): StatusStore {
  const store = createValueStore<PageStatus>({ pending: 0, error: null, retry: null, notice: null });
  listenToApi({
    onStart: () => store.set({ ...store.get(), pending: store.get().pending + 1 }),
    onEnd: (error) => {
      const s = store.get();
      const pending = Math.max(0, s.pending - 1);
      // A success after an outage means the service is back: the banner goes away by itself.
      if (error === null) store.set({ ...s, pending, ...(s.error?.isOutage ? { error: null, retry: null } : {}) });
      else store.set({ ...s, pending, error });
    },
  });
  return store;
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;

export function notify(store: StatusStore, notice: string): void {
  store.set({ ...store.get(), notice });
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => store.set({ ...store.get(), notice: null }), 4000);
}

/** Runs an operation; on failure the banner offers to run it again. Errors never escape to React. */
export async function attempt(store: StatusStore, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    const error = err instanceof ApiError ? err : new ApiError('INTERNAL', err instanceof Error ? err.message : String(err));
    if (error.code === 'ABORTED') return;
    // Retrying a refused request (too large, not found) would fail the same way: no Retry for those.
    store.set({ ...store.get(), error, retry: error.retryable ? () => void attempt(store, run) : null });
  }
}

export function dismissError(store: StatusStore): void {
  store.set({ ...store.get(), error: null, retry: null });
}
