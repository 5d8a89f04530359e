// The stored article cut into what the page highlights: runs of plain text, and claim passages (a
// candidate's sentence, or several candidates' overlapping sentences as one), each cut again at the
// mentions inside it. Offsets are UTF-16 indices into `source.text`, as intake gives them, so every
// piece is `text.slice(start, end)` and the pieces put back together are the text, verbatim.
import type { IntakeReading } from './intake';

type Mention = IntakeReading['mentions'][number];

export interface TextPiece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The mention this piece is, if any. */
  readonly mention: Mention | null;
}

export interface TextBlock {
  readonly start: number;
  readonly end: number;
  /** The candidates whose sentence this passage is; empty for plain text. */
  readonly keys: readonly string[];
  readonly pieces: readonly TextPiece[];
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/** Overlapping claim spans merged into passages, in order. */
function passages(spans: readonly Span[], length: number): { start: number; end: number; keys: string[] }[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end), key: s.key }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number; keys: string[] }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.keys.includes(s.key)) last.keys.push(s.key);
    } else out.push({ start: s.start, end: s.end, keys: [s.key] });
  }
  return out;
}

/** A stretch of the text cut at the mentions inside it (a mention is clipped to the stretch). */
function piecesOf(text: string, start: number, end: number, mentions: readonly Mention[]): TextPiece[] {
  const out: TextPiece[] = [];
  let at = start;
  for (const m of mentions) {
    const from = Math.max(m.start, at);
    const to = Math.min(m.end, end);
    if (to <= from || m.end <= start || m.start >= end) continue;
    if (from > at) out.push({ start: at, end: from, text: text.slice(at, from), mention: null });
    out.push({ start: from, end: to, text: text.slice(from, to), mention: m });
    at = to;
  }
  if (at < end) out.push({ start: at, end, text: text.slice(at, end), mention: null });
  return out;
}

/** The whole text as blocks: plain runs and claim passages, each cut at its mentions. */
export function textBlocks(text: string, claims: readonly Span[], mentions: readonly Mention[]): TextBlock[] {
  const sortedMentions = [...mentions].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks: TextBlock[] = [];
  let at = 0;
  const plain = (start: number, end: number): void => {
    if (end > start) blocks.push({ start, end, keys: [], pieces: piecesOf(text, start, end, sortedMentions) });
  };
  for (const p of passages(claims, text.length)) {
    plain(at, p.start);
    blocks.push({ start: p.start, end: p.end, keys: p.keys, pieces: piecesOf(text, p.start, p.end, sortedMentions) });
    at = p.end;
  }
  plain(at, text.length);
  return blocks;
}
