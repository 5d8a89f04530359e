// What a claim's note carries: the shares of a joint venture ("A holds 51%") and a role's title.
import type { Mention, Sentence } from '../types';
import type { CueHit } from './match';

const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|％|per ?cent\b)/gi;

/** The share stated next to an owner ("51% by A", "A (51%)", "A持股51%"), else every share the sentence gives. */
export function sharesNote(owner: Mention, sentence: Sentence, mentions: readonly Mention[], owners: readonly Mention[]): string | undefined {
  const found = [...sentence.text.matchAll(PERCENT)].map((m) => ({ at: sentence.start + (m.index ?? 0), len: m[0].length, value: `${m[1] ?? ''}%` }));
  if (found.length === 0) return undefined;
  const gap = (p: { at: number; len: number }, m: Mention) => (p.at >= m.end ? p.at - m.end : Math.max(0, m.start - (p.at + p.len)));
  // An owner is as near a share as its nearest mention; each share goes to the owner nearest it.
  const distance = (p: { at: number; len: number }, o: Mention) => Math.min(...mentions.filter((m) => m.entityKey === o.entityKey).map((m) => gap(p, m)), gap(p, o));
  const mine = found.filter((p) => owners.every((o) => o.entityKey === owner.entityKey || distance(p, owner) < distance(p, o)) && distance(p, owner) <= 30);
  if (mine[0]) return `${owner.text} holds ${mine[0].value}`;
  return `shares stated: ${found.map((p) => p.value).join(', ')}`;
}

/** The share as a number, for telling a majority holding from a joint one. */
export function shareOf(note: string | undefined): number | undefined {
  const m = note?.match(/holds (\d+(?:\.\d+)?)%/);
  return m ? Number(m[1]) : undefined;
}

/** A role's title from its cue: "chief executive of" → "chief executive". */
export function roleNote(hit: CueHit): string {
  if (/^\{found\}/.test(hit.phrase)) return 'founder';
  return hit.text.replace(/\s+(of|at)$/i, '').replace(/^(是|担任|出任)|的创始人$/g, '').trim() || hit.text;
}
