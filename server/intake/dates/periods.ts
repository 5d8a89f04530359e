// The date forms chrono-node does not read, by hand: a bare year ("in 2018", "2018年"), part of a
// year ("mid-2018", "2018年底"), quarters and halves ("the third quarter", "Q3 2020", "the first
// half of 2019": their first month), year ranges ("2018-2020"), a year and month in ISO form
// ("2023-12"), and Chinese relative periods (去年, 上个月, 本周, 三年前, 今年3月).
import type { Language } from '../types';
import type { DateCandidate } from './calendar';
import { addDays, addMonths, dateValue, formatDate, FUTURE } from './calendar';

const YEAR = String.raw`(?:19|20)\d{2}`;
/** A number after the year that is a count, not a date ("2000 units", "2018 cars"). */
const COUNT_AFTER = /^\s*(?:%|percent|per cent|units?|vehicles?|cars?|people|employees|staff|workers|yuan|dollars|euros|tonnes|tons|km|kilomet(?:re|er)s|miles|square|sq|mw|gw|kwh)\b/i;
const PART_WORDS = String.raw`(?:early|mid|late)[- ]|(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+`;
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
/** "the third quarter (of 2024 | of this year)", "Q3 2024", "the first half of 2019", "H2". */
const QUARTER = new RegExp(String.raw`\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)|([QH])([1-4]))(?:\s+(?:of\s+)?(${YEAR}|this year|last year|next year))?\b`, 'gi');
const YEAR_SHIFT: Record<string, number> = { 'this year': 0, 'last year': -1, 'next year': 1 };

const CHINESE_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 3, 十二, 二十一 → numbers; null when it is not a small number. */
function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 1) return CHINESE_NUMBERS[text] ?? null;
  const [a = '', b = '', c] = [...text];
  if (a === '十') return 10 + (CHINESE_NUMBERS[b] ?? NaN);
  if (b === '十') return (CHINESE_NUMBERS[a] ?? NaN) * 10 + (c === undefined ? 0 : (CHINESE_NUMBERS[c] ?? NaN));
  return null;
}

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  for (const m of text.matchAll(pattern)) yield m as RegExpExecArray;
}

function stated(m: RegExpExecArray, value: string, note?: string, role?: 'from' | 'to', offset = 0, length = m[0].length): DateCandidate {
  const candidate: DateCandidate = { start: m.index + offset, end: m.index + offset + length, text: m[0].slice(offset, offset + length), value };
  if (note) candidate.note = note;
  if (role) candidate.role = role;
  return candidate;
}

function englishPeriods(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of matches(new RegExp(String.raw`\b(${YEAR})-(0[1-9]|1[0-2])\b(?!-\d)`, 'g'), text)) out.push(stated(m, `${m[1]}-${m[2]}`));
  for (const m of matches(new RegExp(String.raw`\b(${YEAR})\s*(?:-|–|—|to|until|through)\s*(${YEAR}|\d{2})\b(?![-.,]\d)`, 'g'), text)) {
    const first = Number(m[1]);
    const last = (m[2] ?? '').length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (last <= first) continue;
    const split = m[0].length - (m[2] ?? '').length;
    out.push(stated(m, String(first), undefined, 'from', 0, (m[1] ?? '').length));
    out.push(stated(m, String(last), undefined, 'to', split, (m[2] ?? '').length));
  }
  for (const m of matches(QUARTER, text)) {
    const half = (m[2] ?? m[3] ?? '').toLowerCase().startsWith('h');
    const n = ORDINAL[(m[1] ?? '').toLowerCase()] ?? Number(m[4]);
    if (half && n > 2) continue;
    const month = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    const lastMonth = month + (half ? 5 : 2);
    const year = m[5]?.toLowerCase();
    if (year !== undefined && /^\d/.test(year)) {
      out.push(stated(m, formatDate(Number(year), month, undefined, 'month'), `'${m[0]}' is taken as its first month`));
      continue;
    }
    const candidate = relative(m, (reference) => {
      let y = reference.getUTCFullYear();
      const now = reference.getUTCMonth() + 1;
      if (year !== undefined) y += YEAR_SHIFT[year] ?? 0;
      else if (FUTURE.test(text) && lastMonth < now) y += 1;
      else if (!FUTURE.test(text) && month > now) y -= 1;
      return formatDate(y, month, undefined, 'month');
    });
    candidate.relativeNote = 'is taken as its first month, in the year counted from the publication date';
    out.push(candidate);
  }
  for (const m of matches(new RegExp(String.raw`\b(?:${PART_WORDS})(${YEAR})\b`, 'gi'), text)) {
    out.push(stated(m, m[1] ?? '', `'${m[0]}' gives only part of ${m[1]}; only the year is kept`));
  }
  for (const m of matches(new RegExp(String.raw`(?<![\d.,$¥€£#/:-])\b(${YEAR})\b(?![\d年]|[.,:/-]\d)`, 'g'), text)) {
    if (!COUNT_AFTER.test(text.slice(m.index + m[0].length))) out.push(stated(m, m[1] ?? ''));
  }
  return out;
}

