// One React context carries the page's stores and operations; components read state through hooks.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { History } from '../model/history';
import type { ValueStore } from '../model/store';
import type { GraphState } from '../model/types';
import type { AppServices } from './services';

export type { AppServices } from './services';

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
