// Plain text: blank lines separate paragraphs. A line on its own inside a block is its own block
// (a headline, a byline, a furniture line), unless the block is prose wrapped at a fixed width, whose
// lines join into one paragraph.
import type { ReadResult } from './blocks';
import { collapseWhitespace, CJK } from './whitespace';

const ENDS_SENTENCE = /[.!?。！？:："”’')）]$/;

/** A wrapped line: long, stopping mid-sentence, or followed by a line that continues it. */
function continues(line: string, next: string, width: number): boolean {
  if (/^[a-z(,;]/.test(next)) return true;
  // Chinese wraps anywhere, so a wrapped Chinese line is shorter and ends in a character.
  const long = CJK.test(line.at(-1) ?? '') && CJK.test(next[0] ?? '') ? 20 : 50;
  return line.length >= long && line.length >= width * 0.7 && !ENDS_SENTENCE.test(line);
}

export function readText(raw: string): ReadResult {
  const result: ReadResult = { blocks: [], removed: [] };
  let group = 0;
  for (const chunk of raw.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/)) {
    group += 1;
    const lines = chunk.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
    const width = Math.max(0, ...lines.map((line) => line.length));
    let current = '';
    lines.forEach((line, i) => {
      current = current === '' ? line : `${current}${CJK.test(current.at(-1) ?? '') && CJK.test(line[0] ?? '') ? '' : ' '}${line}`;
      const next = lines[i + 1];
      if (next === undefined || !continues(line, next, width)) {
        const text = collapseWhitespace(current);
        if (text) result.blocks.push({ text, group });
        current = '';
      }
    });
  }
  return result;
}