const CN_NUM = '[\\d一二两三四五六七八九十]{1,3}';
const RELATIVE_YEARS: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 本年: 0, 明年: 1, 后年: 2 };

function relative(m: RegExpExecArray, resolve: (reference: Date) => string | null, role?: 'from' | 'to'): DateCandidate {
  const candidate: DateCandidate = { start: m.index, end: m.index + m[0].length, text: m[0], resolve, relativeNote: 'counted from the publication date' };
  if (role) candidate.role = role;
  return candidate;
}

function chinesePeriods(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  const partNote = (m: RegExpExecArray, year: string): string => `'${m[0]}' gives only part of ${year}; only the year is kept`;
  // 2018年, 2018年底, 2018年上半年 (chrono reads 2018年12月 and 2018年12月4日 itself)
  for (const m of matches(new RegExp(`(${YEAR})年(?!\\s*${CN_NUM}月)(上半年|下半年|年初|年中|年底|年末|初|中|底|末)?`, 'g'), text)) {
    out.push(stated(m, m[1] ?? '', m[2] ? partNote(m, m[1] ?? '') : undefined));
  }
  // 去年, 今年3月, 去年12月4日, 去年底
  for (const m of matches(new RegExp(`(前年|去年|今年|本年|明年|后年)(?:(${CN_NUM})月(?:(${CN_NUM})[日号])?)?(上半年|下半年|初|中|底|末)?`, 'g'), text)) {
    const shift = RELATIVE_YEARS[m[1] ?? ''] ?? 0;
    const month = m[2] === undefined ? undefined : chineseNumber(m[2]);
    const day = m[3] === undefined ? undefined : chineseNumber(m[3]);
    if (month === null || day === null) continue;
    out.push(relative(m, (reference) => formatDate(reference.getUTCFullYear() + shift, month, day, day !== undefined ? 'day' : month !== undefined ? 'month' : 'year')));
  }
  // 上个月, 本月, 下月
  for (const m of matches(/(上个?月|本月|这个月|当月|下个?月)(?![初中底末]?\s*[\d一二三四五六七八九十]+[日号])/g, text)) {
    const shift = (m[1] ?? '').startsWith('上') ? -1 : (m[1] ?? '').startsWith('下') ? 1 : 0;
    out.push(relative(m, (reference) => dateValue(addMonths(reference, shift), 'month')));
  }
  // 上周, 本周 (a week is kept to its month; 上周一 is chrono's)
  for (const m of matches(/(上周|本周|这周|下周)(?![一二三四五六日天\d])/g, text)) {
    const shift = (m[1] ?? '').startsWith('上') ? -7 : (m[1] ?? '').startsWith('下') ? 7 : 0;
    out.push(relative(m, (reference) => dateValue(addDays(reference, shift), 'month')));
  }
  // 三年前, 两个月前, 5天前
  for (const m of matches(new RegExp(`(${CN_NUM})(年|个月|周|天)(前|后)`, 'g'), text)) {
    const n = chineseNumber(m[1] ?? '');
    if (n === null || Number.isNaN(n)) continue;
    const sign = m[3] === '前' ? -1 : 1;
    out.push(relative(m, (reference) => {
      if (m[2] === '年') return String(reference.getUTCFullYear() + sign * n);
      if (m[2] === '个月') return dateValue(addMonths(reference, sign * n), 'month');
      return dateValue(addDays(reference, sign * n * (m[2] === '周' ? 7 : 1)), m[2] === '周' ? 'month' : 'day');
    }));
  }
  return out;
}

/** The hand-read forms in a sentence; English forms are read in Chinese sentences too ("2018-2020"). */
export function periodDates(text: string, lang: Language): DateCandidate[] {
  return lang === 'zh' ? [...chinesePeriods(text), ...englishPeriods(text)] : englishPeriods(text);
}

