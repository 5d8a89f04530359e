import { ErrorCode } from '../../server/errors';
import { foldName } from '../../vocabulary/names';
import { closeness, editDistance, rankCandidates } from '../../server/services/search-rank';
import { buildSearchQuery, escapeLucene, typedKeys } from '../../server/translate/search-query';

describe('buildSearchQuery', () => {
  it('boosts exact compact keys, adds fuzzy terms from four letters and a prefix for the last term', () => {
    expect(buildSearchQuery('Xioami Motors')).toBe(
      'searchKeys:"xioamimotors"^8 OR searchKeys:xioamimotors~1^2 OR searchKeys:"xioami"^8 OR searchKeys:xioami~1^2 OR xioami^2 OR xioami~1 OR motors^2 OR motors~1 OR motors*',
    );
  });

  it('folds punctuation, hyphens and case so the query holds only plain terms', () => {
    expect(buildSearchQuery('  BAIC-Offroad!! ')).toBe('searchKeys:"baicoffroad"^8 OR searchKeys:baicoffroad~1^2 OR baic^2 OR baic~1 OR offroad^2 OR offroad~1 OR offroad*');
  });

  it('searches Chinese as a phrase of character pairs, and a lone character as a prefix', () => {
    expect(buildSearchQuery('蔚来')).toBe('searchKeys:"蔚来"^8 OR "蔚来"^3 OR 蔚来*');
    expect(buildSearchQuery('蔚')).toBe('searchKeys:"蔚"^8 OR 蔚*');
  });

  it('rejects blank, symbol-only and over-long text as BAD_USER_INPUT on text', () => {
    for (const text of ['', '   ', '!!!', 'x'.repeat(201)]) {
      let ext: Record<string, unknown> = {};
      try { buildSearchQuery(text); } catch (err) { ext = (err as { extensions: Record<string, unknown> }).extensions; }
      expect(ext).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, argument: 'text' });
    }
  });

  it('measures the text after decomposition, so 200 ligatures that expand to 3,600 characters are refused', () => {
    const message = (text: string): string => { try { buildSearchQuery(text); return 'accepted'; } catch (err) { return (err as Error).message; } };
    expect(message('\uFDFA'.repeat(200))).toBe('"text" may be 1 to 200 characters long (got 3600)');
    expect(message('\uFDFA'.repeat(11))).not.toMatch(/characters long/);
    expect(message('\uFDFA'.repeat(12))).toBe('"text" may be 1 to 200 characters long (got 216)');
    expect(message('蔚'.repeat(200))).not.toMatch(/characters long/);
    expect(message('x'.repeat(100_000))).toBe('"text" may be at most 800 bytes long');
  });

  it('escapes every Lucene operator character', () => {
    expect(escapeLucene('a+b-c:d"e*f?g~h\\i/j')).toBe('a\\+b\\-c\\:d\\"e\\*f\\?g\\~h\\\\i\\/j');
  });

  it('derives the same compact keys the loader stores', () => {
    expect(typedKeys('Xiao-Peng Motors')).toEqual(['xiaopengmotors', 'xiaopeng']);
    expect(typedKeys('小米汽车')).toEqual(['小米汽车', '小米']);
  });
});

describe('foldName', () => {
  // Printable ASCII takes a shortcut past NFKD and the Unicode classes; it must fold the same way.
  const unicodePath = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('folds printable ASCII exactly as the Unicode path does', () => {
    const samples = ['NIO Inc.', '  Xiao-Peng  Motors!! ', 'A&B_c', 'BAIC~Off/road (Beijing) 2024', ' ~`!@#$%^&*()_+-={}[]|\\:;"<>,.?/ ', 'x'];
    for (let c = 0x20; c <= 0x7e; c++) samples.push(`a${String.fromCharCode(c)}B`);
    for (const text of samples) expect([text, foldName(text)]).toEqual([text, unicodePath(text)]);
  });

  it('still folds accents, full-width forms and Chinese', () => {
    expect(foldName('Škoda Ａｕｔｏ 蔚来-汽车')).toBe('skoda auto 蔚来 汽车');
  });
});

describe('search ranking', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('xioami', 'xiaomi')).toBe(1);
    expect(editDistance('geeley', 'geely')).toBe(1);
    expect(editDistance('nio', 'jac')).toBe(3);
  });

  it('scores the same name 1, a suffix away 0.95, a prefix and a typo lower, unrelated 0', () => {
    expect(closeness('nio', 'NIO')).toBe(1);
    expect(closeness('JAC', 'JAC Motors')).toBe(0.95);
    expect(closeness('baic', 'BAIC Off-road')).toBeCloseTo(0.836, 3);
    expect(closeness('Xioami', 'Xiaomi')).toBeCloseTo(0.65, 5);
    expect(closeness('Tesla', 'Geely')).toBe(0);
  });

  it('does not let a stripped suffix turn a short word into a prefix of another name', () => {
    expect(closeness('Li Auto', 'Li Bin')).toBe(0.25);
  });

  it('ranks by closeness, reports the alias that matched, and cuts at first', () => {
    const candidates = [
      { id: 'xiaomi', name: 'Xiaomi', aliases: ['小米'], luceneScore: 3 },
      { id: 'xiaomi-auto', name: 'Xiaomi Auto', aliases: ['Xiaomi Motors', '小米汽车'], luceneScore: 2 },
      { id: 'jac', name: 'JAC Motors', aliases: [], luceneScore: 1 },
    ];
    expect(rankCandidates('xiaomi-motors', candidates, 2)).toEqual([
      { id: 'xiaomi-auto', matched: 'Xiaomi Motors', score: 0.967 },
      { id: 'xiaomi', matched: 'Xiaomi', score: 0.955 },
    ]);
    expect(rankCandidates('小米汽车', candidates, 1)).toEqual([{ id: 'xiaomi-auto', matched: '小米汽车', score: 0.967 }]);
  });
});
