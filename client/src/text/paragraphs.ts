// The source reader's text: an article split into paragraphs the way the server finds a quote's
// paragraph (server/services/evidence.ts, paragraphOf: blank lines, else single lines), and a
// selection turned into a quote that is verbatim the source's words.
import { locateQuote } from './highlight';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function splitParagraphs(text: string): string[] {
  const byBlank = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (byBlank.length > 1) return byBlank;
  return text.split(/\n/).map((p) => p.trim()).filter(Boolean);
}

/** The paragraph that holds a quote (compared modulo white space), or -1. */
export function paragraphIndexOf(paragraphs: readonly string[], quote: string): number {
  const wanted = squash(quote);
  if (!wanted) return -1;
  return paragraphs.findIndex((p) => squash(p).includes(wanted));
}

export interface PickedQuote {
  readonly paragraph: number;
  /** The source's own words, as they stand in the paragraph. */
  readonly quote: string;
}

/**
 * The quote a selection makes: the selected words found in one paragraph and taken from it, so the
 * quote is the source's text even when the browser's selection string spaces it differently.
 * Null when nothing is selected or the selection spans paragraphs (a quote is one passage).
 */
export function quoteFromSelection(paragraphs: readonly string[], selected: string, hint: number | null = null): PickedQuote | null {
  const trimmed = selected.trim();
  if (trimmed.length < 2) return null;
  const order = hint !== null && hint >= 0 && hint < paragraphs.length ? [hint, ...paragraphs.keys()] : [...paragraphs.keys()];
  for (const i of order) {
    const found = locateQuote(paragraphs[i] ?? '', trimmed);
    if (found) return { paragraph: i, quote: found.match };
  }
  return null;
}
