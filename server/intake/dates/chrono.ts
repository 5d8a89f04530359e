// Dates chrono-node finds (English through its casual parser, Chinese through chrono.zh). Whether
// a date is stated or counted from the publication date is found by parsing at two far-apart
// reference days: a stated date reads the same at both. Chrono's weekdays lean forward ("on
// Monday" → next Monday); news reports the past, so a bare weekday is counted back unless the
// sentence speaks of the future.
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Language } from '../types';
import type { DateCandidate, Precision } from './calendar';
import { addDays, dateValue, formatDate, FUTURE, utcDay } from './calendar';

const PROBES = [utcDay(2001, 3, 15), utcDay(2031, 9, 10)] as const;

/** Words chrono reads as dates that articles use otherwise ("now", "this week" with no day). */
const NOT_A_DATE = /^(?:now|right now|tonight|this week|this weekend)$/i;
/** Something a date is written with; chrono also reads words like "lasts" as one. */
const DATE_WORDS = /\d|today|yesterday|tomorrow|week|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|[年月日天周星期]/i;
/** A month name alone is a date only after a word that takes one ("in March", not "the Long March"). */
const TAKES_A_DATE = /(?:\b(?:in|since|until|till|by|from|to|through|last|this|next|early|mid|late|of|between|and|before|after|during|starting|ending|on)|[-–])\s*$/i;
const PART_OF = /\b(?:end|beginning|start|middle)\s+of\b|[底初末]/i;

function precisionOf(components: ParsedComponents, text: string): Precision | null {
  let precision: Precision | null = null;
  if (components.isCertain('day') || components.isCertain('weekday')) precision = 'day';
  else if (components.isCertain('month')) precision = 'month';
  else if (components.isCertain('year')) precision = 'year';
  if (precision && PART_OF.test(text)) precision = /month|月/i.test(text) ? 'month' : 'year';
  return precision;
}

/**
 * A date told by a verb of saying ("said on Monday", "on Monday announced", "周一表示") is when it
 * was said: the reporting day before publication, even in a sentence about the future.
 */
const SAID_BEFORE = /\b(?:said|says|told|announced|stated|confirmed|reported|disclosed|revealed|added|noted|wrote|denied|dismissed|rejected|unveiled|warned|tweeted|posted)\s*(?:on\s*)?$/i;
const SAID_AFTER = /^\s*,?\s*(?:said|told|announced|stated|confirmed|reported|disclosed|revealed|denied|unveiled|表示|称|宣布|透露|回应|确认|发布|公告|宣称|指出)/i;
export const isSpoken = (sentence: string, start: number, end: number): boolean => SAID_BEFORE.test(sentence.slice(0, start)) || SAID_AFTER.test(sentence.slice(end));

function weekdayValue(components: ParsedComponents, text: string, sentence: string, reference: Date, spoken = false): string | null {
  const weekday = components.get('weekday');
  if (weekday === null) return null;
  const today = reference.getUTCDay();
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (/\blast\b/i.test(text)) return dateValue(addDays(reference, -(back || 7)), 'day');
  if (/\bnext\b/i.test(text)) return dateValue(addDays(reference, forward || 7), 'day');
  if (/\bthis\b/i.test(text) || (FUTURE.test(sentence) && !spoken)) return dateValue(addDays(reference, forward), 'day');
  return dateValue(addDays(reference, -back), 'day');
}

type Parse = (reference: Date) => ParsedResult[];

function valueAt(parse: Parse, index: number, which: 'start' | 'end', precision: Precision, sentence: string, day: Date, spoken = false): string | null {
  // Chrono counts "last month" from the 31st into the month it started in (Dec 31 → Nov 31 → Dec 1):
  // a month or a year is counted from the middle of the reference month instead.
  const reference = precision === 'day' ? day : utcDay(day.getUTCFullYear(), day.getUTCMonth() + 1, 15);
  const result = parse(reference).find((r) => r.index === index);
  const components = which === 'start' ? result?.start : result?.end;
  if (!result || !components) return null;
  if (components.isCertain('weekday') && !components.isCertain('day')) return weekdayValue(components, result.text, sentence, reference, spoken);
  const month = components.get('month') ?? undefined;
  const dayOfMonth = components.get('day') ?? undefined;
  if (!components.isCertain('year') && month !== undefined) return formatDate(yearFor(month, dayOfMonth, precision, sentence, reference, spoken), month, dayOfMonth, precision);
  const year = components.get('year');
  if (year === null) return null;
  return formatDate(year, month, dayOfMonth, precision);
}

