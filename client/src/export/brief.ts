// A traced path as a footnoted text brief a journalist can paste into a draft: one line per step,
// each backed by its source quote in a numbered note that says who asserts it and how each date is known.
import type { EvidenceInfo } from '../api/linkage';
import { describePath, hopText } from '../model/paths';
import { isAgedOn } from '../model/time';
import type { GraphState, RelationshipData } from '../model/types';
import { agedText, attributionText, datesBriefText, publishedText, STANCE_WORDS } from '../text/claims';

export interface BriefInput {
  readonly state: Pick<GraphState, 'entities' | 'relationships' | 'trace' | 'asOf'>;
  readonly evidence: Readonly<Record<string, readonly EvidenceInfo[]>>;
  /** Quotes cited per step; the first ones are the supporting ones. */
  readonly quotesPerStep?: number;
}

/** Supporting quotes first, then hedges, then denials. */
export const STANCE_ORDER: Readonly<Record<EvidenceInfo['stance'], number>> = { SUPPORTS: 0, QUALIFIES: 1, CONTRADICTS: 2 };

export function speaker(ev: EvidenceInfo): string {
  return ev.attribution.kind === 'ARTICLE' ? 'in the article’s own voice' : attributionText(ev.attribution);
}

function citation(ev: EvidenceInfo): string {
  const s = ev.source;
  const date = s.publishedOn ? publishedText(s) : (ev.reportedOn ?? 'undated');
  const parts = [`“${ev.quote}”`, speaker(ev), s.title, s.publisher, date];
  const stance = ev.stance === 'SUPPORTS' ? '' : ` (${STANCE_WORDS[ev.stance].label.toLowerCase()} the link: ${STANCE_WORDS[ev.stance].gloss})`;
  const end = ev.marksEnd ? ' (marks the end)' : '';
  return `${parts.join(' — ')}${stance}${end}. ${s.url ?? 'No URL known.'}`;
}

/** What the step says of its status and dates: "confirmed; from 2018, date stated". */
export function stepFacts(rel: RelationshipData, asOf: string | null): string {
  const facts = [rel.status.toLowerCase()];
  const dates = datesBriefText(rel);
  if (dates) facts.push(dates);
  if (asOf !== null && rel.lastReportedOn && isAgedOn(rel, asOf)) facts.push(agedText(rel.lastReportedOn));
  return facts.join('; ');
}

export function toBrief({ state, evidence, quotesPerStep = 2 }: BriefInput): string {
  const trace = state.trace;
  if (!trace) return '';
  const from = state.entities[trace.from]?.name ?? trace.from;
  const to = state.entities[trace.to]?.name ?? trace.to;
  const lines: string[] = [`How ${from} connects to ${to}`, state.asOf ? `As of ${state.asOf}` : 'All dates', ''];
  const notes: string[] = [];
  if (trace.paths.length === 0) lines.push('No path was found within the hop limit and the current filters.');
  const paths = trace.active === null ? trace.paths : trace.paths.slice(trace.active, trace.active + 1);
  paths.forEach((path, p) => {
    const hops = describePath(state, path);
    lines.push(`Path ${(trace.active ?? p) + 1}: ${hops.length} step${hops.length === 1 ? '' : 's'}`);
    hops.forEach((hop, i) => {
      const quotes = [...(evidence[hop.rel.id] ?? [])].sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance]);
      const cited = quotes.slice(0, quotesPerStep);
      const marks = cited.map((ev) => {
        notes.push(citation(ev));
        return `[${notes.length}]`;
      });
      // A denial is never left out silently, even when the brief cites fewer quotes than the link has.
      const denials = quotes.slice(quotesPerStep).filter((q) => q.stance === 'CONTRADICTS').length;
      const untold = denials > 0 ? ` — ${denials} more quote${denials === 1 ? ' contradicts' : 's contradict'} it` : '';
      lines.push(`  ${i + 1}. ${hopText(hop)} (${stepFacts(hop.rel, state.asOf)}) ${marks.join('')}${untold}`.trimEnd());
      if (hop.rel.datesNote) lines.push(`     How the dates are known: ${hop.rel.datesNote}`);
    });
    lines.push('');
  });
  if (notes.length > 0) lines.push('Sources', ...notes.map((n, i) => `[${i + 1}] ${n}`), '');
  return lines.join('\n');
}
