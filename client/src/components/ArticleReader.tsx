// The evidence reader: the whole article a quote is from, every quote of the link marked in it and
// the chosen one scrolled into view, with the original address to check it against. Read-only
// (the editing source reader, ./SourceReader.tsx, is where quotes are picked).
import { useEffect, useMemo, useRef } from 'react';
import type { ReactElement } from 'react';
import { fetchReaderSource } from '../api/editing';
import type { ReaderSource } from '../api/editing';
import { useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import type { ArticleView } from '../app/ui';
import { publishedText } from '../text/claims';
import { markQuotes } from '../text/evidence';
import { splitParagraphs } from '../text/paragraphs';
import { displayUrl } from './EvidenceList';
import { Icon } from './icons';
import { useFetched } from './useFetched';

function ArticleText({ source, article }: { source: ReaderSource; article: ArticleView }): ReactElement {
  const paragraphs = useMemo(() => splitParagraphs(source.text).map((p) => markQuotes(p, article.quotes)), [source.text, article.quotes]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector(`mark[data-quote="${article.focus}"]`)?.scrollIntoView({ block: 'center' });
  }, [paragraphs, article.focus]);
  return (
    <div className="reader-text article-text" ref={box}>
      {paragraphs.map((runs, i) => (
        <p key={i} data-paragraph={i} className={runs.some((r) => r.quote !== null) ? 'reader-paragraph reader-shown' : 'reader-paragraph'}>
          {runs.map((r, j) =>
            r.quote === null ? (
              r.text
            ) : (
              <mark key={j} data-quote={r.quote} className={r.quote === article.focus ? 'article-focus' : undefined}>
                {r.text}
              </mark>
            ),
          )}
        </p>
      ))}
    </div>
  );
}

export function ArticleReader(): ReactElement | null {
  const { ui } = useServices();
  const actions = useActions();
  const { article } = useValue(ui);
  const source = useFetched(article?.sourceId ?? null, fetchReaderSource);
  const dialog = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  const open = article !== null;
  useEffect(() => {
    if (!open) return undefined;
    // Focus moves into the dialog and back to the button that opened it when it closes.
    opener.current = document.activeElement;
    dialog.current?.focus();
    return () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, [open]);
  if (!article) return null;
  const text = source?.status === 'ready' ? source.value : null;
  const close = (): void => actions.run('closeArticle');
  return (
    <div className="reader-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div ref={dialog} className="reader article-reader" role="dialog" aria-modal="true" aria-labelledby="article-title" tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <header className="reader-head article-head">
          <div>
            <h2 id="article-title">{text?.title ?? 'Article'}</h2>
            {text && (
              <p className="muted small article-meta">
                {text.publisher}
                {text.author ? ` · ${text.author}` : ''}
                {text.publishedOn ? ` · ${publishedText(text)}` : ''} · {article.quotes.length} quote{article.quotes.length === 1 ? '' : 's'} marked
              </p>
            )}
            {text && (
              <p className="article-url">
                {text.url ? (
                  <a href={text.url} target="_blank" rel="noopener noreferrer">
                    Original: {displayUrl(text.url)} <Icon name="external" size={12} />
                  </a>
                ) : (
                  <span className="no-url">No URL known for the original</span>
                )}
              </p>
            )}
          </div>
          <button type="button" className="icon-button" aria-label={actions.label('closeArticle')} onClick={close}>
            <Icon name="close" />
          </button>
        </header>
        <section className="reader-main" aria-label="Article text">
          {source?.status === 'failed' ? (
            <p className="error-text">Could not load the article.</p>
          ) : !text ? (
            <p className="muted">Loading the article…</p>
          ) : (
            <ArticleText source={text} article={article} />
          )}
        </section>
      </div>
    </div>
  );
}
