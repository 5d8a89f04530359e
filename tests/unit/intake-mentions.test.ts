import { createMemoryGazetteer, findMentions } from '../../server/intake/mentions';
import type { Gazetteer } from '../../server/intake/types';
import { GRAPH, article, entity, mentionsIn } from './intake-mentions-support';

describe('findMentions', () => {
  it('finds a known entity by its name and by an alias when the article writes either', async () => {
    const { rows, entities } = await mentionsIn([['Voltaro Motors opened a showroom.', 'A week later Voltaro cut prices.']]);
    expect(rows).toEqual([['Voltaro Motors', 'NAME', 'voltaro'], ['Voltaro', 'NAME', 'voltaro']]);
    expect(entities).toEqual([expect.objectContaining({ key: 'voltaro', entityId: 'voltaro', kind: 'EV_STARTUP', mentions: 2, aliases: ['Voltaro'] })]);
  });

  it('keeps every mention verbatim: text.slice(start, end) is the mention text', async () => {
    const { text, mentions } = await mentionsIn([['Voltaro Motors and KAG talked.'], ['Brightway said so.']]);
    expect(mentions.length).toBe(3);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches a name with a small typo when it is capitalised as a name', async () => {
    const { rows, entities } = await mentionsIn([['Workers at Kestrel Automobil Group went on strike.']]);
    expect(rows).toEqual([['Kestrel Automobil Group', 'NAME', 'kestrel']]);
    expect(entities[0]?.why).toMatch(/1 typo from 'Kestrel Automobile Group'/);
  });

  it('does not match a common word that is a typo away from a name when it only starts the sentence', async () => {
    const { rows } = await mentionsIn([['Serene buyers waited.', 'Series production of the sedan began.']], createMemoryGazetteer([entity('srn', 'Serine', 'AUTOMAKER'), entity('sr2', 'Serias', 'AUTOMAKER')]));
    expect(rows).toEqual([]);
  });

  it('finds an agency by a lower-case alias of a head and its noun ("the roads regulator") when the graph has it', async () => {
    const gazetteer = createMemoryGazetteer([entity('nbr', 'National Bureau of Roads', 'AGENCY', 'roads regulator')]);
    const { rows, entities } = await mentionsIn([['Carmakers need permits from the roads regulator.', 'They asked a rail regulator too.']], gazetteer);
    expect(rows).toEqual([['roads regulator', 'NAME', 'nbr']]);
    expect(entities).toHaveLength(1);
  });

  it('reads "a production site in X" as the plant named "X plant" when the graph has it', async () => {
    const gazetteer = createMemoryGazetteer([entity('hf', 'Voltaro Hefei works', 'PLANT', 'Hefei plant')]);
    const { rows } = await mentionsIn([['Lumen may take over the production site in Hefei, a report said.']], gazetteer);
    expect(rows).toEqual([['production site in Hefei', 'NAME', 'hf']]);
  });

  it('finds a plant by a lower-case description ("the two factories responsible for X") when the graph has it as an alias', async () => {
    const gazetteer = createMemoryGazetteer([entity('vf', "Voltaro's two vans factories", 'PLANT', 'the two factories responsible for vans')]);
    const { rows } = await mentionsIn([['Voltaro may sell the two factories responsible for vans, and the three factories in the north.']], gazetteer);
    expect(rows).toEqual([['the two factories responsible for vans', 'NAME', 'vf']]);
  });

  it('does not match lower-case words, however close to a name', async () => {
    const { rows } = await mentionsIn([['The voltaro motors of the lumen auto era were slow, and brightway was a word.']]);
    expect(rows).toEqual([]);
  });

  it('does not take a name with another company word added for the known one', async () => {
    const { entities } = await mentionsIn([['Brightway Technology Group bought a stake in Lumen Auto.']]);
    expect(entities.map((e) => [e.name, e.entityId, e.kind])).toEqual([
      ['Brightway Technology Group', null, 'AUTOMAKER'],
      ['Lumen Auto', 'lumen', 'AUTOMAKER'],
    ]);
  });

  it('finds a known name that starts a sentence even when compromise reads it as an adverb', async () => {
    const gazetteer = createMemoryGazetteer([entity('tessaly', 'Tessaly Group', 'AUTOMAKER', 'Tessaly'), ...GRAPH]);
    const { rows } = await mentionsIn([['Tessaly bought a stake in Lumen Auto.']], gazetteer);
    expect(rows).toEqual([['Tessaly', 'NAME', 'tessaly'], ['Lumen Auto', 'NAME', 'lumen']]);
  });

  it('does not open a new name with a sentence-initial adverb or verb', async () => {
    const { entities } = await mentionsIn([['Separately Quorra Motors opened a plant.']]);
    expect(entities.map((e) => e.name)).toEqual(['Quorra Motors']);
  });

  it('ends a name at a spaced dash, so a dateline is not part of it', async () => {
    const { rows } = await mentionsIn([['HANGZHOU — Voltaro Motors said so.']]);
    expect(rows).toContainEqual(['Voltaro Motors', 'NAME', 'voltaro']);
    expect(rows.some(([t]) => t.includes('HANGZHOU'))).toBe(false);
  });

  it('takes "X Auto" for a new unit, not for a known "X Group"', async () => {
    const gazetteer = createMemoryGazetteer([entity('tessaly', 'Tessaly Group', 'AUTOMAKER', 'Tessaly'), ...GRAPH]);
    const { entities, rows } = await mentionsIn([['Corvane joined Tessaly Auto last year.', 'Tessaly Auto now runs the plant.']], gazetteer);
    expect(entities.find((e) => e.name === 'Tessaly Auto')).toEqual(expect.objectContaining({ entityId: null }));
    expect(rows.filter(([t]) => t === 'Tessaly Auto').map(([, , key]) => key)).toEqual(['new:tessaly auto', 'new:tessaly auto']);
  });

  it('proposes "X Components" and "X Ventures" as new companies', async () => {
    const { entities } = await mentionsIn([['Brightway bought parts from Halden Components and money from Harlow Ventures.']]);
    expect(entities.filter((e) => !e.entityId).map((e) => [e.name, e.kind])).toEqual([['Halden Components', 'TECH_COMPANY'], ['Harlow Ventures', 'TECH_COMPANY']]);
  });

  it('names "a van plant in Liuzhou" and "its only plant, in Jiaxing" by their places', async () => {
    const { entities } = await mentionsIn([['Brightway operates a van plant in Liuzhou.', "Lumen Auto took over Voltaro's only plant, in Jiaxing, in March."]]);
    expect(entities.filter((e) => e.kind === 'PLANT').map((e) => e.name)).toEqual(['Liuzhou plant', 'Jiaxing plant']);
  });

  it('keeps "State-owned" and "provincial government" inside an agency\'s name', async () => {
    const { entities } = await mentionsIn([['Lumen Auto is wholly owned by the Anhui State-owned Assets Supervision and Administration Commission.', 'Brightway, which is owned by the Jiangsu provincial government, said so.']]);
    expect(entities.filter((e) => e.kind === 'AGENCY').map((e) => e.name)).toEqual(['Anhui State-owned Assets Supervision and Administration Commission', 'Jiangsu provincial government']);
  });

  it('takes a name followed by ", chief executive of" for a person', async () => {
    const { entities } = await mentionsIn([['Tianshu Xin, chief executive of Lumen Auto, said so.']]);
    expect(entities.find((e) => e.name === 'Tianshu Xin')?.kind).toBe('PERSON');
  });

  it('keeps a known name that starts with an adjective, and a title word that opens an agency\'s name', async () => {
    const gazetteer = createMemoryGazetteer([entity('nw', 'Northwind Motor', 'AUTOMAKER'), ...GRAPH]);
    const { rows, entities } = await mentionsIn([['Talks with Northwind Motor stalled, said the General Office of Standards.']], gazetteer);
    expect(rows).toContainEqual(['Northwind Motor', 'NAME', 'nw']);
    expect(entities.map((e) => e.name)).toContain('General Office of Standards');
  });

  it('reads a possessive typed with a left quote (Voltaro‘s) as the name', async () => {
    const { rows } = await mentionsIn([['Voltaro‘s shares rose.']]);
    expect(rows).toEqual([['Voltaro', 'NAME', 'voltaro']]);
  });

  it('splits "X Group for Y Mobility" into two names', async () => {
    const { entities } = await mentionsIn([['Quorra Group for Urban Mobility built the cars.']]);
    expect(entities.map((e) => e.name)).toEqual(['Quorra Group', 'Urban Mobility']);
  });

  it('splits "A and B" into two names when neither is an agency', async () => {
    const { rows } = await mentionsIn([['Talks between Voltaro and Lumen Auto stalled.']]);
    expect(rows).toEqual([['Voltaro', 'NAME', 'voltaro'], ['Lumen Auto', 'NAME', 'lumen']]);
  });

  it('asks the gazetteer once for the whole article, however many sentences', async () => {
    const inner = createMemoryGazetteer(GRAPH);
    const calls: (readonly string[])[] = [];
    const counting: Gazetteer = { lookup: (s) => { calls.push(s); return inner.lookup(s); }, linksAmong: (ids) => inner.linksAmong(ids) };
    const { text, sentences } = article(['Voltaro Motors grew.', 'Lumen Auto shrank.', 'KAG watched.'], ['沃塔罗与凯斯汽车集团签约。', 'The Ministry of Transport approved it.']);
    const { mentions } = await findMentions(text, sentences, counting);
    expect(calls.length).toBe(1);
    expect(calls[0]).toEqual(expect.arrayContaining(['Voltaro Motors', 'Lumen Auto', 'KAG', '沃塔罗', 'Ministry of Transport']));
    expect(new Set(calls[0]).size).toBe(calls[0]?.length);
    expect(new Set(mentions.map((m) => m.entityKey))).toEqual(new Set(['voltaro', 'lumen', 'kestrel', 'mot']));
  });

  it('does not call the gazetteer when no sentence holds a candidate', async () => {
    let calls = 0;
    const gazetteer: Gazetteer = { lookup: () => { calls++; return Promise.resolve(new Map()); }, linksAmong: () => Promise.resolve([]) };
    const { text, sentences } = article(['prices fell again this week.']);
    expect(await findMentions(text, sentences, gazetteer)).toEqual({ entities: [], mentions: [] });
    expect(calls).toBe(0);
  });

  it('never returns overlapping mentions, and the longest span wins', async () => {
    const { mentions, rows } = await mentionsIn([['Voltaro Motors (Hefei) Co., Ltd said Voltaro Motors would help.']]);
    expect(rows[0]).toEqual(['Voltaro Motors (Hefei) Co., Ltd', 'NAME', 'new:voltaro motors hefei co ltd']);
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  });
});

