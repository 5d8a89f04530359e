// One React context carries the page's stores and operations; components read state through hooks.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { History } from '../model/history';
import type { GraphStore, ValueStore } from '../model/store';
import type { GraphState } from '../model/types';
import type { Explorer } from './explorer';
import type { StatusStore } from './status';
import type { EvidenceStore, UiStore } from './ui';

export interface AppServices {
  readonly store: GraphStore;
  readonly status: StatusStore;
  readonly ui: UiStore;
  readonly evidence: EvidenceStore;
  readonly explorer: Explorer;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside <AppContext.Provider>');
  return services;
}

// The third argument (the snapshot for server rendering) lets tests render components to static
// markup in Node; the page itself only renders in the browser.
export function useGraphState(): GraphState {
  const { store } = useServices();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

export function useHistory(): History {
  const { store } = useServices();
  return useSyncExternalStore(store.subscribe, store.getHistory, store.getHistory);
}

export function useValue<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
