// Whitespace inside a paragraph: one space between words, none across a line break between two
// Chinese characters (Chinese prose wraps anywhere; a space typed between them is kept as one),
// no invisible characters.

/** Han ideographs, CJK punctuation and full-width forms: text that is written without spaces. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function collapseWhitespace(s: string): string {
  const text = s.replace(INVISIBLE, '');
  return text
    .replace(/\s+/g, (gap, at: number) => {
      const before = text[at - 1] ?? '';
      const after = text[at + gap.length] ?? '';
      return gap.includes('\n') && CJK.test(before) && CJK.test(after) ? '' : ' ';
    })
    .trim();
}
