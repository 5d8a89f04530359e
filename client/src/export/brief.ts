// A traced path as a footnoted text brief a journalist can paste into a draft: one line per step,
// each backed by its source quote in a numbered note.
import type { EvidenceInfo } from '../api/linkage';
import { describePath, hopText } from '../model/paths';
import type { GraphState } from '../model/types';

export interface BriefInput {
  readonly state: Pick<GraphState, 'entities' | 'relationships' | 'trace' | 'asOf'>;
  readonly evidence: Readonly<Record<string, readonly EvidenceInfo[]>>;
  /** Quotes cited per step; the first ones are the supporting ones. */
  readonly quotesPerStep?: number;
}

function citation(ev: EvidenceInfo): string {
  const s = ev.source;
  const parts = [`“${ev.quote}”`, `${s.title}`, s.publisher, s.publishedOn ?? ev.reportedOn ?? 'undated'];
  const stance = ev.stance === 'CONTRADICTS' ? ' (contradicts the link)' : '';
  return `${parts.join(' — ')}${stance}${s.url ? `. ${s.url}` : ''}`;
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
      const quotes = [...(evidence[hop.rel.id] ?? [])].sort((a, b) => (a.stance === b.stance ? 0 : a.stance === 'SUPPORTS' ? -1 : 1));
      const marks = quotes.slice(0, quotesPerStep).map((ev) => {
        notes.push(citation(ev));
        return `[${notes.length}]`;
      });
      const span = [hop.rel.validFrom, hop.rel.validTo].some(Boolean) ? `, ${hop.rel.validFrom ?? '…'} to ${hop.rel.validTo ?? 'now'}` : '';
      lines.push(`  ${i + 1}. ${hopText(hop)} (${hop.rel.status.toLowerCase()}${span}) ${marks.join('')}`.trimEnd());
    });
    lines.push('');
  });
  if (notes.length > 0) lines.push('Sources', ...notes.map((n, i) => `[${i + 1}] ${n}`), '');
  return lines.join('\n');
}
