// What each reader hands the cleaner: the article's blocks in order, before furniture lines are
// dropped, plus what the reader itself already removed (a <nav>, a code block) and a title it saw.

export interface Block {
  /** Whitespace already collapsed. */
  text: string;
  heading?: boolean;
  /** Blocks printed as one unit (a Markdown list, a plain-text chunk): a "Related articles" heading takes its list along. */
  group?: number;
}

export interface ReadResult {
  blocks: Block[];
  removed: { text: string; reason: string }[];
  title?: string;
}

/** Removed text is kept for the report, shortened when it is code or a long block. */
export function shorten(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
