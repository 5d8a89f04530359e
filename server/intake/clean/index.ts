// Stage 1 of intake (docs/intake.md): the raw article → the text the source stores. A reader per
// format (htmlparser2, marked, plain lines) yields blocks; furniture lines are dropped in every
// format, each recorded with its reason; what remains is joined into blank-line separated paragraphs.
import type { ArticleInput, CleanText, Span } from '../types';
import type { Block, ReadResult } from './blocks';
import { detectFormat } from './detect';
import { furnitureReason } from './furniture';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { readText } from './text';

export { detectFormat } from './detect';
export { furnitureReason } from './furniture';

const PARAGRAPH_BREAK = '\n\n';
/** A short line printed twice (a headline above and in the body, an author's name) is kept once. */
const REPEAT_MAX = 200;

function read(raw: string, format: CleanText['format']): ReadResult {
  if (format === 'html') return readHtml(raw);
  if (format === 'markdown') return readMarkdown(raw);
  return readText(raw);
}

/** A plain text's first line, when it reads as a headline rather than a sentence. */
function headline(blocks: readonly Block[]): string | undefined {
  const first = blocks[0]?.text;
  return first !== undefined && first.length <= 200 && !/[.!?。！？]$/.test(first) ? first : undefined;
}

export function cleanArticle(input: ArticleInput): CleanText {
  const format = input.format ?? detectFormat(input.raw);
  const read_ = read(input.raw, format);
  const removed = [...read_.removed];
  const kept: Block[] = [];
  const seen = new Set<string>();
  for (const block of read_.blocks) {
    const reason = furnitureReason(block.text);
    if (reason) {
      removed.push({ text: block.text, reason });
    } else if (block.text.length <= REPEAT_MAX && seen.has(block.text)) {
      removed.push({ text: block.text, reason: 'repeated line' });
    } else {
      seen.add(block.text);
      kept.push(block);
    }
  }
  const paragraphs: Span[] = [];
  let text = '';
  for (const block of kept) {
    if (text) text += PARAGRAPH_BREAK;
    paragraphs.push({ start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  const foundTitle = read_.title ?? (format === 'text' ? headline(kept) : undefined);
  return foundTitle === undefined ? { text, paragraphs, removed, format } : { text, paragraphs, removed, format, foundTitle };
}
