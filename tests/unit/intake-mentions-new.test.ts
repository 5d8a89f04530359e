import { mentionsIn } from './intake-mentions-support';

const proposed = async (sentence: string) => (await mentionsIn([[sentence]])).entities.filter((e) => e.entityId === null).map((e) => [e.name, e.kind]);

describe('findMentions new entities', () => {
  it('proposes a company-like name the graph lacks, with its kind and a why', async () => {
    const { entities } = await mentionsIn([['Chery New Energy will build the sedan.']]);
    expect(entities).toEqual([expect.objectContaining({ key: 'new:chery new energy', name: 'Chery New Energy', entityId: null, kind: 'AUTOMAKER', mentions: 1 })]);
    expect(entities[0]?.why).toMatch(/Energy.*AUTOMAKER; not in the graph/);
  });

  it('proposes a provincial "… Industry Group" as a state-owned group', async () => {
    expect(await proposed('Shares of Fujian Motor Industry Group rose.')).toEqual([['Fujian Motor Industry Group', 'STATE_OWNED_GROUP']]);
  });

  it('keeps a legal name with a bracketed place and "Co., Ltd" as one name, a subsidiary', async () => {
    expect(await proposed('The cars are made by NIO Technology (Anhui) Co., Ltd in a rented hall.')).toEqual([['NIO Technology (Anhui) Co., Ltd', 'SUBSIDIARY']]);
  });

  it('proposes a ministry whose name holds "of" and "and" as one agency', async () => {
    expect(await proposed('The Ministry of Science and Technology listed the project.')).toEqual([['Ministry of Science and Technology', 'AGENCY']]);
  });

  it('proposes a plant, also when the head word is lower-case after the place', async () => {
    expect(await proposed('Output at the Xiangtan Plant doubled.')).toEqual([['Xiangtan Plant', 'PLANT']]);
    expect(await proposed('Voltaro closed its Xiangtan factory.')).toEqual([['Xiangtan factory', 'PLANT']]);
  });

  it('proposes a person named after a title, without the title', async () => {
    expect(await proposed('Chief executive Zhang Wei resigned.')).toEqual([['Zhang Wei', 'PERSON']]);
    expect(await proposed('Brightway said CEO Marta Okafor would stay.')).toEqual([['Marta Okafor', 'PERSON']]);
  });

  it('proposes a policy from its head word', async () => {
    expect(await proposed('Firms must meet the Vehicle Access Management Rules by June.')).toEqual([['Vehicle Access Management Rules', 'POLICY']]);
  });

  it('proposes associations, universities and institutes by their head words', async () => {
    expect(await proposed('The Battery Makers Association and Tongji University signed with the Huaxin Research Institute.')).toEqual([
      ['Battery Makers Association', 'INDUSTRY_ASSOCIATION'], ['Tongji University', 'UNIVERSITY'], ['Huaxin Research Institute', 'RESEARCH_INSTITUTE'],
    ]);
  });

  it('proposes nothing for places, days, outlets and other capitalised words with no head word', async () => {
    expect(await proposed('On Monday Reuters said Hefei and Shanghai were both in China.')).toEqual([]);
  });

  it('does not propose a lone legal form or a lone head word as a name', async () => {
    expect(await proposed('Ltd was dropped from the Plant name.')).toEqual([]);
  });

  it('does not start a name with a figure ("holds 10% of Voltaro Motors")', async () => {
    const { rows } = await mentionsIn([['Kestrel Automobile Group holds 10% of Voltaro Motors.']]);
    expect(rows).toEqual([['Kestrel Automobile Group', 'NAME', 'kestrel'], ['Voltaro Motors', 'NAME', 'voltaro']]);
  });
});
