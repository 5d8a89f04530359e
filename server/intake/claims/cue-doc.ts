// The cue table as Markdown, for docs/intake.md: `npx tsx scripts/write-intake-cues.ts` writes it
// between the doc's cue markers, and tests/unit/intake-claims-doc.test.ts fails when they differ.
import { RELATION_TYPES } from '#vocabulary';
import { BOTH_SIDES_CUE } from './both-sides';
import { ENDED_ARRANGEMENT_CUE } from './ended-arrangement';
import { CARRIED_APPROVAL_CUE } from './carried-approval';
import { POSSESSIVE_PLANT_CUE, RELATION_CUES, type RelationCue } from './cues';
import { SIGNAL_CUES, SIGNAL_EFFECTS, type SignalFamily } from './signals';

export const CUE_DOC_START = '<!-- cues:start (generated from server/intake/claims/cues.ts and signals.ts) -->';
export const CUE_DOC_END = '<!-- cues:end -->';

const cell = (phrases: readonly string[]) => phrases.map((p) => `\`${p}\``).join(', ').replace(/\|/g, '\\|');

function relationRow(c: RelationCue): string {
  const reads = c.subjectIs === 'from' ? 'subject → from' : 'subject → to (reversed)';
  const flags = [c.descriptive ? 'descriptive' : '', c.marksEnd ? 'marks an end' : '', c.also ? `also ${c.also}` : '', c.sale ? 'a third party\'s sale' : '', c.presupposed ? 'presupposed' : '', c.adjacent ? 'subject right before' : '', c.objectNear ? 'object right after' : '', c.weight ? `weight ${c.weight}` : '']
    .filter(Boolean).join(', ');
  return `| ${c.type} | ${c.lang} | ${reads} | ${cell(c.phrases)} | ${[flags, c.note ?? ''].filter(Boolean).join('; ').replace(/\|/g, '\\|')} |`;
}

export function cueTableMarkdown(): string {
  const lines = [CUE_DOC_START, '', '### Relation cues', '', '| Type | Lang | Direction | Phrases | Notes |', '|---|---|---|---|---|'];
  for (const type of Object.keys(RELATION_TYPES)) for (const c of [...RELATION_CUES, POSSESSIVE_PLANT_CUE, BOTH_SIDES_CUE, CARRIED_APPROVAL_CUE, ENDED_ARRANGEMENT_CUE]) if (c.type === type) lines.push(relationRow(c));
  lines.push('', '### Signal cues', '', '| Family | Effect | Lang | Phrases |', '|---|---|---|---|');
  for (const family of Object.keys(SIGNAL_EFFECTS) as SignalFamily[]) {
    for (const s of SIGNAL_CUES) if (s.family === family) lines.push(`| ${family} | ${SIGNAL_EFFECTS[family]} | ${s.lang} | ${cell(s.phrases)} |`);
  }
  lines.push('', CUE_DOC_END);
  return lines.join('\n');
}

/** The doc with its cue section replaced by the table as the code has it now. */
export function withCueTable(doc: string): string {
  const a = doc.indexOf(CUE_DOC_START);
  const b = doc.indexOf(CUE_DOC_END);
  if (a < 0 || b < a) throw new Error('docs/intake.md has no cue markers');
  return doc.slice(0, a) + cueTableMarkdown() + doc.slice(b + CUE_DOC_END.length);
}
