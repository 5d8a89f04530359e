// Every quote behind a link, shown inside its paragraph of the article, with who asserts it, how it
// bears on the link (supports, contradicts, qualifies) and where it came from. Background sentences
// are listed apart, collapsed, and never counted as evidence.
import type { ReactElement } from 'react';
import type { ContextInfo, EvidenceInfo, SourceInfo } from '../api/linkage';
import { attributionText, dateLabel, publishedText, STANCE_WORDS } from '../text/claims';
import { locateQuote } from '../text/highlight';
import { Icon } from './icons';

function QuoteInParagraph({ paragraph, quote }: { paragraph: string; quote: string }): ReactElement {
  const found = locateQuote(paragraph, quote);
  if (!found) {
    return (
      <blockquote className="evidence-paragraph">
        <mark>{quote}</mark>
      </blockquote>
    );
  }
  return (
    <blockquote className="evidence-paragraph">
      {found.before}
      <mark>{found.match}</mark>
      {found.after}
    </blockquote>
  );
}

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

export function EvidenceList({ evidence }: { evidence: readonly EvidenceInfo[] }): ReactElement {
  if (evidence.length === 0) return <p className="muted">No quotes recorded for this link.</p>;
  return (
    <ol className="evidence-list">
      {evidence.map((ev, i) => (
        <li key={`${ev.source.id}-${i}`} className={`evidence ${STANCE_CLASS[ev.stance]}`} data-stance={ev.stance}>
          <p className="evidence-head">
            <StanceChip stance={ev.stance} />
            {ev.marksEnd && <span className="chip chip-end">Marks the end</span>}
            <Attribution evidence={ev} />
          </p>
          <QuoteInParagraph paragraph={ev.paragraph} quote={ev.quote} />
          <SourceLine source={ev.source} reportedOn={ev.reportedOn} />
          {ev.reportedOn && ev.reportedOn !== ev.source.publishedOn && <p className="muted small">Reported on {dateLabel(ev.reportedOn)}</p>}
        </li>
      ))}
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
            <QuoteInParagraph paragraph={c.paragraph} quote={c.quote} />
            <SourceLine source={c.source} reportedOn={c.reportedOn} />
          </li>
        ))}
      </ol>
    </details>
  );
}