/**
 * The year of a day or month written without one ("July 29", "in March"): the last one on or before
 * the publication date, or the next one on or after it when the sentence speaks of the future.
 * (Chrono takes the nearest, which puts last January in next year for an article of August.)
 */
function yearFor(month: number, day: number | undefined, precision: Precision, sentence: string, reference: Date, spoken = false): number {
  const year = reference.getUTCFullYear();
  const here = [reference.getUTCMonth() + 1, precision === 'day' ? reference.getUTCDate() : 0];
  const there = [month, precision === 'day' ? (day ?? 1) : 0];
  const order = (there[0] ?? 0) - (here[0] ?? 0) || (there[1] ?? 0) - (here[1] ?? 0);
  if (FUTURE.test(sentence) && !spoken) return order < 0 ? year + 1 : year;
  return order > 0 ? year - 1 : year;
}

/** The span of one end of a range ("Jan 1 to Mar 3, 2026"), split at its connector. */
function rangeSpans(text: string): [[number, number], [number, number]] | null {
  const connector = /\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b|[-–—~至到])\s*/i.exec(text.slice(1));
  if (!connector) return null;
  const at = connector.index + 1;
  return [[0, at], [at + connector[0].length, text.length]];
}

export function chronoDates(sentence: string, lang: Language): DateCandidate[] {
  const parser = lang === 'zh' ? chrono.zh : chrono;
  const cache = new Map<number, ParsedResult[]>();
  const parse: Parse = (reference) => {
    const key = reference.getTime();
    let results = cache.get(key);
    if (!results) {
      results = parser.parse(sentence, { instant: reference, timezone: 0 });
      cache.set(key, results);
    }
    return results;
  };
  const out: DateCandidate[] = [];
  for (const result of parse(PROBES[0])) {
    const text = result.text.replace(/[\s,.;:，。；：、]+$/, '');
    // "nine years after its founding" counts from an event, not from the publication date.
    if (NOT_A_DATE.test(text) || !DATE_WORDS.test(text) || /\b(?:after|later|earlier|before)$/i.test(text)) continue;
    const monthAlone = result.start.isCertain('month') && !result.start.isCertain('day') && !result.start.isCertain('year');
    if (monthAlone && lang === 'en' && !TAKES_A_DATE.test(sentence.slice(0, result.index))) continue;
    const ends: ['start' | 'end', [number, number]][] = [];
    const spans = result.end ? rangeSpans(text) : null;
    if (result.end && spans) ends.push(['start', spans[0]], ['end', spans[1]]);
    else ends.push(['start', [0, text.length]]);
    for (const [which, [from, to]] of ends) {
      const components = which === 'start' ? result.start : result.end;
      if (!components) continue;
      const part = text.slice(from, to);
      const precision = precisionOf(components, part);
      if (!precision) continue;
      const spoken = isSpoken(sentence, result.index + from, result.index + to);
      const at = (reference: Date): string | null => valueAt(parse, result.index, which, precision, sentence, reference, spoken);
      const [first, second] = [at(PROBES[0]), at(PROBES[1])];
      const candidate: DateCandidate = { start: result.index + from, end: result.index + to, text: part };
      if (result.end) candidate.role = which === 'start' ? 'from' : 'to';
      if (/^(?:the\s+)?(?:past|last)\s+\S+\s+(?:years?|months?|weeks?|days?)$/i.test(part)) candidate.role = 'from';
      if (first !== null && first === second) {
        candidate.value = first;
        if (PART_OF.test(part)) candidate.note = `'${part}' gives only part of ${first}; only ${precision === 'year' ? 'the year' : 'the month'} is kept`;
      } else {
        candidate.resolve = at;
        const noYear = !components.isCertain('year') && (components.isCertain('month') || components.isCertain('day'));
        const future = FUTURE.test(sentence) && !spoken;
        candidate.relativeNote = !noYear
          ? 'counted from the publication date'
          : `has no year; it is taken as the ${future ? 'first on or after' : 'last on or before'} the publication date`;
      }
      out.push(candidate);
    }
  }
  return out;
}
