// Markdown through marked's lexer: each block token becomes a block of its plain words (a link
// keeps its words, an image and code do not); raw HTML blocks go through the HTML reader.
import { marked } from 'marked';
import type { Token, Tokens } from 'marked';
import type { Block, ReadResult } from './blocks';
import { shorten } from './blocks';
import { decodeEntities, readHtml } from './html';
import { collapseWhitespace } from './whitespace';

function inlineText(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'image':
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'text':
      case 'escape':
      case 'codespan': {
        const t = token as Tokens.Text;
        out += t.tokens ? inlineText(t.tokens) : decodeEntities(t.text);
        break;
      }
      default:
        out += 'tokens' in token && Array.isArray(token.tokens) ? inlineText(token.tokens) : decodeEntities((token as { text?: string }).text ?? '');
    }
  }
  return out;
}

export function readMarkdown(raw: string): ReadResult {
  const result: ReadResult = { blocks: [], removed: [] };
  let group = 0;
  let list: number | undefined;
  const push = (text: string, heading = false): void => {
    const collapsed = collapseWhitespace(text);
    if (!collapsed) return;
    const block: Block = heading ? { text: collapsed, heading } : { text: collapsed };
    block.group = list ?? (group += 1);
    result.blocks.push(block);
  };
  const walk = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading': {
          const heading = token as Tokens.Heading;
          const text = collapseWhitespace(inlineText(heading.tokens));
          if (heading.depth === 1 && result.title === undefined && text) result.title = text;
          push(text, true);
          break;
        }
        case 'paragraph':
        case 'text':
          push(inlineText((token as Tokens.Paragraph).tokens));
          break;
        case 'list': {
          const outer = list;
          list ??= group += 1;
          for (const item of (token as Tokens.List).items) walk(item.tokens);
          list = outer;
          break;
        }
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens);
          break;
        case 'table': {
          const table = token as Tokens.Table;
          for (const row of [table.header, ...table.rows]) push(row.map((cell) => inlineText(cell.tokens)).join(' | '));
          break;
        }
        case 'code':
          result.removed.push({ text: shorten((token as Tokens.Code).text), reason: 'markdown code block' });
          break;
        case 'html': {
          const html = readHtml((token as Tokens.HTML).text);
          result.blocks.push(...html.blocks.filter((block: Block) => block.text));
          result.removed.push(...html.removed);
          break;
        }
        default:
          break; // space, hr, link definitions: no words
      }
    }
  };
  walk(marked.lexer(raw));
  if (result.title === undefined) {
    const firstHeading = result.blocks.find((block) => block.heading);
    if (firstHeading) result.title = firstHeading.text;
  }
  return result;
}
