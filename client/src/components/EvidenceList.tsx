// Every quote behind a link, shown inside its paragraph of the article (quotes sharing a paragraph
// share a card), with who asserts it, how it bears on the link (supports, contradicts, qualifies),
// where it came from (the original address shown) and a way into the whole article. Background sentences
// are listed apart, collapsed, and never counted as evidence.
import type { ReactElement } from 'react';
import type { ContextInfo, EvidenceInfo, SourceInfo } from '../api/linkage';
import { attributionText, dateLabel, publishedText, STANCE_WORDS } from '../text/claims';
import { useActions } from '../app/useActions';
import { groupByParagraph, markQuotes } from '../text/evidence';
import { Icon } from './icons';

/** A paragraph with each of its quotes marked (several when quotes share it), each mark numbered by its quote. */
function QuotesInParagraph({ paragraph, quotes, stances }: { paragraph: string; quotes: readonly string[]; stances?: readonly EvidenceInfo['stance'][] }): ReactElement {
  const runs = markQuotes(paragraph, quotes);
  if (!runs.some((r) => r.quote !== null)) {
    return (
      <blockquote className="evidence-paragraph">
        {quotes.map((q, i) => (
          <mark key={i}>{q}</mark>
        ))}
      </blockquote>
    );
  }
  return (
    <blockquote className="evidence-paragraph">
      {runs.map((r, i) =>
        r.quote === null ? (
          r.text
        ) : (
          <mark key={i} data-quote={r.quote} className={stances?.[r.quote] ? `mark-${stances[r.quote]}` : undefined}>
            {r.text}
          </mark>
        ),
      )}
    </blockquote>
  );
}

/** An address without its scheme and trailing slash, as a reader would type it. */
export const displayUrl = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The article a quote is from: its title (a link when its address is known), publisher, author and date. */
export function SourceLine({ source: s, reportedOn }: { source: SourceInfo; reportedOn?: string | null }): ReactElement {
  const published = s.publishedOn ? publishedText(s) : reportedOn ? dateLabel(reportedOn) : null;
  return (
    <p className="evidence-source">
      {s.url ? (
        <a href={s.url} target="_blank" rel="noreferrer noopener" className="evidence-title">
          {s.title}
          <Icon name="external" size={12} />
        </a>
      ) : (
        <span className="evidence-title">{s.title}</span>
      )}
      <span className="evidence-meta">
        {s.publisher}
        {s.author ? ` · ${s.author}` : ''}
        {published ? ' · ' : ''}
        {published && (
          <time dateTime={s.publishedOn ?? reportedOn ?? undefined} title={s.publishedOnNote ?? undefined} className={s.publishedOnNote ? 'has-note' : undefined}>
            {published}
          </time>
        )}
        {!s.url && <span className="no-url"> · no URL known</span>}
      </span>
      {s.url && (
        <a href={s.url} target="_blank" rel="noopener noreferrer" className="evidence-url" title="The original article, in a new tab">
          {displayUrl(s.url)}
        </a>
      )}
    </p>
  );
}

/** Who asserts a quote, as its own line: "per Bloomberg", "official record: …". */
export function Attribution({ evidence }: { evidence: Pick<EvidenceInfo, 'attribution'> }): ReactElement {
  const a = evidence.attribution;
  return <span className={`attribution attribution-${a.kind}`}>{attributionText(a)}</span>;
}

export function StanceChip({ stance }: { stance: EvidenceInfo['stance'] }): ReactElement {
  const w = STANCE_WORDS[stance];
  return (
    <span className={`chip stance stance-${stance}`} title={w.gloss}>
      {stance === 'SUPPORTS' ? w.label : `${w.label} · ${w.gloss}`}
    </span>
  );
}

const STANCE_CLASS: Readonly<Record<EvidenceInfo['stance'], string>> = {
  SUPPORTS: 'evidence-supports',
  CONTRADICTS: 'evidence-contra',
  QUALIFIES: 'evidence-qualifies',
};

/** A quote's own line: how it bears on the link and who asserts it (numbered when it shares its card). */
function QuoteHead({ ev, number }: { ev: EvidenceInfo; number: number | null }): ReactElement {
  return (
    <p className="evidence-head" data-quote={number === null ? 0 : number - 1}>
      {number !== null && <span className="quote-number">{number}</span>}
      <StanceChip stance={ev.stance} />
      {ev.marksEnd && <span className="chip chip-end">Marks the end</span>}
      <Attribution evidence={ev} />
    </p>
  );
}

/** Every quote of a link; quotes from one paragraph of one article are one card with each sentence marked. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceInfo[] }): ReactElement {
  const actions = useActions();
  if (evidence.length === 0) return <p className="muted">No quotes recorded for this link.</p>;
  const groups = groupByParagraph(evidence);
  return (
    <ol className="evidence-list">
      {groups.map((g) => {
        const first = g.quotes[0] as EvidenceInfo;
        const shared = g.quotes.length > 1;
        // The article opens with every quote of this link from it marked, scrolled to this card's first.
        const quotes = evidence.filter((q) => q.source.id === g.source.id).map((q) => q.quote);
        const read = { sourceId: g.source.id, quotes, focus: Math.max(0, quotes.indexOf(first.quote)) };
        return (
          <li key={`${g.source.id}-${first.quote}`} className={`evidence ${STANCE_CLASS[first.stance]}${shared ? ' evidence-shared' : ''}`} data-stance={first.stance} data-quotes={g.quotes.length}>
            {g.quotes.map((ev, i) => (
              <QuoteHead key={i} ev={ev} number={shared ? i + 1 : null} />
            ))}
            <QuotesInParagraph paragraph={g.paragraph} quotes={g.quotes.map((q) => q.quote)} stances={g.quotes.map((q) => q.stance)} />
            <SourceLine source={first.source} reportedOn={first.reportedOn} />
            {g.quotes.map((ev, i) =>
              ev.reportedOn && ev.reportedOn !== ev.source.publishedOn ? (
                <p key={i} className="muted small">
                  {shared ? `${i + 1}: ` : ''}Reported on {dateLabel(ev.reportedOn)}
                </p>
              ) : null,
            )}
            <button type="button" className="link-button read-article" onClick={() => actions.run('readArticle', read)} title={actions.tooltip('readArticle', read)} {...actions.attributes('readArticle')}>
              <Icon name="external" size={12} /> {actions.label('readArticle', read)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** Sentences that explain a link without naming its ends: collapsed, and said not to be evidence. */
export function BackgroundList({ context }: { context: readonly ContextInfo[] }): ReactElement | null {
  if (context.length === 0) return null;
  return (
    <details className="background">
      <summary>
        Background ({context.length}) <span className="muted small">not evidence</span>
      </summary>
      <p className="muted small">
        From the same articles, these sentences name neither end of the link: they explain the setting and prove nothing about it.
      </p>
      <ol className="evidence-list">
        {context.map((c, i) => (
          <li key={`${c.source.id}-${i}`} className="evidence evidence-context">
            <QuotesInParagraph paragraph={c.paragraph} quotes={[c.quote]} />
            <SourceLine source={c.source} reportedOn={c.reportedOn} />
          </li>
        ))}
      </ol>
    </details>
  );
}
