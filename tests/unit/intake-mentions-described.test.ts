// New names the mentions stage finds from how the article describes them rather than from their
// own words: an apposed description, a leading agency head after a province, and the short forms a
// new company or person is written as later.
import { mentionsIn } from './intake-mentions-support';

const proposed = async (...sentences: string[]) => (await mentionsIn([sentences])).entities.filter((e) => e.entityId === null).map((e) => [e.name, e.kind]);

describe('findMentions described names', () => {
  it('proposes a bare name described in apposition after it, with the kind its head noun gives', async () => {
    expect(await proposed('Voltaro is in talks with Pemberline, a parcel-delivery company, about vans.')).toEqual([['Pemberline', 'TECH_COMPANY']]);
    expect(await proposed('Voltaro competes with Fenmoor, Lumen Auto\'s own van brand, in cities.')).toEqual([['Fenmoor', 'BRAND']]);
  });

  it('proposes a bare name described in apposition before it', async () => {
    expect(await proposed('Voltaro and Serano jointly own a battery-pack maker, Suizhou Cellpack, in which each holds half.')).toEqual([['Suizhou Cellpack', 'TECH_COMPANY']]);
  });

  it('does not propose a capitalised word whose apposition names no company ("a city in …")', async () => {
    expect(await proposed('Voltaro builds vans in Suizhou, a city in Hubei, for export.')).toEqual([]);
  });

  it('keeps a province before a leading agency head ("Hubei Provincial Department of …")', async () => {
    expect(await proposed('Serano received approval from the Hubei Provincial Department of Economy and Information Technology in 2023.'))
      .toEqual([['Hubei Provincial Department of Economy and Information Technology', 'AGENCY']]);
  });

  it('reads a new company\'s first word and a new person\'s last word as their short forms', async () => {
    const { rows } = await mentionsIn([['Voltaro bought a stake from Albion Capital Partners.', 'Albion had held it since 2020.', 'Voltaro chief executive Harriet Osei said so.', 'Osei declined to say more.']]);
    expect(rows).toEqual(expect.arrayContaining([['Albion', 'SHORT', 'new:albion capital partners'], ['Osei', 'SHORT', 'new:harriet osei']]));
  });

  it('gives no short form to a new agency, whose first word is a place', async () => {
    const { rows } = await mentionsIn([['Serano won approval from the Hubei Provincial Department of Commerce.', 'Hubei is a big market.']]);
    expect(rows.filter(([text]) => text === 'Hubei')).toEqual([]);
  });

  it('proposes a Chinese plant named after 位于 and a measure word, and no name opened by a verb jieba glued on', async () => {
    expect(await proposed('凯斯汽车集团将收购后者位于十堰的一座闲置工厂。')).toEqual([['十堰工厂', 'PLANT']]);
    expect(await proposed('凯斯汽车集团曾委托川越汽车代工。')).toEqual([['川越汽车', 'AUTOMAKER']]);
  });

  it('resolves "the group" to the latest entity whose name has that word, over a later company', async () => {
    const { rows } = await mentionsIn([['Kestrel Automobile Group bought Lumen Auto.', 'Lumen Auto vans are built at the group\'s plant in Ningbo.']]);
    expect(rows).toEqual(expect.arrayContaining([['the group', 'COREF', 'kestrel']]));
  });
});

describe('findMentions owned plants', () => {
  it('proposes the plant of "X\'s factory in Y" under the place\'s name', async () => {
    expect(await proposed('Serano\'s factory in Ganzhou makes vans.')).toEqual([['Ganzhou factory', 'PLANT']]);
  });
});

describe('findMentions described people and Chinese names', () => {
  it('proposes a two-word name described as "a former … engineer" as a person', async () => {
    expect(await proposed('Voltaro was founded in 2022 by Lise Okafor, a former drone engineer who now runs it.')).toEqual([['Lise Okafor', 'PERSON']]);
  });

  it('proposes a short Chinese name described by 是…品牌 as a brand, and none for 该公司是…', async () => {
    expect(await proposed('欧拉是凯斯汽车集团旗下的电动车品牌。')).toEqual([['欧拉', 'BRAND']]);
    expect(await proposed('凯斯汽车集团宣布扩产。', '该公司是一家国有企业。')).toEqual([]);
  });
});

describe('findMentions bracketed figures', () => {
  it('takes no bracketed share for a name\'s short form', async () => {
    const { rows } = await mentionsIn([['Voltaro Motors is owned by Lumen Auto (60%) and Serano (40%).']]);
    expect(rows.map(([text]) => text)).not.toContain('60%');
  });
});
