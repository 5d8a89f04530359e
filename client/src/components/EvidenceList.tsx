// Every quote behind a link, shown inside its paragraph of the article, with where it came from.
import type { ReactElement } from 'react';
import type { EvidenceInfo } from '../api/linkage';
import { locateQuote } from '../text/highlight';
import { Icon } from './icons';

function QuoteInParagraph({ evidence }: { evidence: EvidenceInfo }): ReactElement {
  const found = locateQuote(evidence.paragraph, evidence.quote);
  if (!found) {
    return (
      <blockquote className="evidence-paragraph">
        <mark>{evidence.quote}</mark>
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

export function SourceLine({ evidence }: { evidence: EvidenceInfo }): ReactElement {
  const s = evidence.source;
  const date = s.publishedOn ?? evidence.reportedOn;
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
        {date ? ' · ' : ''}
        {date && <time dateTime={date}>{date}</time>}
        {s.publishedOnNote ? <span title={s.publishedOnNote}> (date inferred)</span> : null}
      </span>
    </p>
  );
}

export function EvidenceList({ evidence }: { evidence: readonly EvidenceInfo[] }): ReactElement {
  if (evidence.length === 0) return <p className="muted">No quotes recorded for this link.</p>;
  return (
    <ol className="evidence-list">
      {evidence.map((ev, i) => (
        <li key={`${ev.source.id}-${i}`} className={`evidence${ev.stance === 'CONTRADICTS' ? ' evidence-contra' : ''}`}>
          {ev.stance === 'CONTRADICTS' && <span className="chip chip-warn">Contradicts</span>}
          <QuoteInParagraph evidence={ev} />
          <SourceLine evidence={ev} />
          {ev.reportedOn && ev.reportedOn !== ev.source.publishedOn && <p className="muted small">Reported on {ev.reportedOn}</p>}
        </li>
      ))}
    </ol>
  );
}
