// What the graph holds, in words: the header line and the empty canvas say it from the API's stats.
import type { GraphStats } from '../api/graphStats';
import { dateLabel } from './claims';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "2016 – 26 Sep 2025"; one date alone when both ends are the same; null when nothing is dated. */
export function spanLabel(span: { from: string | null; to: string | null }): string | null {
  if (span.from === null && span.to === null) return null;
  if (span.from === null || span.to === null || span.from === span.to) return dateLabel(span.from ?? span.to ?? '');
  return `${dateLabel(span.from)} – ${dateLabel(span.to)}`;
}

export interface GraphSummary {
  /** "45 entities · 42 links · 5 sources". */
  readonly counts: string;
  /** "2016 – 26 Sep 2025" (the links' dates), or that no link is dated: the header's short form. */
  readonly span: string;
  /** "links dated 2016 – 26 Sep 2025 (17 of 42)", or that no link is dated. */
  readonly links: string;
  /** "sources published 7 Dec 2018 – 7 Oct 2025"; null when no source has a date. */
  readonly sources: string | null;
}

export function graphSummary(stats: GraphStats): GraphSummary {
  const linkSpan = spanLabel(stats.linkDates);
  const sourceSpan = spanLabel(stats.sourceDates);
  return {
    counts: [count(stats.entities, 'entity', 'entities'), count(stats.relationships, 'link', 'links'), count(stats.sources, 'source', 'sources')].join(' · '),
    span: linkSpan ?? 'no link is dated',
    links: linkSpan === null ? 'no link is dated' : `links dated ${linkSpan} (${stats.datedRelationships} of ${stats.relationships})`,
    sources: sourceSpan === null ? null : `sources published ${sourceSpan}`,
  };
}
