// "X's Tychy plant", "built by X at its plant", "其位于…的工厂": a plant named with its owner's
// possessive says the owner runs it (POSSESSIVE_PLANT_CUE). Found from the mentions' positions,
// since the cue is the grammar, not a word. "its" is the agent of a "by X" before it, else the
// sentence's first party — the mentions stage's pronoun guess (the last sentence's subject) is
// often wrong inside one sentence.
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityCandidate, Mention, Sentence } from '../types';
import { POSSESSIVE_PLANT_CUE } from './cues';
import type { CueHit } from './match';
import type { Pair } from './parties';

const isPlant = (m: Mention, entities: Map<string, EntityCandidate>) => {
  const kind = entities.get(m.entityKey)?.kind;
  return kind !== undefined && ENTITY_KINDS[kind] === 'Plant';
};
const isCompany = (m: Mention, entities: Map<string, EntityCandidate>) => {
  const kind = entities.get(m.entityKey)?.kind;
  return kind === undefined || ENTITY_KINDS[kind] === 'Company';
};

export function possessivePlants(sentence: Sentence, mentions: readonly Mention[], entities: Map<string, EntityCandidate>, text: string): { hit: CueHit; pair: Pair }[] {
  const out: { hit: CueHit; pair: Pair }[] = [];
  for (const plant of mentions) {
    if (!isPlant(plant, entities)) continue;
    const head = text.slice(sentence.start, plant.start);
    let owner: Mention | undefined;
    let cueStart = plant.start;
    const pronoun = sentence.lang === 'zh' ? head.match(/其[^，。；、]{0,15}$/) : head.match(/\b(its|their)\s+(\S+\s+){0,2}$/i);
    // "approval to build its own plant": a plant still to be built is nobody's yet.
    if (pronoun && sentence.lang !== 'zh' && /\b(build|building|construct|constructing|open|opening|set up|setting up)\s+$/i.test(head.slice(0, pronoun.index))) continue;
    // The owner written right before the plant wins over a pronoun further back: "其首款车型由A位于X的工厂生产" is A's plant.
    const prev = mentions.filter((m) => m.end <= plant.start && m !== plant).at(-1);
    const between = prev ? text.slice(prev.end, plant.start) : '';
    const direct = prev && isCompany(prev, entities) && (/^['‘’]s\s+(\S+\s+){0,2}$/.test(between) || (sentence.lang === 'zh' && /^(的|位于[^，。；]{0,12}的|位于|在)$/.test(between)));
    if (direct) {
      owner = prev;
      cueStart = prev.end;
    } else if (pronoun) {
      cueStart = sentence.start + (pronoun.index ?? 0);
      const earlier = mentions.filter((m) => m.end <= cueStart && m !== plant && isCompany(m, entities));
      const agent = earlier.filter((m) => /\bby\s+$/.test(text.slice(m.start - 4, m.start))).at(-1);
      owner = agent ?? earlier[0];
    } else if (prev && isCompany(prev, entities) && /^['‘’]s\s+(\S+\s+){0,2}$/.test(between)) {
      owner = prev;
      cueStart = prev.end;
    }
    if (!owner || owner.entityKey === plant.entityKey) continue;
    const hit: CueHit = { family: 'relation', phrase: POSSESSIVE_PLANT_CUE.phrases[0] ?? '', cue: POSSESSIVE_PLANT_CUE, start: cueStart, end: plant.start, text: text.slice(cueStart, plant.start).trim() || 'its' };
    out.push({ hit, pair: { from: owner, to: plant, reversed: false, fallback: false, swapped: false, reach: Math.max(0, cueStart - owner.end) } });
  }
  return out;
}
