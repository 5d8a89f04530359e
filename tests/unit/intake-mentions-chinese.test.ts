import { createMemoryGazetteer } from '../../server/intake/mentions';
import { GRAPH, entity, mentionsIn } from './intake-mentions-support';

describe('findMentions in Chinese', () => {
  it('proposes a unit named from a known parent\'s short form (华屹乘用车) instead of taking the parent', async () => {
    const gazetteer = createMemoryGazetteer([entity('huayi', 'Huayi Motor Group', 'AUTOMAKER', '华屹汽车集团', '华屹集团'), ...GRAPH]);
    const { rows } = await mentionsIn([['华屹汽车集团旗下拥有华屹乘用车和华屹商用车两家子公司。']], gazetteer);
    expect(rows.map(([t, , key]) => [t, key])).toEqual([['华屹汽车集团', 'huayi'], ['华屹乘用车', 'new:华屹乘用车'], ['华屹商用车', 'new:华屹商用车']]);
  });

  it('names "X在株洲的工厂" as the plant 株洲工厂', async () => {
    const { entities } = await mentionsIn([['另有传闻称，凯斯汽车集团将出售其在株洲的工厂。']]);
    expect(entities.find((e) => e.kind === 'PLANT')).toEqual(expect.objectContaining({ name: '株洲工厂', entityId: null }));
  });

  it('does not start a new name with a description (新势力车企, 运营主体)', async () => {
    const { entities } = await mentionsIn([['凯斯汽车集团收购新势力车企澜岳汽车。', '工厂的运营主体湘岭新能源汽车有限公司成立于2020年。']]);
    expect(entities.map((e) => e.name)).toEqual(['Kestrel Automobile Group', '澜岳汽车', '湘岭新能源汽车有限公司']);
  });

  it('finds a person after a title jieba cuts in two (首席 + 执行官)', async () => {
    const { entities } = await mentionsIn([['凯斯汽车集团首席执行官陈牧上周五表示，公司将推出新车。']]);
    expect(entities.find((e) => e.kind === 'PERSON')?.name).toBe('陈牧');
  });

  it('does not propose 全资子公司 or 合资公司 as names', async () => {
    const { entities } = await mentionsIn([['凯斯汽车集团宣布，后者将成为其全资子公司，并设立合资公司。']]);
    expect(entities.map((e) => e.name)).toEqual(['Kestrel Automobile Group']);
  });

  it('reads 后者 as the company just named', async () => {
    const { rows } = await mentionsIn([['蓝岚汽车的车型由凯斯汽车集团代工，后者的工厂负责生产。']]);
    expect(rows).toContainEqual(['后者', 'COREF', 'kestrel']);
  });

  it('finds a known entity by its Chinese name', async () => {
    const { rows } = await mentionsIn([['凯斯汽车集团昨日发布公告。']]);
    expect(rows).toEqual([['凯斯汽车集团', 'NAME', 'kestrel']]);
  });

  it('finds an entity the graph knows only by an English name and a pinyin alias', async () => {
    const { rows, entities } = await mentionsIn([['沃塔罗宣布降价。']]);
    expect(rows).toEqual([['沃塔罗', 'NAME', 'voltaro']]);
    expect(entities[0]?.why).toMatch(/read 'wotaluo', its alias 'Wotaluo'/);
  });

  it('finds a pinyin alias also when the Chinese name adds 汽车', async () => {
    const { rows } = await mentionsIn([['据报道，蓝岚汽车计划扩产。']]);
    expect(rows).toEqual([['蓝岚汽车', 'NAME', 'lumen']]);
  });

  it('does not match a lone common word to a pinyin alias', async () => {
    const g = createMemoryGazetteer([entity('gw', 'Greatwall Cars', 'AUTOMAKER', 'Changcheng')]);
    const { rows } = await mentionsIn([['游客参观了长城。']], g);
    expect(rows).toEqual([]);
  });

  it('proposes a company the graph lacks, with its kind from 汽车', async () => {
    const { entities } = await mentionsIn([['长安汽车与沃塔罗签署协议。']]);
    expect(entities.map((e) => [e.name, e.entityId, e.kind])).toEqual([['长安汽车', null, 'AUTOMAKER'], ['Voltaro Motors', 'voltaro', 'EV_STARTUP']]);
  });

  it('proposes a ministry, a plant, a state group and a policy from their suffixes', async () => {
    const { entities } = await mentionsIn([['国家科学技术部批准了湘潭工厂。', '福建省汽车工业集团有限公司遵守《新能源汽车生产企业准入管理规定》。']]);
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['国家科学技术部', 'AGENCY'], ['湘潭工厂', 'PLANT'], ['福建省汽车工业集团有限公司', 'STATE_OWNED_GROUP'], ['新能源汽车生产企业准入管理规定', 'POLICY'],
    ]);
  });

  it('proposes a person named next to a title', async () => {
    const { entities } = await mentionsIn([['董事长王建国表示，销量将增长。']]);
    expect(entities.map((e) => [e.name, e.kind])).toEqual([['王建国', 'PERSON']]);
  });

  it('proposes a person jieba leaves untagged, by a common surname next to a title', async () => {
    const { entities } = await mentionsIn([['凯斯汽车集团创始人曾毓林在发布会上说，订单充足。', '总经理古惠华表示，工厂将扩产。']]);
    expect(entities.filter((e) => e.kind === 'PERSON').map((e) => e.name)).toEqual(['曾毓林', '古惠华']);
  });

  it('reads a long agency name across 和 as one name', async () => {
    const { entities } = await mentionsIn([['国家发展和改革委员会批准了该项目。', '工业和信息化部于上周公布了名单。']]);
    expect(entities.map((e) => [e.name, e.kind])).toEqual([['国家发展和改革委员会', 'AGENCY'], ['工业和信息化部', 'AGENCY']]);
  });

  it('keeps a legal name whole when a known name sits inside it', async () => {
    const { rows } = await mentionsIn([['华光凯斯汽车集团动力电池有限公司由凯斯汽车集团持股。']]);
    expect(rows).toEqual([['华光凯斯汽车集团动力电池有限公司', 'NAME', 'new:华光凯斯汽车集团动力电池有限公司'], ['凯斯汽车集团', 'NAME', 'kestrel']]);
  });

  it('does not take a city for a company whose name starts with it', async () => {
    const g = createMemoryGazetteer([entity('tz', 'Tianzhou Automobile Group', 'STATE_OWNED_GROUP', '天州汽车集团'), entity('hz', 'Hangzhou Motor Group', 'AUTOMAKER', '杭州汽车集团')]);
    const { rows } = await mentionsIn([['总部位于杭州，天州汽车集团表示。']], g);
    expect(rows).toEqual([['天州汽车集团', 'NAME', 'tz']]);
  });

  it('proposes a battery maker after its description, not the description with it', async () => {
    const { entities } = await mentionsIn([['凯斯汽车集团拟收购本地电池企业锐鸣电池的多数股权。']]);
    expect(entities.map((e) => [e.name, e.kind])).toEqual([['Kestrel Automobile Group', 'STATE_OWNED_GROUP'], ['锐鸣电池', 'TECH_COMPANY']]);
  });

  it('does not propose a clause with a verb in it as a company', async () => {
    const { entities } = await mentionsIn([['凯斯汽车集团的销量低于蓝岚汽车。']]);
    expect(entities.map((e) => e.name)).toEqual(['Kestrel Automobile Group', 'Lumen Auto']);
  });

  it('reads a bare 公司 opening a clause as the company just named', async () => {
    const { rows } = await mentionsIn([['凯斯汽车集团表示，公司没有扩产计划。']]);
    expect(rows).toEqual([['凯斯汽车集团', 'NAME', 'kestrel'], ['公司', 'COREF', 'kestrel']]);
  });

  it('does not propose a category such as 新能源汽车 or a word ending in a suffix character', async () => {
    const { entities } = await mentionsIn([['新能源汽车销量上涨，双方签署协议。']]);
    expect(entities).toEqual([]);
  });

  it('keeps offsets exact in a text mixing Chinese and English sentences', async () => {
    const { text, mentions } = await mentionsIn([['Voltaro Motors grew.', '沃塔罗与交通运输部会面。']]);
    expect(mentions.map((m) => m.entityKey)).toEqual(['voltaro', 'voltaro', 'mot']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findMentions gazetteer data', () => {
  it('uses only what the gazetteer returns (an empty graph makes every company new)', async () => {
    const { entities } = await mentionsIn([['凯斯汽车集团昨日发布公告。']], createMemoryGazetteer([]));
    expect(entities.map((e) => [e.name, e.entityId])).toEqual([['凯斯汽车集团', null]]);
    expect(GRAPH.length).toBeGreaterThan(0);
  });
});
