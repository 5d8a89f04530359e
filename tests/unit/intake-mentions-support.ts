// Builds an article's text and its Sentence values by hand (they are plain data), so the mentions
// stage is tested without the sentence splitter.
import type { Gazetteer, KnownEntity, Sentence } from '../../server/intake/types';
import { createMemoryGazetteer, findMentions } from '../../server/intake/mentions';

/** Paragraphs of sentences → the text (sentences joined by a space, or nothing in Chinese; paragraphs by a blank line) and exact offsets. */
export function article(...paragraphs: string[][]): { text: string; sentences: Sentence[] } {
  let text = '';
  const sentences: Sentence[] = [];
  paragraphs.forEach((sentencesOfParagraph, paragraph) => {
    if (paragraph > 0) text += '\n\n';
    sentencesOfParagraph.forEach((s, i) => {
      const lang = /\p{Script=Han}/u.test(s) ? 'zh' : 'en';
      if (i > 0 && lang === 'en') text += ' ';
      sentences.push({ index: sentences.length, paragraph, start: text.length, end: text.length + s.length, text: s, lang });
      text += s;
    });
  });
  return { text, sentences };
}

export const entity = (id: string, name: string, kind: KnownEntity['kind'], ...aliases: string[]): KnownEntity => ({ id, name, kind, aliases });

/** Invented companies and agencies, shaped like the graph's entities. */
export const GRAPH: KnownEntity[] = [
  entity('voltaro', 'Voltaro Motors', 'EV_STARTUP', 'Voltaro', 'Wotaluo'),
  entity('kestrel', 'Kestrel Automobile Group', 'STATE_OWNED_GROUP', 'KAG', '凯斯汽车集团'),
  entity('lumen', 'Lumen Auto', 'AUTOMAKER', 'Lanlan'),
  entity('seres-like', 'Serano', 'AUTOMAKER'),
  entity('mot', 'Ministry of Transport', 'AGENCY', 'MOT', '交通运输部'),
  entity('brightway', 'Brightway Technology', 'TECH_COMPANY', 'Brightway'),
];

/** findMentions over hand-built sentences, with the mentions as [text, via, entity key] for short assertions. */
export async function mentionsIn(paragraphs: string[][], gazetteer: Gazetteer = createMemoryGazetteer(GRAPH)) {
  const { text, sentences } = article(...paragraphs);
  const found = await findMentions(text, sentences, gazetteer);
  return { text, ...found, rows: found.mentions.map((m) => [m.text, m.via, m.entityKey] as const) };
}
