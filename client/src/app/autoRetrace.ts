// The tracer respects the date and filters: when either changes under a trace, trace again.
// Debounced so that playing through time re-traces once per pause, not once per month.
import type { GraphStore } from '../model/store';
import { traceBasis } from './explorer';
import type { Explorer } from './services';

export function startAutoRetrace(store: GraphStore, explorer: Explorer, delayMs = 350): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe(() => {
    const s = store.getState();
    if (!s.trace || s.trace.basis === undefined || s.trace.basis === traceBasis(s)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void explorer.retrace(), delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
