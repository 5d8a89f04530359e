// The traced path brief as Markdown, for a draft or a CMS: the same steps and footnoted quotes as the
// text brief (brief.ts), with the sources as links, the export date, "date inferred" on every date
// known only by inference, and a link back to the view on the page.
import type { EvidenceInfo } from '../api/linkage';
import { describePath, hopText } from '../model/paths';
import { dateLabel, publishedText, STANCE_WORDS } from '../text/claims';
import type { BriefInput } from './brief';
import { speaker, STANCE_ORDER, stepFacts } from './brief';

export interface MarkdownBriefInput extends BriefInput {
  /** The address that opens this view on the page. */
  readonly viewUrl: string;
  readonly now?: Date;
}

/** Characters Markdown would read as formatting, escaped in text that comes from sources. */
const md = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function footnote(ev: EvidenceInfo): string {
  const s = ev.source;
  const title = s.url ? `[${md(s.title)}](${s.url.replace(/[()\s]/g, encodeURIComponent)})` : md(s.title);
  const date = s.publishedOn ? publishedText(s) : (ev.reportedOn ? dateLabel(ev.reportedOn) : 'undated');
  const stance = ev.stance === 'SUPPORTS' ? '' : ` *(${STANCE_WORDS[ev.stance].label.toLowerCase()} the link: ${STANCE_WORDS[ev.stance].gloss})*`;
  const end = ev.marksEnd ? ' *(marks the end)*' : '';
  const where = s.url ? '' : ' No URL known.';
  return `“${md(ev.quote)}” — ${md(speaker(ev))} — ${title} — ${md(s.publisher ?? 'publisher not known')} — ${date}${stance}${end}.${where}`;
}

export function toBriefMarkdown({ state, evidence, quotesPerStep = 2, viewUrl, now = new Date() }: MarkdownBriefInput): string {
  const trace = state.trace;
  if (!trace) return '';
  const from = state.entities[trace.from]?.name ?? trace.from;
  const to = state.entities[trace.to]?.name ?? trace.to;
  const lines: string[] = [
    `# How ${md(from)} connects to ${md(to)}`,
    '',
    `${state.asOf ? `As of ${dateLabel(state.asOf)}` : 'All dates'} · exported ${dateLabel(now.toISOString().slice(0, 10))} · [open this view in Linkage](${viewUrl})`,
    '',
  ];
  const notes: string[] = [];
  if (trace.paths.length === 0) lines.push('No path was found within the hop limit and the current filters.', '');
  const paths = trace.active === null ? trace.paths : trace.paths.slice(trace.active, trace.active + 1);
  paths.forEach((path, p) => {
    const hops = describePath(state, path);
    lines.push(`## Path ${(trace.active ?? p) + 1}: ${hops.length} step${hops.length === 1 ? '' : 's'}`, '');
    hops.forEach((hop, i) => {
      const quotes = [...(evidence[hop.rel.id] ?? [])].sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance]);
      const marks = quotes.slice(0, quotesPerStep).map((ev) => {
        notes.push(footnote(ev));
        return `[^${notes.length}]`;
      });
      const denials = quotes.slice(quotesPerStep).filter((q) => q.stance === 'CONTRADICTS').length;
      const untold = denials > 0 ? ` — **${denials} more quote${denials === 1 ? ' contradicts' : 's contradict'} it**` : '';
      lines.push(`${i + 1}. **${md(hopText(hop))}** (${md(stepFacts(hop.rel, state.asOf))})${marks.join('')}${untold}`);
      if (hop.rel.datesNote) lines.push(`   *How the dates are known:* ${md(hop.rel.datesNote)}`);
    });
    lines.push('');
  });
  if (notes.length > 0) lines.push('## Sources', '', ...notes.map((n, i) => `[^${i + 1}]: ${n}`), '');
  return lines.join('\n');
}