describe('createMemoryGazetteer', () => {
  it('ranks by search closeness: the exact name first, a typo lower, unrelated names not at all', async () => {
    const g = createMemoryGazetteer(GRAPH);
    const hits = await g.lookup(['Voltaro Motors', 'Voltaro Motrs', 'Zebra']);
    expect(hits.get('Voltaro Motors')?.[0]).toEqual({ entity: GRAPH[0], score: 1 });
    expect(hits.get('Voltaro Motrs')?.[0]?.entity.id).toBe('voltaro');
    expect(hits.get('Voltaro Motrs')?.[0]?.score).toBeLessThan(1);
    expect(hits.get('Zebra')).toEqual([]);
  });

  it('gives the links among the asked ids in either direction and no others', async () => {
    const links = [
      { id: 'l1', type: 'BUILT_BY' as const, from: 'voltaro', to: 'kestrel', status: 'CONFIRMED' as const },
      { id: 'l2', type: 'ACQUIRED' as const, from: 'lumen', to: 'voltaro', status: 'REPORTED' as const },
    ];
    const g = createMemoryGazetteer(GRAPH, links);
    expect((await g.linksAmong(['kestrel', 'voltaro'])).map((l) => l.id)).toEqual(['l1']);
    expect((await g.linksAmong(['voltaro', 'lumen', 'kestrel'])).map((l) => l.id)).toEqual(['l1', 'l2']);
  });
});
