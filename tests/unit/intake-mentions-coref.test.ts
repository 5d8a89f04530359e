import { mentionsIn } from './intake-mentions-support';

describe('findMentions coreference', () => {
  it('does not tie "the group\'s" right after a name to that name, and prefers the one sharing its first word', async () => {
    const { rows } = await mentionsIn([['Brightway met Lumen Auto.', "Voltaro joined Lumen Group, the group's passenger-car arm."]]);
    expect(rows).toContainEqual(['the group', 'COREF', 'lumen']);
  });

  it('ties "the company" to the last company named', async () => {
    const { rows } = await mentionsIn([['Lumen Auto sold its plant.', 'The company said prices would rise.']]);
    expect(rows).toContainEqual(['The company', 'COREF', 'lumen']);
  });

  it('ties "the carmaker" and "the startup" to the last company, not to an agency named since', async () => {
    const { rows } = await mentionsIn([['Voltaro met the Ministry of Transport.', 'The carmaker later said the startup had waited.']]);
    expect(rows.filter(([, via]) => via === 'COREF')).toEqual([['The carmaker', 'COREF', 'voltaro'], ['the startup', 'COREF', 'voltaro']]);
  });

  it('ties "the ministry" to the last agency', async () => {
    const { rows } = await mentionsIn([['The Ministry of Transport fined Lumen Auto.', 'Lumen Auto appealed, and the ministry agreed.']]);
    expect(rows).toContainEqual(['the ministry', 'COREF', 'mot']);
  });

  it('ties "the plant" to the last plant', async () => {
    const { rows } = await mentionsIn([['Voltaro opened the Xiangtan Plant.', 'The plant employs 900 people.']]);
    expect(rows).toContainEqual(['The plant', 'COREF', 'new:xiangtan plant']);
  });

  it('ties "it" and "its" to the subject of the last sentence, or of this one when it comes first', async () => {
    const { rows } = await mentionsIn([['Brightway signed with Lumen Auto.', 'It will supply chips to its partner.', 'Voltaro said its sales fell.']]);
    expect(rows.filter(([, via]) => via === 'COREF')).toEqual([['It', 'COREF', 'brightway'], ['its', 'COREF', 'brightway'], ['its', 'COREF', 'voltaro']]);
  });

  it('does not tie an "it" that refers to nothing or to a report', async () => {
    const { rows } = await mentionsIn([['Voltaro grew.', 'It is said that prices rose.', 'Lumen Auto denied it.']]);
    expect(rows.filter(([, via]) => via === 'COREF')).toEqual([]);
  });

  it('ties a bracketed short form, and its later uses, to the long name', async () => {
    const { rows, entities } = await mentionsIn([['Output at Harbin Electric Motors Group (HEMG) fell.', 'HEMG blamed chip shortages.']]);
    expect(rows).toEqual([['Harbin Electric Motors Group', 'NAME', 'new:harbin electric motors group'], ['HEMG', 'SHORT', 'new:harbin electric motors group'], ['HEMG', 'SHORT', 'new:harbin electric motors group']]);
    expect(entities).toEqual([expect.objectContaining({ name: 'Harbin Electric Motors Group', aliases: ['HEMG'], mentions: 3 })]);
  });

  it('ties a shorter form written later ("Fujian Motor") to the long name', async () => {
    const { rows } = await mentionsIn([['Fujian Motor Industry Group raised its stake.', 'Fujian Motor now holds half.']]);
    expect(rows).toContainEqual(['Fujian Motor', 'SHORT', 'new:fujian motor industry group']);
  });

  it('ties an acronym of the capitalised words to the long name', async () => {
    const { rows } = await mentionsIn([['The Ministry of Science and Technology spoke.', 'MST said the rules stand.']]);
    expect(rows).toContainEqual(['MST', 'SHORT', 'new:ministry of science and technology']);
  });

  it('ties a known entity\'s bracketed short form that the graph lacks', async () => {
    const { rows } = await mentionsIn([['Lumen Auto (LMA) grew.', 'LMA hired.']]);
    expect(rows).toEqual([['Lumen Auto', 'NAME', 'lumen'], ['LMA', 'SHORT', 'lumen'], ['LMA', 'SHORT', 'lumen']]);
  });

  it('ties 该公司 to the last company and 其 to the subject in Chinese', async () => {
    const { rows } = await mentionsIn([['长安汽车发布财报。', '该公司表示，其销量增长。']]);
    expect(rows).toEqual([['长安汽车', 'NAME', 'new:长安汽车'], ['该公司', 'COREF', 'new:长安汽车'], ['其', 'COREF', 'new:长安汽车']]);
  });

  it('ties a Chinese short name (the name without 汽车) to the long one', async () => {
    const { rows } = await mentionsIn([['长安汽车发布财报。', '长安的销量增长。']]);
    expect(rows).toContainEqual(['长安', 'SHORT', 'new:长安汽车']);
  });

  it('does not take 其 inside a word (其中) for a pronoun', async () => {
    const { rows } = await mentionsIn([['长安汽车发布财报。', '其中销量增长。']]);
    expect(rows.filter(([, via]) => via === 'COREF')).toEqual([]);
  });

  it('resolves a description to the entity an earlier aside described that way, else to the last of the kind it names', async () => {
    const { rows } = await mentionsIn([[
      'Brightway Technology, a Shenzhen-based supplier, supplies Voltaro Motors.', 'Kestrel Automobile Group owns Lumen Auto.',
      'Later, the Shenzhen-based supplier agreed to buy Serano.', 'The state-owned group may follow.',
    ]]);
    expect(rows.filter((r) => r[1] === 'COREF')).toEqual([['the Shenzhen-based supplier', 'COREF', 'brightway'], ['The state-owned group', 'COREF', 'kestrel']]);
  });

  it('does not take "the OEM for X" as a name', async () => {
    const { rows } = await mentionsIn([['Serano was the OEM for Voltaro Motors.']]);
    expect(rows).toEqual([['Serano', 'NAME', 'seres-like'], ['Voltaro Motors', 'NAME', 'voltaro']]);
  });
});
