// Keeps the address bar in step with the view, so copying the URL shares exactly what is on screen.
// replaceState, not pushState: the browser's Back button should leave the page, undo is Ctrl+Z.
import type { GraphStore } from '../model/store';
import { toQuery, viewOf } from '../url/viewState';

/** Query parameters that configure the page rather than the view; they survive rewrites. */
const PAGE_PARAMS = ['renderer'];

export function viewQueryFromLocation(): string {
  const params = new URLSearchParams(window.location.search);
  for (const p of PAGE_PARAMS) params.delete(p);
  return params.toString();
}

export function startUrlSync(store: GraphStore, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    const params = new URLSearchParams(toQuery(viewOf(store.getState())));
    const current = new URLSearchParams(window.location.search);
    for (const p of PAGE_PARAMS) {
      const v = current.get(p);
      if (v !== null) params.set(p, v);
    }
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  // No write now: after a failed restore (an outage) the address must keep the shared view.
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
