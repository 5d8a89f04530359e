// The explorer page: search and toolbar on top, legend | canvas | details, the time bar below.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactElement, RefObject } from 'react';
import { useServices, useValue } from '../app/context';
import { KEY_SCOPES, actionForKey } from '../app/keyBindings';
import { ActionsProvider, useRunAction } from '../app/useActions';
import type { RendererChoice } from '../canvas/renderer';
import { AccountMenu } from './AccountMenu';
import { CanvasView } from './CanvasView';
import { ArticleReader } from './ArticleReader';
import { GraphSummaryLine } from './GraphSummary';
import { Icon } from './icons';
import { LegendPanel } from './LegendPanel';
import { SearchBox } from './SearchBox';
import { SidePanel } from './SidePanel';
import { SourceReader } from './SourceReader';
import { ErrorBanner, Notice, ProgressBar } from './StatusBar';
import { TimeSlider } from './TimeSlider';
import { Toolbar } from './Toolbar';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) && (t as HTMLInputElement).type !== 'range' && (t as HTMLInputElement).type !== 'checkbox';

/** The page's shortcuts (undo, redo, search), as the action table lists them. */
function PageShortcuts(): null {
  const run = useRunAction();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target)) return;
      const id = actionForKey(e, KEY_SCOPES.page);
      if (!id) return;
      run(id);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
  return null;
}

export function App({ renderer }: { renderer: RendererChoice }): ReactElement {
  const search = useRef<HTMLInputElement>(null);
  const focusSearch = useCallback(() => search.current?.focus(), []);
  return (
    <ActionsProvider focusSearch={focusSearch}>
      <PageShortcuts />
      <Explorer renderer={renderer} search={search} />
    </ActionsProvider>
  );
}

function Explorer({ renderer, search }: { renderer: RendererChoice; search: RefObject<HTMLInputElement | null> }): ReactElement {
  const run = useRunAction();
  const [legendOpen, setOpen] = useState(true);
  const { ui } = useServices();
  // Reading an article needs the room: its panel is wide and the legend folds while it is open.
  const reading = useValue(ui).tab === 'intake';
  const legendShown = legendOpen && !reading;
  const setLegendOpen = (open: boolean): void => {
    setOpen(open);
    if (open && reading) ui.set({ ...ui.get(), tab: 'details' });
  };

  return (
    <div className={`app${legendShown ? '' : ' legend-closed'}${reading ? ' side-wide' : ''}`}>
      <a className="skip-link" href="#main-search">
        Skip to search
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <h1 className="brand-name">Linkage</h1>
          <span className="brand-sub">China auto industry</span>
          <GraphSummaryLine />
        </div>
        <div className="topbar-search" id="main-search">
          <SearchBox
            label="Search entities"
            placeholder="Search companies, plants, people — English or 中文"
            inputRef={search}
            onPick={(hit) => run('open', { id: hit.entity.id, name: hit.entity.name })}
          />
        </div>
        <Toolbar />
        <AccountMenu />
      </header>
      <ProgressBar />
      <ErrorBanner />
      <main className="workspace">
        <div className="legend-column">
          <button type="button" className="legend-toggle" aria-expanded={legendShown} aria-controls="legend-panel" onClick={() => setLegendOpen(!legendShown)}>
            <Icon name="filter" size={16} /> <span>{legendShown ? 'Legend & filters' : ''}</span>
          </button>
          <div id="legend-panel" hidden={!legendShown}>
            <LegendPanel />
          </div>
        </div>
        <CanvasView renderer={renderer} />
        <SidePanel />
      </main>
      <footer className="footer">
        <TimeSlider />
      </footer>
      <Notice />
      <SourceReader />
      <ArticleReader />
    </div>
  );
}
