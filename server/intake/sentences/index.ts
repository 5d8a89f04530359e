// Stage 2 of intake (docs/intake.md): the clean text → sentences, each paragraph on its own (a
// sentence never crosses a paragraph). ICU's sentence rules (Intl.Segmenter) do the work in both
// languages (。！？ and . ! ?, closing quotes, decimals, "U.S."); abbreviations.ts mends the breaks
// it makes after titles and initials. Segments are slices of the paragraph, so offsets stay exact.
import type { CleanText, Sentence } from '../types';
import { joinsNext } from './abbreviations';
import { languageOf } from './language';

export { languageOf } from './language';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The pieces of one paragraph, as [start, end) offsets relative to it, before trimming. */
function pieces(paragraph: string): [number, number][] {
  const out: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = out.at(-1);
    const end = index + segment.length;
    if (previous && joinsNext(paragraph.slice(previous[0], previous[1]).trimEnd(), segment.trimStart())) previous[1] = end;
    else out.push([index, end]);
  }
  return out;
}

export function splitSentences(clean: CleanText): Sentence[] {
  const sentences: Sentence[] = [];
  clean.paragraphs.forEach((span, paragraph) => {
    const text = clean.text.slice(span.start, span.end);
    for (const [from, to] of pieces(text)) {
      const piece = text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (!trimmed) continue;
      const start = span.start + from + lead;
      sentences.push({ index: sentences.length, paragraph, start, end: start + trimmed.length, text: trimmed, lang: languageOf(trimmed) });
    }
  });
  return sentences;
}
