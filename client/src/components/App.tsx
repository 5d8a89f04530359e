// The explorer page: search and toolbar on top, legend | canvas | details, the time bar below.
import { useEffect, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { useServices } from '../app/context';
import type { RendererChoice } from '../canvas/renderer';
import { exportBrief } from '../export/exports';
import { CanvasView } from './CanvasView';
import { Icon } from './icons';
import { LegendPanel } from './LegendPanel';
import { SearchBox } from './SearchBox';
import { SidePanel } from './SidePanel';
import { ErrorBanner, Notice, ProgressBar } from './StatusBar';
import { TimeSlider } from './TimeSlider';
import { Toolbar } from './Toolbar';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) && (t as HTMLInputElement).type !== 'range' && (t as HTMLInputElement).type !== 'checkbox';

function useShortcuts(focusSearch: () => void): void {
  const { store } = useServices();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        if (e.shiftKey) store.redo();
        else store.undo();
      } else if (mod && key === 'y') store.redo();
      else if (!mod && e.key === '/') focusSearch();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, focusSearch]);
}

export function App({ renderer }: { renderer: RendererChoice }): ReactElement {
  const { explorer, store, evidence } = useServices();
  const search = useRef<HTMLInputElement>(null);
  const [legendOpen, setLegendOpen] = useState(true);
  useShortcuts(() => search.current?.focus());

  return (
    <div className={`app${legendOpen ? '' : ' legend-closed'}`}>
      <a className="skip-link" href="#main-search">
        Skip to search
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Linkage</span>
          <span className="brand-sub">China auto industry</span>
        </div>
        <div className="topbar-search" id="main-search">
          <SearchBox
            label="Search entities"
            placeholder="Search companies, plants, people — English or 中文"
            inputRef={search}
            onPick={(hit) => void explorer.open({ id: hit.entity.id, name: hit.entity.name })}
          />
        </div>
        <Toolbar />
      </header>
      <ProgressBar />
      <ErrorBanner />
      <main className="workspace">
        <div className="legend-column">
          <button type="button" className="legend-toggle" aria-expanded={legendOpen} aria-controls="legend-panel" onClick={() => setLegendOpen(!legendOpen)}>
            <Icon name="filter" size={16} /> <span>{legendOpen ? 'Legend & filters' : ''}</span>
          </button>
          <div id="legend-panel" hidden={!legendOpen}>
            <LegendPanel />
          </div>
        </div>
        <CanvasView renderer={renderer} />
        <SidePanel onBrief={() => exportBrief(store.getState(), evidence.get())} />
      </main>
      <footer className="footer">
        <TimeSlider />
      </footer>
      <Notice />
    </div>
  );
}
