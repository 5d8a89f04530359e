import { cleanArticle } from '../../server/intake/clean';
import { languageOf, splitSentences } from '../../server/intake/sentences';
import type { CleanText, Sentence } from '../../server/intake/types';

function split(raw: string): { clean: CleanText; sentences: Sentence[] } {
  const clean = cleanArticle({ raw, format: 'text' });
  return { clean, sentences: splitSentences(clean) };
}

const texts = (raw: string): string[] => split(raw).sentences.map((s) => s.text);

describe('intake/sentences', () => {
  it('gives every sentence the exact slice of the clean text it comes from', () => {
    const raw = [
      'Orion EV Technology (Hefei) Co., Ltd. signed a deal with Acme Motors.   It said so on Monday!',
      '“Acme will build the cars,” Mr. Zhou said. Did Beta Auto object? No.',
      '甲公司称：“合作已经结束。”乙公司否认！真的吗？',
      'Acme said yes. 丙公司表示同意。Sales rose 3.5%.',
    ].join('\n\n');
    const { clean, sentences } = split(raw);
    expect(sentences.length).toBe(11);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(clean.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      const paragraph = clean.paragraphs[s.paragraph];
      expect(paragraph && s.start >= paragraph.start && s.end <= paragraph.end).toBe(true);
    });
  });

  it('does not break after English abbreviations, initials or inside decimals', () => {
    expect(texts('Mr. Li said the U.S. market grew 3.5 percent in 2023. Dr. Wang agreed. Prof. Chen and St. John disagreed.')).toEqual([
      'Mr. Li said the U.S. market grew 3.5 percent in 2023.',
      'Dr. Wang agreed.',
      'Prof. Chen and St. John disagreed.',
    ]);
    expect(texts('Acme Motors Co., Ltd. builds cars for Orion EV Inc. in its No. 3 workshop. It was founded ca. 1990 by J. K. Rowe. The firm is listed in the U.S. It employs 2,000 people.')).toEqual([
      'Acme Motors Co., Ltd. builds cars for Orion EV Inc. in its No. 3 workshop.',
      'It was founded ca. 1990 by J. K. Rowe.',
      'The firm is listed in the U.S.',
      'It employs 2,000 people.',
    ]);
    expect(texts('The plant was sold to Delta Co. Ltd. last year. The deal closed on Dec. 7, 2018, e.g. after the vote. The answer was no. Beta agreed.')).toEqual([
      'The plant was sold to Delta Co. Ltd. last year.',
      'The deal closed on Dec. 7, 2018, e.g. after the vote.',
      'The answer was no.',
      'Beta agreed.',
    ]);
  });

  it('breaks after ! and ? and keeps a closing quote with its sentence', () => {
    expect(texts('He said "it is done." Then he left! Did Acme agree? “We agree,” it said. “We will.” It did.')).toEqual([
      'He said "it is done."',
      'Then he left!',
      'Did Acme agree?',
      '“We agree,” it said.',
      '“We will.”',
      'It did.',
    ]);
  });

  it('breaks Chinese text after 。！？ and keeps closing quotes and brackets with the sentence', () => {
    expect(texts('据报道，甲公司已于2023年12月4日完成收购。董事长称：“我们很满意！”随后股价上涨？是的（据公司公告。）乙公司未回应。')).toEqual([
      '据报道，甲公司已于2023年12月4日完成收购。',
      '董事长称：“我们很满意！”',
      '随后股价上涨？',
      '是的（据公司公告。）',
      '乙公司未回应。',
    ]);
  });

  it('splits a mixed paragraph and gives each sentence its language', () => {
    const { sentences } = split('Acme Motors said so. 丙公司表示同意。Orion EV (星河) said yes. 星河汽车（Orion EV）宣布收购Delta Power。');
    expect(sentences.map((s) => [s.text, s.lang])).toEqual([
      ['Acme Motors said so.', 'en'],
      ['丙公司表示同意。', 'zh'],
      ['Orion EV (星河) said yes.', 'en'],
      ['星河汽车（Orion EV）宣布收购Delta Power。', 'zh'],
    ]);
  });

  it('never runs a sentence across paragraphs, even when a paragraph has no final stop', () => {
    const { sentences } = split('Acme buys Beta\n\nThe deal was announced on Monday. It closes in May\n\n乙公司表示同意');
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Acme buys Beta'],
      [1, 'The deal was announced on Monday.'],
      [1, 'It closes in May'],
      [2, '乙公司表示同意'],
    ]);
  });

  it('returns no sentences when the clean text is empty', () => {
    expect(split('Leave a Reply').sentences).toEqual([]);
  });
});

describe('intake/sentences languageOf', () => {
  it('calls a sentence Chinese when Han characters carry it and English otherwise', () => {
    expect(languageOf('甲公司为乙公司代工。')).toBe('zh');
    expect(languageOf('星河汽车（Orion）宣布收购。')).toBe('zh');
    expect(languageOf('Orion EV (星河) said it would buy Delta Power.')).toBe('en');
    expect(languageOf('2023-12-04')).toBe('en');
  });
});
