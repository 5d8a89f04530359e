import { cleanArticle } from '../../server/intake/clean';
import { findDates } from '../../server/intake/dates';
import { splitSentences } from '../../server/intake/sentences';
import type { DateMention, Sentence } from '../../server/intake/types';

/** The one sentence of `text`, cleaned and split as intake does, after a lead paragraph so its offsets are not zero. */
function sentenceOf(text: string): { sentence: Sentence; clean: string } {
  const clean = cleanArticle({ raw: `Lead paragraph.\n\n${text}`, format: 'text' });
  const sentence = splitSentences(clean).find((s) => s.paragraph === 1);
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return { sentence, clean: clean.text };
}

interface Shown { words: string; value: string; basis: string; role: string; note?: string }

function dates(text: string, publishedOn?: string): Shown[] {
  const { sentence, clean } = sentenceOf(text);
  return findDates(sentence, publishedOn).map((d: DateMention) => {
    const shown: Shown = { words: clean.slice(d.start, d.end), value: d.value, basis: d.basis, role: d.role };
    if (d.note !== undefined) shown.note = d.note;
    return shown;
  });
}

const PUBLISHED = '2018-12-07'; // a Friday

describe('intake/dates', () => {
  it('reads absolute dates in English when the sentence states them', () => {
    expect(dates('Acme Motors bought the plant in 2018.')).toEqual([{ words: '2018', value: '2018', basis: 'STATED', role: 'on' }]);
    expect(dates('The deal was signed in December 2023.')).toEqual([{ words: 'December 2023', value: '2023-12', basis: 'STATED', role: 'on' }]);
    expect(dates('It was approved on Dec. 7, 2018, the agency said.')).toEqual([{ words: 'Dec. 7, 2018', value: '2018-12-07', basis: 'STATED', role: 'on' }]);
    expect(dates('The filing is dated 2023-12-04 and the report 2023-11.')).toEqual([
      { words: '2023-12-04', value: '2023-12-04', basis: 'STATED', role: 'on' },
      { words: '2023-11', value: '2023-11', basis: 'STATED', role: 'on' },
    ]);
  });

  it('reads "until the end of last year" as the end of a link', () => {
    expect(dates('The arrangement lasted until the end of last year.', PUBLISHED).map((d) => [d.value, d.role])).toEqual([['2017', 'to']]);
  });

  it('reads absolute dates in Chinese when the sentence states them', () => {
    expect(dates('甲公司于2023年12月4日完成收购。')).toEqual([{ words: '2023年12月4日', value: '2023-12-04', basis: 'STATED', role: 'on' }]);
    expect(dates('乙公司2018年成立。')).toEqual([{ words: '2018年', value: '2018', basis: 'STATED', role: 'on' }]);
    expect(dates('双方于2020年3月签约。')).toEqual([{ words: '2020年3月', value: '2020-03', basis: 'STATED', role: 'on' }]);
  });

  it('keeps only the year, inferred with a note, when the sentence gives part of a year', () => {
    expect(dates('Production started in mid-2018.')).toEqual([
      { words: 'mid-2018', value: '2018', basis: 'INFERRED', role: 'from', note: "'mid-2018' gives only part of 2018; only the year is kept" },
    ]);
    expect(dates('Results for late 2021 beat the end of 2020.').map((d) => [d.words, d.value, d.basis])).toEqual([
      ['late 2021', '2021', 'INFERRED'], ['the end of 2020', '2020', 'INFERRED'],
    ]);
    expect(dates('2018年底，工厂停产。')).toEqual([
      { words: '2018年底', value: '2018', basis: 'INFERRED', role: 'on', note: "'2018年底' gives only part of 2018; only the year is kept" },
    ]);
  });

  it('takes a quarter or a half as its first month, inferred, with its year stated or counted from the publication date', () => {
    expect(dates('Results for the first half of 2019 beat Q3 2020.').map((d) => [d.words, d.value, d.basis, d.note])).toEqual([
      ['the first half of 2019', '2019-01', 'INFERRED', "'the first half of 2019' is taken as its first month"],
      ['Q3 2020', '2020-07', 'INFERRED', "'Q3 2020' is taken as its first month"],
    ]);
    expect(dates('Acme will build the cars starting in the third quarter.', '2024-03-05')).toEqual([{
      words: 'the third quarter', value: '2024-07', basis: 'INFERRED', role: 'from',
      note: "'the third quarter' is taken as its first month, in the year counted from the publication date 2024-03-05",
    }]);
    expect(dates('Sales fell in the fourth quarter.', '2024-01-20').map((d) => d.value)).toEqual(['2023-10']);
    expect(dates('Sales fell in the second half of last year.', '2024-01-20').map((d) => d.value)).toEqual(['2023-07']);
    expect(dates('Sales fell in the fourth quarter.')).toEqual([]);
  });

  it('counts relative English dates back from the publication date, with a note saying so', () => {
    expect(dates('The agency approved it yesterday.', PUBLISHED)).toEqual([
      { words: 'yesterday', value: '2018-12-06', basis: 'INFERRED', role: 'on', note: "'yesterday' counted from the publication date 2018-12-07" },
    ]);
    expect(dates('On Monday, Acme said it had bought Beta Auto.', PUBLISHED).map((d) => [d.words, d.value, d.basis])).toEqual([['On Monday', '2018-12-03', 'INFERRED']]);
    expect(dates('Sales fell last month.', PUBLISHED).map((d) => [d.words, d.value])).toEqual([['last month', '2018-11']]);
    expect(dates('The venture was set up last year.', PUBLISHED).map((d) => [d.words, d.value])).toEqual([['last year', '2017']]);
    expect(dates('Beta Auto sold the plant two years ago.', PUBLISHED).map((d) => [d.words, d.value])).toEqual([['two years ago', '2016']]);
  });

  it('counts a weekday forward when the sentence speaks of the future', () => {
    expect(dates('Acme will open the plant on Monday.', PUBLISHED).map((d) => [d.words, d.value])).toEqual([['on Monday', '2018-12-10']]);
    expect(dates('They met last Friday.', PUBLISHED).map((d) => [d.words, d.value])).toEqual([['last Friday', '2018-11-30']]);
  });

  it('counts a weekday told by a verb of saying back to the reporting day, even when the sentence speaks of the future', () => {
    expect(dates('Acme said on Monday it will open the plant next year.', PUBLISHED).map((d) => [d.words, d.value])).toEqual([['on Monday', '2018-12-03'], ['next year', '2019']]);
    expect(dates('Acme on Tuesday announced it would build cars for Beta Auto.', PUBLISHED).map((d) => d.value)).toEqual(['2018-12-04']);
    expect(dates('蓝羽周一表示，新工厂将于明年投产。', PUBLISHED).map((d) => d.value)[0]).toBe('2018-12-03');
    expect(dates('Acme will open the plant on Monday, it said.', PUBLISHED).map((d) => d.value)).toEqual(['2018-12-10']);
  });

  it('takes the last such day before the publication date when a day or month has no year, the next one when the sentence speaks of the future', () => {
    expect(dates('A July 29 report said so.', PUBLISHED)).toEqual([
      { words: 'July 29', value: '2018-07-29', basis: 'INFERRED', role: 'on', note: "'July 29' has no year; it is taken as the last on or before the publication date 2018-12-07" },
    ]);
    expect(dates('Exports rose from January to August this year.', '2024-08-15').map((d) => [d.words, d.value, d.role])).toEqual([
      ['January', '2024-01', 'from'], ['August', '2024-08', 'to'], ['this year', '2024', 'on'],
    ]);
    expect(dates('The plant was sold on Dec. 28.', '2019-01-03').map((d) => d.value)).toEqual(['2018-12-28']);
    expect(dates('The plant is expected to open in March.', PUBLISHED).map((d) => d.value)).toEqual(['2019-03']);
    expect(dates('The rules take effect on Jan. 1, the ministry said.', PUBLISHED).map((d) => d.value)).toEqual(['2019-01-01']);
  });

  it('counts relative Chinese dates back from the publication date', () => {
    const shown = (text: string): string[][] => dates(text, PUBLISHED).map((d) => [d.words, d.value, d.basis]);
    expect(shown('昨天，监管部门批准了该申请。')).toEqual([['昨天', '2018-12-06', 'INFERRED']]);
    expect(shown('上周一，双方签署协议。')).toEqual([['上周一', '2018-11-26', 'INFERRED']]);
    expect(shown('去年，甲公司收购了乙公司。')).toEqual([['去年', '2017', 'INFERRED']]);
    expect(shown('今年3月，双方开始合作。')).toEqual([['今年3月', '2018-03', 'INFERRED']]);
    expect(shown('上个月双方签约。')).toEqual([['上个月', '2018-11', 'INFERRED']]);
    expect(shown('三年前，该公司成立。')).toEqual([['三年前', '2015', 'INFERRED']]);
    expect(dates('去年，甲公司收购了乙公司。', PUBLISHED)[0]?.note).toBe("'去年' counted from the publication date 2018-12-07");
  });

  it('gives no relative date when there is no publication date, and keeps the stated ones', () => {
    for (const text of ['The agency approved it yesterday.', 'On Monday, Acme said so.', 'Sales fell last month.', 'The venture was set up last year.', 'A July 29 report said so.', '昨天，双方签约。', '上周一，双方签约。', '去年，甲公司收购了乙公司。']) {
      expect([text, dates(text)]).toEqual([text, []]);
    }
    expect(dates('Yesterday Acme said it had bought the plant in 2016.').map((d) => d.words)).toEqual(['2016']);
    expect(dates('The agency approved it yesterday.', 'not a date')).toEqual([]);
  });

  it('keeps only what every possible day agrees on when the publication date is a month or a year', () => {
    expect(dates('The agency approved it yesterday.', '2018-12').map((d) => d.value)).toEqual(['2018']);
    expect(dates('Sales fell last month.', '2018-12').map((d) => d.value)).toEqual(['2018-11']);
    expect(dates('The venture was set up last year.', '2018').map((d) => d.value)).toEqual(['2017']);
    expect(dates('The agency approved it yesterday.', '2018').map((d) => d.value)).toEqual([]);
  });

  it('gives the role from when the words say the date starts something', () => {
    const roles = (text: string): string[][] => dates(text, PUBLISHED).map((d) => [d.words, d.role]);
    expect(roles('Acme has built cars for Orion EV since 2018.')).toEqual([['2018', 'from']]);
    expect(roles('Starting in March 2019, Beta supplied the batteries.')).toEqual([['March 2019', 'from']]);
    expect(roles('Acme began building cars for Orion EV in 2017.')).toEqual([['2017', 'from']]);
    expect(roles('The rules apply from Jan 1, 2026.')).toEqual([['Jan 1, 2026', 'from']]);
    expect(roles('自2018年起，甲公司为乙公司代工。')).toEqual([['2018年', 'from']]);
    expect(roles('2019年以来，双方一直合作。')).toEqual([['2019年', 'from']]);
  });

  it('gives the role to when the words say the date ends something', () => {
    const roles = (text: string): string[][] => dates(text, PUBLISHED).map((d) => [d.words, d.role]);
    expect(roles('The contract lasts until 2025.')).toEqual([['2025', 'to']]);
    expect(roles('The partnership ended in 2021.')).toEqual([['2021', 'to']]);
    expect(roles('Acme stopped making cars for Orion EV in 2020.')).toEqual([['2020', 'to']]);
    expect(roles('合作持续到2020年为止。')).toEqual([['2020年', 'to']]);
  });

  it('gives from and to to the two ends of a range', () => {
    const roles = (text: string): string[][] => dates(text, PUBLISHED).map((d) => [d.words, d.value, d.role]);
    expect(roles('The partnership ran from 2016 to 2019.')).toEqual([['2016', '2016', 'from'], ['2019', '2019', 'to']]);
    expect(roles('Between 2016 and 2018 it built cars for Beta.')).toEqual([['2016', '2016', 'from'], ['2018', '2018', 'to']]);
    expect(roles('In 2018-20 it was a unit of Beta.')).toEqual([['2018', '2018', 'from'], ['20', '2020', 'to']]);
    expect(roles('2019年1月至2020年3月，双方合作。')).toEqual([['2019年1月', '2019-01', 'from'], ['2020年3月', '2020-03', 'to']]);
  });

  it('gives a bound, with a note, when the words say only before or after', () => {
    expect(dates('The plant was sold before 2020.')).toEqual([
      { words: '2020', value: '2020', basis: 'NOT_AFTER', role: 'on', note: "'before' gives only a bound: no later than 2020" },
    ]);
    expect(dates('It was listed after 2015.').map((d) => d.basis)).toEqual(['NOT_BEFORE']);
    expect(dates('该工厂于2020年之前出售。').map((d) => [d.words, d.basis])).toEqual([['2020年', 'NOT_AFTER']]);
  });

  it('does not read counts, prices, times or names as dates', () => {
    for (const text of ['Acme sold 2000 units and hired 2,019 people.', 'Shares rose 3.5% to $2018.', 'It is now using the licence.', 'The Long March rocket was built there.', 'The contract lasts long.', 'It happened at 3 p.m.', 'It was approved nine years after its founding.']) {
      expect([text, dates(text, PUBLISHED)]).toEqual([text, []]);
    }
  });

  it('gives offsets into the clean text, whatever the sentence offset', () => {
    const { sentence, clean } = sentenceOf('Acme has built cars for Orion EV since 2018, and said so yesterday.');
    expect(sentence.start).toBeGreaterThan(0);
    const found = findDates(sentence, PUBLISHED);
    expect(found.map((d) => clean.slice(d.start, d.end))).toEqual(['2018', 'yesterday']);
  });
});
