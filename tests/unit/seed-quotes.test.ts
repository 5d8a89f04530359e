import { QuoteFinder } from '../../seed/loader/quotes';

const TEXT = 'Alpha Motors builds cars in Hefei. Beta Auto said “no.”  It\nwill not.\n\nA second   paragraph, with Gamma Group! And 中文句子。第二句。\n';
const finder = (): QuoteFinder => new QuoteFinder(new Map([['s', TEXT]]));
const collapsed = TEXT.replace(/\s+/g, ' ');

describe('seed/loader/quotes', () => {
  it('finds whole sentences, paragraphs and parts of sentences modulo white space', () => {
    const f = finder();
    for (const quote of ['Alpha Motors builds cars in Hefei.', 'Beta Auto said “no.”', 'It will not.', 'A second paragraph, with Gamma Group! And 中文句子。第二句。', '中文句子。', 'cars in', 'not. A second']) {
      expect(f.has('s', quote)).toBe(true);
    }
  });

  it('refuses what is not in the text, differs in case or punctuation, or names an unknown source', () => {
    const f = finder();
    for (const quote of ['alpha Motors builds cars in Hefei.', 'Beta Auto said "no."', 'Delta Motors builds cars.', 'Hefei. Hefei.']) {
      expect(f.has('s', quote)).toBe(false);
    }
    expect(f.has('other', 'Alpha Motors')).toBe(false);
  });

  it('accepts exactly what includes() on the collapsed text accepts, for every substring and edge-space variant', () => {
    const f = finder();
    const candidates = new Set<string>();
    for (let i = 0; i < collapsed.length; i += 3) for (let j = i + 1; j <= collapsed.length; j += 5) candidates.add(collapsed.slice(i, j));
    for (const piece of [...candidates]) { candidates.add(` ${piece}`); candidates.add(`${piece} `); candidates.add(`${piece}x`); }
    for (const quote of candidates) expect([quote, f.has('s', quote)]).toEqual([quote, collapsed.includes(quote.replace(/\s+/g, ' '))]);
  });
});
