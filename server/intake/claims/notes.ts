// What a claim's note carries: the shares of a joint venture ("A holds 51%") and a role's title.
import type { Mention, Sentence } from '../types';
import type { CueHit } from './match';

const PERCENT = /((?:about|around|roughly|nearly|almost|over|more than|just under|some)\s+)?(\d+(?:\.\d+)?)\s*(?:%|％|per ?cent\b)/gi;

/** The share stated next to an owner ("51% by A", "A holds about 40%", "A持股51%"), else the shares the sentence gives. */
export function sharesNote(owner: Mention, sentence: Sentence, mentions: readonly Mention[], owners: readonly Mention[]): string | undefined {
  const found = [...sentence.text.matchAll(PERCENT)].map((m) => ({ at: sentence.start + (m.index ?? 0), len: m[0].length, value: `${m[1] ?? ''}${m[2] ?? ''}%` }));
  if (found.length === 0) return undefined;
  // Chinese puts the share after its owner (X持股51%), English before it with "by" (51% by X) or after (X holds 51%).
  const after = (p: { at: number; len: number }) => sentence.lang === 'en' && /^(-?owned)?\s*by\b/.test(sentence.text.slice(p.at + p.len - sentence.start));
  const gap = (p: { at: number; len: number }, m: Mention) => (p.at >= m.end
    ? p.at - m.end + (after(p) ? 10 : 0)
    : Math.max(0, m.start - (p.at + p.len)) + (after(p) ? 0 : 10));
  // An owner is as near a share as its nearest mention; each share goes to the owner nearest it.
  const distance = (p: { at: number; len: number }, o: Mention) => Math.min(...mentions.filter((m) => m.entityKey === o.entityKey).map((m) => gap(p, m)), gap(p, o));
  const mine = found.filter((p) => owners.every((o) => o.entityKey === owner.entityKey || distance(p, owner) < distance(p, o)) && distance(p, owner) <= 30);
  // "A、B和C…分别持股51%、30%和19%", "A and B hold 60% and 40% respectively": the shares in the owners' order.
  if (owners.length > 1 && owners.length === found.length && /分别|respectively/.test(sentence.text)) {
    const order = [...owners].sort((a, b) => a.start - b.start).findIndex((o) => o.entityKey === owner.entityKey);
    if (order >= 0) return found[order]?.value;
  }
  if (mine[0]) return mine[0].value;
  if (owners.length > 1) return `shares stated: ${found.map((p) => p.value).join(', ')}`;
  // A lone owner takes the sentence's share only when no other name stands nearer it: in "Y's arm, X,
  // holds 35% of Z" the 35% is X's stake in Z, not Y's in X.
  const first = found[0];
  return first && mentions.every((m) => m.entityKey === owner.entityKey || gap(first, m) >= distance(first, owner)) ? first.value : undefined;
}

/** The first share written in these words ("bought about 21% of"), if any. */
export function shareIn(words: string): string | undefined {
  const m = [...words.matchAll(PERCENT)][0];
  return m ? `${m[1] ?? ''}${m[2] ?? ''}%` : undefined;
}

/** The share as a number, for telling a majority holding from a joint one. */
export function shareOf(note: string | undefined): number | undefined {
  const m = note?.match(/^(?:\D*?)(\d+(?:\.\d+)?)%$/);
  return m ? Number(m[1]) : undefined;
}

/** A role's title from its cue: "chief executive of" → "chief executive". */
export function roleNote(hit: CueHit): string {
  if (/^\{found\}/.test(hit.phrase)) return 'founder';
  // "担任X董事长", "辞去X总裁": the title is the words after the company.
  const tail = hit.gap ? hit.text.slice(hit.gap.end - hit.start) : '';
  if (tail && !/^的创始人$/.test(tail)) return tail;
  // "is a former Calder engineer": the title is the last word.
  if (/^\{be\} \(a\|an\|the\)/.test(hit.phrase)) return hit.text.split(/\s+/).at(-1) ?? hit.text;
  return hit.text.replace(/\s+(of|at)$/i, '').replace(/^(是|担任|出任)|的创始人$/g, '').trim() || hit.text;
}
