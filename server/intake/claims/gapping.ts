// "A produced cars for B; C for D": a clause after a semicolon that leaves out the verb of the
// clause before. The left-out cue is the one of the clause before that ends in the same preposition;
// its subject is the clause's first name and its object the name after the preposition (or, for
// "C for D's X series", the X it possesses).
import type { ClaimCandidate, EntityCandidate, Mention, Sentence } from '../types';
import { TYPE_ENDS } from './cues';
import type { CueHit } from './match';
import { typeOf, type Pair } from './parties';

/** The claims a verbless clause after ';' repeats from the clause before, as cue hits and pairs. */
export function gappedClauses(
  sentence: Sentence, mentions: readonly Mention[], hits: readonly CueHit[], made: readonly ClaimCandidate[],
  entities: Map<string, EntityCandidate>, text: string,
): { hit: CueHit; pair: Pair }[] {
  if (sentence.lang === 'zh') return [];
  const out: { hit: CueHit; pair: Pair }[] = [];
  for (let at = sentence.text.indexOf(';'); at >= 0; at = sentence.text.indexOf(';', at + 1)) {
    const start = sentence.start + at + 1;
    const next = sentence.text.indexOf(';', at + 1);
    const end = next < 0 ? sentence.end : sentence.start + next;
    if (hits.some((h) => h.family === 'relation' && h.start >= start && h.end <= end)) continue;
    const inClause = mentions.filter((m) => m.start >= start && m.end <= end);
    const subject = inClause[0];
    if (!subject || text.slice(start, subject.start).trim()) continue;
    const prep = /^\s+(for|to|with|by|from)\s+(the\s+)?/i.exec(text.slice(subject.end, end));
    const object0 = prep && inClause.find((m) => m.start === subject.end + prep[0].length);
    if (!prep || !object0) continue;
    const owned = inClause.find((m) => m.start > object0.end && /^['‘’]s\s+$/.test(text.slice(object0.end, m.start)));
    const object = owned ?? object0;
    const word = (prep[1] ?? '').toLowerCase();
    const hit = hits.find((h) => h.family === 'relation' && h.end <= start && h.cue && new RegExp(`\\b${word}$`, 'i').test(h.text)
      && made.some((c) => c.cues.some((s) => s.start === h.start && s.end === h.end)));
    if (!hit?.cue) continue;
    const [from, to] = hit.cue.subjectIs === 'from' ? [subject, object] : [object, subject];
    const ends = TYPE_ENDS[hit.cue.type];
    if (!ends.from.includes(typeOf(from, entities)) || !ends.to.includes(typeOf(to, entities))) continue;
    out.push({ hit, pair: { from, to, reversed: hit.cue.subjectIs === 'to', fallback: true, swapped: false, reach: object.end - start } });
  }
  return out;
}
