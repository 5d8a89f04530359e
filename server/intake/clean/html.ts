// HTML through htmlparser2's streaming parser: block elements become blocks, inline elements run
// together, and whole subtrees that are page furniture are dropped by tag, role or class/id words.
import { Parser } from 'htmlparser2';
import type { Block, ReadResult } from './blocks';
import { shorten } from './blocks';
import { collapseWhitespace } from './whitespace';

/** Never article text: code, media, chrome. */
const DROPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'label', 'menu', 'dialog',
]);
/** Tags whose content is dropped quietly (no one wants a script's source in the report). */
const CODE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'br', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tr', 'ul', 'header', 'caption',
]);
const CELL_TAGS = new Set(['td', 'th']);

const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar', 'toolbar']);

/** Words in a class or id that mark furniture; matched as whole words of the name ("share-bar" → share). */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'social', 'comment', 'comments', 'respond', 'reply', 'disqus', 'related', 'recommended', 'recommend',
  'newsletter', 'subscribe', 'subscription', 'signup', 'breadcrumb', 'breadcrumbs', 'cookie', 'cookies', 'consent', 'ad', 'ads',
  'advert', 'advertisement', 'sponsor', 'sponsored', 'promo', 'sidebar', 'bio', 'author-bio', 'authorbio', 'about-author',
  'nav', 'navbar', 'navigation', 'menu', 'footer', 'masthead', 'popup', 'modal', 'banner', 'toolbar', 'pagination', 'tags',
  'widget', 'skip', 'print', 'rss', 'outbrain', 'taboola',
]);

function furnitureByAttributes(attrs: Record<string, string>): string | null {
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attrs.style ?? '')) return 'hidden element';
  const role = attrs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return `role="${role}"`;
  for (const name of ['class', 'id'] as const) {
    const value = attrs[name];
    if (!value) continue;
    for (const token of value.toLowerCase().split(/\s+/)) {
      const words = token.split(/[-_]/);
      if (FURNITURE_WORDS.has(token) || words.some((word) => FURNITURE_WORDS.has(word))) return `${name}="${token}"`;
    }
  }
  return null;
}

export function readHtml(raw: string): ReadResult {
  const blocks: Block[] = [];
  const removed: ReadResult['removed'] = [];
  const stack: string[] = [];
  let buffer = '';
  let bufferIsHeading = false;
  let h1: string | undefined;
  let docTitle = '';
  let h1Text: string | null = null;
  // The subtree being dropped: the depth it started at, why, and its text for the report.
  let drop: { depth: number; reason: string; text: string; quiet: boolean } | null = null;
  const inArticle = (): boolean => stack.includes('article') || stack.includes('main');

  const flush = (): void => {
    const text = collapseWhitespace(buffer);
    if (text) blocks.push(bufferIsHeading ? { text, heading: true } : { text });
    buffer = '';
    bufferIsHeading = false;
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (drop === null) {
          // An article's own <header> holds its headline and byline; the page's holds the masthead.
          const byTag = DROPPED_TAGS.has(tag) || (tag === 'header' && !inArticle()) ? `<${tag}>` : null;
          const reason = byTag ?? furnitureByAttributes(attrs);
          if (reason) {
            flush();
            drop = { depth: stack.length, reason: `html ${reason}`, text: '', quiet: CODE_TAGS.has(tag) };
          } else if (BLOCK_TAGS.has(tag)) {
            flush();
            bufferIsHeading = /^h[1-6]$/.test(tag);
          } else if (CELL_TAGS.has(tag)) {
            buffer += ' ';
          }
        } else if (BLOCK_TAGS.has(tag) || CELL_TAGS.has(tag)) {
          drop.text += ' ';
        }
        if (tag === 'h1' && h1 === undefined) h1Text = '';
        stack.push(tag);
      },
      ontext(text) {
        if (h1Text !== null) h1Text += text;
        if (stack.includes('title')) docTitle += text;
        if (drop) drop.text += text;
        else buffer += text;
      },
      onclosetag(tag) {
        stack.pop();
        if (tag === 'h1' && h1Text !== null) {
          h1 = collapseWhitespace(h1Text) || undefined;
          h1Text = null;
        }
        if (drop && stack.length === drop.depth) {
          const text = collapseWhitespace(drop.text);
          if (text && !drop.quiet) removed.push({ text: shorten(text), reason: drop.reason });
          drop = null;
        } else if (!drop && BLOCK_TAGS.has(tag)) {
          flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(raw);
  parser.end();
  flush();
  const title = h1 ?? (collapseWhitespace(docTitle) || undefined);
  return title ? { blocks, removed, title } : { blocks, removed };
}

/** Text with its character references decoded (Markdown leaves "&amp;" as written). */
export function decodeEntities(text: string): string {
  let out = '';
  const parser = new Parser({ ontext: (chunk) => { out += chunk; } }, { decodeEntities: true });
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return out;
}
