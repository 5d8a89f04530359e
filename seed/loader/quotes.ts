// Finds quotes verbatim in their article (modulo runs of white space, as validate.ts promises)
// without searching the whole text for every quote: each article's text is cut once, at sentence
// ends, into a set of sentences and paragraphs, and a quote that is one of them is found by a
// hash lookup. Anything else (part of a sentence, several sentences, a sentence end the cut
// missed) is searched for in the whole text, exactly as before, so the check accepts precisely
// what `text.includes(quote)` accepts: every piece in the set is itself a substring of the text.
// A seed of a few dozen articles hardly notices; a data set that cites one long report thousands
// of times stops being quadratic.

/** The only normalisation quotes get: every run of white space counts as one space. */
export const collapseWhiteSpace = (s: string): string => s.replace(/\s+/g, ' ');

/** Where a sentence may end: after . ! ? or their CJK forms (and a closing quote or bracket), before white space. */
const SENTENCE_END = /(?<=[.!?。！？][’”"')\]]?)\s+/u;
/** Paragraph breaks of the original text: a blank line. */
const PARAGRAPH_BREAK = /\n\s*\n/;

export class QuoteFinder {
  private readonly collapsed = new Map<string, string>();
  private readonly pieces = new Map<string, Set<string>>();

  /** `texts`: each source's text by id (sources without a text are not listed). */
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** The source's text with white space collapsed, or undefined when it has none. */
  text(sourceId: string): string | undefined {
    let text = this.collapsed.get(sourceId);
    if (text === undefined) {
      const raw = this.texts.get(sourceId);
      if (raw === undefined) return undefined;
      text = collapseWhiteSpace(raw);
      this.collapsed.set(sourceId, text);
    }
    return text;
  }

  private piecesOf(sourceId: string): Set<string> {
    let set = this.pieces.get(sourceId);
    if (!set) {
      set = new Set<string>();
      for (const paragraph of (this.texts.get(sourceId) ?? '').split(PARAGRAPH_BREAK)) {
        const flat = collapseWhiteSpace(paragraph).trim();
        if (flat !== '') set.add(flat);
        for (const sentence of flat.split(SENTENCE_END)) if (sentence !== '') set.add(sentence);
      }
      this.pieces.set(sourceId, set);
    }
    return set;
  }

  /** Whether the quote occurs in the source's text; false when the source has no text. */
  has(sourceId: string, quote: string): boolean {
    const text = this.text(sourceId);
    if (text === undefined) return false;
    const wanted = collapseWhiteSpace(quote);
    // Pieces are trimmed, so a quote with white space at an edge is left to includes().
    return this.piecesOf(sourceId).has(wanted) || text.includes(wanted);
  }
}
