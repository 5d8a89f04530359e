// The canvas handle travels by React context: <CanvasProvider> sits above everything that may ask the
// canvas for something (toolbar, context menu, keyboard), and useCytoscape plugs its instance in.
import { createContext, useContext, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { createCanvasSlot } from './handle';
import type { CanvasHandle, CanvasSlot } from './handle';

const CanvasContext = createContext<CanvasSlot | null>(null);

export function CanvasProvider({ children }: { children: ReactNode }): ReactElement {
  const [slot] = useState(createCanvasSlot);
  return <CanvasContext.Provider value={slot}>{children}</CanvasContext.Provider>;
}

export function useCanvasSlot(): CanvasSlot {
  const slot = useContext(CanvasContext);
  if (!slot) throw new Error('useCanvas outside <CanvasProvider>');
  return slot;
}

/** What components may ask of the canvas. */
export function useCanvas(): CanvasHandle {
  return useCanvasSlot().handle;
}
