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

/** "Related articles" alone heads a list of headlines: the list goes with it. */
const RELATED_HEADING = /^(?:related(?: \w+)?|read (?:more|also|next)|see also|also read|recommended(?: \w+)*|you may also like|more (?:from|on) .{1,40}|most (?:popular|read)|相关\S{0,4}|推荐阅读|延伸阅读|热门文章)\s*[:：]?$/i;
const HEADLINE = (text: string): boolean => text.length <= 120 && !/[.!?。！？]["”’'）)]?$/.test(text);

/** The blocks a related-links heading at `at` brings along: the next group, when it is all headlines. */
function relatedList(blocks: readonly Block[], at: number): number {
  const next = blocks[at + 1]?.group;
  if (next === undefined) return 0;
  let n = 0;
  while (blocks[at + 1 + n]?.group === next) n += 1;
  return blocks.slice(at + 1, at + 1 + n).every((block) => HEADLINE(block.text)) ? n : 0;
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
  for (let i = 0; i < read_.blocks.length; i += 1) {
    const block = read_.blocks[i] as Block;
    const reason = furnitureReason(block.text);
    if (reason) {
      removed.push({ text: block.text, reason });
      if (reason === 'related links' && RELATED_HEADING.test(block.text)) {
        const n = relatedList(read_.blocks, i);
        for (const item of read_.blocks.slice(i + 1, i + 1 + n)) removed.push({ text: item.text, reason: 'related links' });
        i += n;
      }
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
