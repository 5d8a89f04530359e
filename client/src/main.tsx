// Entry point: build the stores, restore the view from the URL (or the saved view it names), then keep the URL in step.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startAutoRetrace } from './app/autoRetrace';
import { AppContext } from './app/context';
import type { AppServices } from './app/context';
import { createEditing } from './app/editing';
import { createExplorer } from './app/explorer';
import { createIntake } from './app/intake';
import { createNotes } from './app/notes';
import { createSavedViews } from './app/savedViews';
import { createStatusStore } from './app/status';
import { createEvidenceStore, createUiStore } from './app/ui';
import { startUrlSync } from './app/urlSync';
import { CanvasProvider } from './canvas/CanvasContext';
import type { RendererChoice } from './canvas/renderer';
import { App } from './components/App';
import { createGraphStore } from './model/store';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/editing.css';
import './styles/intake.css';
import './styles/reading.css';
import './styles/notes.css';
import './styles/views.css';

const store = createGraphStore();
const status = createStatusStore();
const ui = createUiStore();
const evidence = createEvidenceStore();
const explorer = createExplorer(store, status, ui, evidence);
// Signing in on an empty canvas restores the shared view: without anonymous reading it could not load
// (nor could the signed-in account's own private saved view).
const restoreView = (): void => {
  if (Object.keys(store.getState().entities).length === 0) void views.openAddress();
};
const editing = createEditing(store, status, ui, (ref) => explorer.open(ref), restoreView);
const views = createSavedViews(store, status, editing, explorer);
const intake = createIntake(store, status, editing);
const notes = createNotes(editing);
const services: AppServices = { store, status, ui, evidence, explorer, editing, intake, notes, views };

declare global {
  interface Window {
    /** The model store, for the console and for page tests (window.cy, the Cytoscape instance, is set by canvas/useCytoscape). */
    linkage?: { store: typeof store };
  }
}
window.linkage = { store };

const rendererParam = new URLSearchParams(window.location.search).get('renderer');
const renderer: RendererChoice = rendererParam === 'canvas' || rendererParam === 'webgl' ? rendererParam : 'auto';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppContext.Provider value={services}>
      <CanvasProvider>
        <App renderer={renderer} />
      </CanvasProvider>
    </AppContext.Provider>
  </StrictMode>,
);

// The URL is only written once the shared view is back, or the empty first state would overwrite it.
void editing.checkSession();
void views.openAddress().finally(() => {
  startUrlSync(store);
  startAutoRetrace(store, explorer);
});
