// What the words around a date say it is for: "since 2018" starts a link, "until 2023" ends it,
// anything else is when something happened. "before 2020" and "after 2018" give only a bound.

export type Role = 'from' | 'to' | 'on';
/** A bound and the words that give it ("before", "之前"). */
export type Bound = { basis: 'NOT_AFTER' | 'NOT_BEFORE'; words: string } | null;

/** Words allowed between the cue and the date ("since at least 2018"). */
const FILLER = String.raw`(?:\s+(?:at least|about|around|roughly|as early as|as late as))?`;
const FROM_BEFORE = new RegExp(String.raw`(?:\b(?:since|starting(?:\s+(?:in|from|on))?|effective(?:\s+(?:from|on))?|commencing|as from|from)${FILLER}\s*$)|(?:\b(?:began|begun|beginning|started|starting|starts?|commenced)\b(?:\s+\S+){0,6}?\s+(?:in|on|from)\s*$)|(?:(?:自从|自|从)\s*$)`, 'i');
/** "until the end of last year": part of a period after the cue. */
const PART = String.raw`(?:\s+the)?(?:\s+(?:end|beginning|start|middle)\s+of)?`;
const TO_BEFORE = new RegExp(String.raw`(?:\b(?:until|till|through|up to)${FILLER}${PART}\s*$)|(?:\b(?:ended|ending|ends|stopped|stops|ceased|ceases|expired|expires|terminated|concluded|quit|exited)\b(?:\s+\S+){0,6}?\s+(?:in|on|by)\s*$)|(?:(?:直到|直至|至|到)\s*$)`, 'i');
const FROM_AFTER = /^\s*(?:起|以来|开始|至今)/;
const TO_AFTER = /^\s*(?:为止|止|结束|终止|停止)/;
const BETWEEN = /\bbetween\s*$/i;
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–|—|至|到)\s*$/i;

const NOT_AFTER_BEFORE = /\b(?:before|by|no later than|not later than|prior to)\s*$/i;
const NOT_BEFORE_BEFORE = /\b(?:after|no earlier than|not before)\s*$/i;
const NOT_AFTER_AFTER = /^\s*(?:之前|以前|前)/;
const NOT_BEFORE_AFTER = /^\s*(?:之后|以后|后)/;

export interface Placed { start: number; end: number; role?: 'from' | 'to' }

/**
 * The role of each date in a sentence, in order (`dates` sorted by start). A date right after
 * "between X and" or "X to" closes the range the date before it opened.
 */
export function rolesOf(sentence: string, dates: readonly Placed[]): Role[] {
  const roles: Role[] = [];
  dates.forEach((date, i) => {
    const previous = dates[i - 1];
    const before = sentence.slice(Math.max(previous?.end ?? 0, date.start - 60), date.start);
    const after = sentence.slice(date.end, date.end + 8);
    let role: Role = date.role ?? 'on';
    if (!date.role) {
      if (FROM_BEFORE.test(before) || FROM_AFTER.test(after) || BETWEEN.test(before)) role = 'from';
      else if (TO_BEFORE.test(before) || TO_AFTER.test(after)) role = 'to';
    }
    if (previous && RANGE_JOIN.test(sentence.slice(previous.end, date.start)) && roles[i - 1] === 'from' && role === 'on') role = 'to';
    roles.push(role);
  });
  return roles;
}

export function boundOf(sentence: string, date: Placed): Bound {
  const before = sentence.slice(Math.max(0, date.start - 20), date.start);
  const after = sentence.slice(date.end, date.end + 4);
  const rules: [RegExp, string, 'NOT_AFTER' | 'NOT_BEFORE'][] = [
    [NOT_AFTER_BEFORE, before, 'NOT_AFTER'], [NOT_AFTER_AFTER, after, 'NOT_AFTER'],
    [NOT_BEFORE_BEFORE, before, 'NOT_BEFORE'], [NOT_BEFORE_AFTER, after, 'NOT_BEFORE'],
  ];
  for (const [pattern, text, basis] of rules) {
    const m = pattern.exec(text);
    if (m) return { basis, words: m[0].trim() };
  }
  return null;
}
