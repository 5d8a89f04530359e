// The source reader: an article's full text, paragraph by paragraph, with the paragraph in question
// highlighted. Selecting words inside a paragraph makes them the quote, taken verbatim from the
// source's text; "Use this quote" adds it to the link being drawn or changed.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { fetchReaderSource, fetchSourceList } from '../api/editing';
import type { ReaderSource } from '../api/editing';
import { useServices } from '../app/context';
import { publishedText } from '../text/claims';
import { paragraphIndexOf, quoteFromSelection, splitParagraphs } from '../text/paragraphs';
import type { PickedQuote } from '../text/paragraphs';
import { Icon } from './icons';
import { SourceForm } from './SourceForm';
import { useEditing } from './useEditing';
import { useFetched } from './useFetched';

const loadList = (): ReturnType<typeof fetchSourceList> => fetchSourceList();

function ReaderText({ source, quote, onPick }: { source: ReaderSource; quote: string | null; onPick: (p: PickedQuote | null) => void }): ReactElement {
  const paragraphs = useMemo(() => splitParagraphs(source.text), [source.text]);
  const [picked, setPicked] = useState<PickedQuote | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const shown = picked?.paragraph ?? (quote ? paragraphIndexOf(paragraphs, quote) : -1);

  useEffect(() => {
    const onSelection = (): void => {
      const sel = document.getSelection();
      const anchor = sel?.anchorNode ?? null;
      if (!sel || !anchor || !box.current?.contains(anchor)) return;
      const at = (anchor instanceof Element ? anchor : anchor.parentElement)?.closest('[data-paragraph]');
      const hint = at ? Number(at.getAttribute('data-paragraph')) : null;
      const next = sel.isCollapsed ? null : quoteFromSelection(paragraphs, sel.toString(), hint);
      setPicked(next);
      onPick(next);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [paragraphs, onPick]);

  // The paragraph in question is brought into view: centred when the reader opens on a quote, just
  // enough when a selection picks it (a drag leaves it in view already).
  useEffect(() => {
    if (shown >= 0) box.current?.querySelector(`[data-paragraph="${shown}"]`)?.scrollIntoView({ block: picked ? 'nearest' : 'center' });
  }, [shown, picked]);

  return (
    <div className="reader-text" ref={box}>
      {paragraphs.map((p, i) => (
        <p key={i} data-paragraph={i} className={i === shown ? 'reader-paragraph reader-shown' : 'reader-paragraph'}>
          {p}
        </p>
      ))}
    </div>
  );
}

export function SourceReader(): ReactElement | null {
  const { editing } = useServices();
  const { reader, draft, access, pasting } = useEditing();
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<PickedQuote | null>(null);
  const [added, setAdded] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const list = useFetched(reader ? `list:${added}` : null, loadList);
  const sourceId = reader?.sourceId ?? null;
  const source = useFetched(sourceId, fetchReaderSource);
  useEffect(() => dialog.current?.focus(), [reader !== null]);
  useEffect(() => setPicked(null), [sourceId]);
  if (!reader) return null;

  const quoting = draft !== null && draft.draft !== 'entity';
  const open = (id: string): void => {
    editing.setPasting(false);
    editing.openReader(id, reader.quote);
  };
  const sources = list?.status === 'ready' ? list.value.filter((s) => `${s.title} ${s.publisher}`.toLowerCase().includes(filter.trim().toLowerCase())) : [];
  const text = source?.status === 'ready' ? source.value : null;
  const use = (): void => {
    if (!picked || !text) return;
    editing.addQuote({ source: { id: text.id, title: text.title }, quote: picked.quote, stance: 'SUPPORTS', attributionKind: 'ARTICLE', attributionName: '', marksEnd: false });
  };

  return (
    <div className="reader-backdrop" onMouseDown={(e) => e.target === e.currentTarget && editing.closeReader()}>
      <div ref={dialog} className="reader" role="dialog" aria-modal="true" aria-label="Source reader" tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && editing.closeReader()}>
        <header className="reader-head">
          <h2>Source reader</h2>
          <button type="button" className="icon-button" aria-label="Close the reader" onClick={() => editing.closeReader()}>
            <Icon name="close" />
          </button>
        </header>
        <div className="reader-body">
          <nav className="reader-sources" aria-label="Sources">
            <input type="search" placeholder="Filter sources" aria-label="Filter sources" value={filter} onChange={(e) => setFilter(e.target.value)} />
            {list?.status === 'loading' && <p className="muted small">Loading sources…</p>}
            {list?.status === 'failed' && <p className="error-text">Could not load the sources: {list.message}</p>}
            <ul>
              {sources.map((s) => (
                <li key={s.id}>
                  <button type="button" className={`reader-source${s.id === sourceId ? ' chosen' : ''}`} aria-current={s.id === sourceId} onClick={() => open(s.id)}>
                    <span className="reader-source-title">{s.title}</span>
                    <span className="muted small">
                      {s.publisher}
                      {s.publishedOn ? ` · ${s.publishedOn}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {access.addSource && (
              <button type="button" className="button" onClick={() => editing.setPasting(true)}>
                Paste a new source…
              </button>
            )}
          </nav>
          <section className="reader-main" aria-label="Text">
            {pasting ? (
              <SourceForm
                onCancel={() => editing.setPasting(false)}
                onAdded={(s) => {
                  setAdded(added + 1);
                  open(s.id);
                }}
              />
            ) : !sourceId ? (
              <p className="muted">Pick a source on the left to read its full text{quoting ? ', then select the sentence to quote' : ''}.</p>
            ) : source?.status === 'failed' ? (
              <p className="error-text">Could not load the source: {source.message}</p>
            ) : !text ? (
              <p className="muted">Loading the text…</p>
            ) : (
              <>
                <h3 className="reader-title">{text.title}</h3>
                <p className="muted small">
                  {text.publisher}
                  {text.author ? ` · ${text.author}` : ''}
                  {text.publishedOn ? ` · ${publishedText(text)}` : ''}
                  {text.url ? (
                    <>
                      {' · '}
                      <a href={text.url} target="_blank" rel="noreferrer noopener">
                        original
                      </a>
                    </>
                  ) : null}
                </p>
                <ReaderText source={text} quote={reader.quote} onPick={setPicked} />
              </>
            )}
          </section>
        </div>
        {!pasting && text && (
          <footer className="reader-foot">
            {picked ? (
              <p className="reader-picked">
                Quote: <mark>{picked.quote}</mark>
              </p>
            ) : (
              <p className="muted small">{quoting ? 'Select words inside one paragraph to quote them.' : 'Start a new link or a change to quote this source.'}</p>
            )}
            {quoting && (
              <button type="button" className="button button-primary" disabled={!picked} onClick={use}>
                Use this quote
              </button>
            )}
          </footer>
        )}
      </div>
    </div>
  );
}
