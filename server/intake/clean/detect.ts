// Which reader an article needs when the user did not say: a tag soup is HTML; headings, emphasis,
// links or lists in Markdown's syntax make Markdown; anything else is plain text.
import type { ArticleFormat } from '../types';

const HTML_TAG = /<\/?(?:html|head|body|div|p|span|a|article|section|main|h[1-6]|br|ul|ol|li|table|nav|header|footer|script|style|meta|img|strong|em|b|i)\b[^>]*>/gi;
const MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6}\s+\S/m, // a heading
  /\[[^\]\n]+\]\([^)\s]+\)/, // a link
  /(\*\*|__)[^*_\n]+\1/, // strong emphasis
  /^\s{0,3}(?:[-*+]|\d+\.)\s+\S.*\n\s{0,3}(?:[-*+]|\d+\.)\s+\S/m, // a list of two items or more
  /^\s{0,3}>\s+\S/m, // a block quote
  /^```/m, // a fenced block
];

export function detectFormat(raw: string): ArticleFormat {
  const tags = raw.match(HTML_TAG)?.length ?? 0;
  if (/^\s*<!doctype html/i.test(raw) || tags >= 3) return 'html';
  const signs = MARKDOWN_SIGNS.filter((sign) => sign.test(raw)).length;
  return signs >= 1 ? 'markdown' : 'text';
}
