// The relation cue table (server/intake/claims/cues.ts) through findClaims: each type's cues in
// English and Chinese, read the right way round, on hand-built sentences and mentions.
import { brief, claimsOf, ENTITIES } from './intake-claims-support';


const one = (sentence: string) => claimsOf({ sentences: [sentence], entities: ENTITIES }).map(brief);

describe('intake claims cues', () => {
  it.each([
    ['the builder first ("was the OEM for")', 'Bolt Auto was the OEM for Acme Motors.', 'acme BUILT_BY bolt'],
    ['the builder first ("produces cars for")', 'Bolt Auto produces cars for Acme Motors.', 'acme BUILT_BY bolt'],
    ['a passive ("is built under contract by")', 'The Acme sedan is built under contract by Bolt Auto.', 'acme BUILT_BY bolt'],
    ['"used the foundry service of"', 'Acme used the foundry service of Bolt Auto.', 'acme BUILT_BY bolt'],
    ['a possessive ("X\'s OEM partner Y")', "Acme's OEM partner Bolt Auto will add a shift.", 'acme BUILT_BY bolt'],
    ['"has been producing vehicles in partnership with"', 'Acme Motors has been producing electric vehicles in partnership with Bolt Auto.', 'acme BUILT_BY bolt'],
    ['an acquisition', 'Bolt Auto acquired Acme Motors.', 'bolt ACQUIRED acme'],
    ['a passive acquisition', 'Acme Motors was bought by Bolt Auto.', 'bolt ACQUIRED acme'],
    ['a plan to buy', 'Bolt Auto plans to buy Acme Motors.', 'bolt PLANS_TO_ACQUIRE acme'],
    ['a take-over after "may"', 'Acme may take over the Hefei plant.', 'acme PLANS_TO_ACQUIRE plant'],
    ['a plan to sell', 'Zen Group plans to sell the Hefei plant.', 'zen PLANS_TO_SELL plant'],
    ['a qualification used', 'Acme uses the production qualification of Bolt Auto.', 'acme USES_QUALIFICATION_OF bolt'],
    ['a qualification lent', 'Bolt Auto lends its production licence to Acme Motors.', 'acme USES_QUALIFICATION_OF bolt'],
    ['"a unit of"', 'Acme Motors is a unit of Zen Group.', 'acme SUBSIDIARY_OF zen'],
    ['"wholly owned by"', 'Acme Motors is wholly owned by Zen Group.', 'acme SUBSIDIARY_OF zen'],
    ['a possessive subsidiary', "Zen Group's subsidiary Acme Motors makes vans.", 'acme SUBSIDIARY_OF zen'],
    ['"a brand of"', 'Orbit is a brand of Acme Motors.', 'orbit BRAND_OF acme'],
    ['a plant run', 'Acme operates the Hefei plant.', 'acme OPERATES plant'],
    ['a plant run, passive', 'The Hefei plant is operated by Bolt Auto.', 'bolt OPERATES plant'],
    ['talks', 'Acme is in talks with Bolt Auto.', 'acme IN_TALKS_WITH bolt'],
    ['an approval', 'Acme Motors was approved by the Ministry of Industry.', 'acme APPROVED_BY miit'],
    ['an approval with the agency first', 'The Ministry of Industry approved Acme Motors.', 'acme APPROVED_BY miit'],
    ['a listing in an agency\'s register ("appeared in the … system of")', 'Acme Motors appeared in the vehicle credit system of the Ministry of Industry.', 'acme APPROVED_BY miit'],
    ['a register named after its agency ("has been added to a … database")', 'Acme Motors has been added to a Ministry of Industry database.', 'acme APPROVED_BY miit'],
    ['a policy issued', 'The Ministry of Industry issued the OEM Rules.', 'miit ISSUED rules'],
    ['a role', 'Li Wei, chief executive of Acme Motors, spoke.', 'li HOLDS_ROLE_AT acme'],
  ])('reads %s the right way round', (_name, sentence, expected) => {
    expect(one(sentence)).toContain(expected);
  });

  it('gives every owner of a joint venture its share in the note when the sentence states them', () => {
    const claims = claimsOf({ sentences: ['Orbit is a joint venture between Zen Group and Bolt Auto, owned 60% by Zen Group and 40% by Bolt Auto.'], entities: ENTITIES });
    expect(claims.map((c) => [brief(c), c.note])).toEqual([
      ['orbit JOINTLY_OWNED_BY zen', '60%'],
      ['orbit JOINTLY_OWNED_BY bolt', '40%'],
    ]);
  });

  it('reads "owned by A and B" as joint ownership, not two parents', () => {
    expect(one('Orbit is owned by Zen Group and Bolt Auto.')).toEqual(['orbit JOINTLY_OWNED_BY zen', 'orbit JOINTLY_OWNED_BY bolt']);
  });

  it('gives each party of a list its own claim when a list shares one cue', () => {
    expect(one('Acme Motors, Bolt Auto and Zen Group have secured permission from the Ministry of Industry.').sort())
      .toEqual(['acme APPROVED_BY miit', 'bolt APPROVED_BY miit', 'zen APPROVED_BY miit']);
  });

  it('does not take an earlier cue\'s object as a subject when a list joins it to the next subject', () => {
    const claims = one('Bolt Auto, through the acquisition of Acme Motors, and Zen Group through the purchase of the Hefei plant, grew.');
    expect(claims).toEqual(expect.arrayContaining(['bolt ACQUIRED acme', 'zen ACQUIRED plant']));
    expect(claims).not.toContain('acme ACQUIRED plant');
  });

  it('skips an aside when looking for the subject of a later cue', () => {
    expect(one('Acme Motors, the EV arm of Zen Group, may take over the Hefei plant.').sort())
      .toEqual(['acme PLANS_TO_ACQUIRE plant', 'acme SUBSIDIARY_OF zen']);
  });

  it('reads a minority share bought as joint ownership, with the share in the note', () => {
    const [c] = claimsOf({ sentences: ['Bolt Auto bought about 21% of Acme Motors last year.'], entities: ENTITIES });
    expect(c && [brief(c), c.note]).toEqual(['acme JOINTLY_OWNED_BY bolt', 'about 21%']);
  });

  it('reads "由A持股、B持股" as two owners with their shares', () => {
    const claims = claimsOf({ sentences: ['蓝羽由华山集团持股51%、青竹汽车持股49%。'], entities: ENTITIES });
    expect(claims.map((c) => [brief(c), c.note])).toEqual([['ly JOINTLY_OWNED_BY hs', '51%'], ['ly JOINTLY_OWNED_BY qz', '49%']]);
  });

  it('reads a plant named with its owner\'s possessive as run by that owner', () => {
    expect(one('Acme cars are assembled by Bolt Auto at its Hefei plant.').sort()).toEqual(['acme BUILT_BY bolt', 'bolt OPERATES plant']);
    expect(one("Bolt Auto's Hefei plant added a shift.")).toEqual(['bolt OPERATES plant']);
    expect(one('华山集团宣布，其位于安徽的青岛工厂投产。')).toEqual(['hs OPERATES qd']);
  });

  it('reads "in talks to buy" as both the plan and the talks', () => {
    expect(one('Bolt Auto is in advanced talks to take over Acme Motors.').sort()).toEqual(['bolt IN_TALKS_WITH acme', 'bolt PLANS_TO_ACQUIRE acme']);
  });

  it('reads "spun off from" as a subsidiary that ended', () => {
    const [c] = claimsOf({ sentences: ['Acme Motors was spun off from Zen Group.'], entities: ENTITIES, publishedOn: '2024-03-06' });
    expect(c).toMatchObject({ type: 'SUBSIDIARY_OF', status: 'ENDED', marksEnd: true, from: { key: 'acme' }, to: { key: 'zen' } });
  });

  it('puts a role title into the note', () => {
    const [claim] = claimsOf({ sentences: ['Li Wei, chief executive of Acme Motors, spoke.'], entities: ENTITIES });
    expect(claim?.note).toBe('chief executive');
  });

  it.each([
    ['a contract manufacturer ("为…代工")', '华山集团为青竹汽车代工生产。', 'qz BUILT_BY hs'],
    ['a passive builder ("由…代工")', '青竹汽车的车型由华山集团代工。', 'qz BUILT_BY hs'],
    ['an acquisition ("收购")', '华山集团收购青竹汽车。', 'hs ACQUIRED qz'],
    ['a passive acquisition ("被…收购")', '青竹汽车被华山集团收购。', 'hs ACQUIRED qz'],
    ['a plan to buy ("拟收购")', '青竹汽车拟收购青岛工厂。', 'qz PLANS_TO_ACQUIRE qd'],
    ['a subsidiary ("是…的子公司")', '青竹汽车是华山集团的子公司。', 'qz SUBSIDIARY_OF hs'],
    ['a subsidiary ("旗下")', '华山集团旗下的青竹汽车发布新车。', 'qz SUBSIDIARY_OF hs'],
    ['talks ("与…洽谈")', '青竹汽车正与华山集团洽谈合作。', 'qz IN_TALKS_WITH hs'],
    ['an approval ("获…批准")', '青竹汽车获工信部批准。', 'qz APPROVED_BY gxb'],
    ['a brand ("旗下品牌")', '青竹汽车旗下品牌蓝羽上市。', 'ly BRAND_OF qz'],
    ['a role ("董事长")', '青竹汽车董事长张伟表示。', 'zhang HOLDS_ROLE_AT qz'],
    ['a qualification ("借用…资质")', '青竹汽车借用华山集团的生产资质。', 'qz USES_QUALIFICATION_OF hs'],
  ])('reads the Chinese %s the right way round', (_name, sentence, expected) => {
    expect(one(sentence)).toContain(expected);
  });

  it('says which cue made the claim and that it was read reversed', () => {
    const [claim] = claimsOf({ sentences: ['Bolt Auto was the OEM for Acme Motors.'], entities: ENTITIES });
    expect(claim?.why).toBe("'was the OEM for' → BUILT_BY, reversed");
    expect(claim?.cues).toEqual([{ start: 10, end: 25 }]);
  });

  it('proposes no claim from a sentence naming only one party', () => {
    expect(one('Acme Motors was acquired last year.')).toEqual([]);
    expect(one('青竹汽车被收购。')).toEqual([]);
  });

  it('proposes no claim when two parties share a sentence without a cue between them', () => {
    expect(one('Acme Motors and Bolt Auto both showed cars at the fair.')).toEqual([]);
  });

  it('drops a pair whose kinds fit neither way round', () => {
    expect(one('Li Wei acquired Bolt Auto.')).toEqual([]);
  });

  it('reads a Chinese list of founders "由A、B和C联合打造" as joint owners, and "其中A持股51%" as one of them, not a parent', () => {
    const claims = claimsOf({ sentences: ['蓝羽由青竹汽车、华山集团和凯达汽车联合打造，其中青竹汽车持股51%。'], entities: [...ENTITIES, { key: 'kd', name: '凯达汽车', kind: 'AUTOMAKER' }] });
    expect(claims.map((c) => [brief(c), c.note])).toEqual([
      ['ly JOINTLY_OWNED_BY qz', '51%'], ['ly JOINTLY_OWNED_BY hs', 'shares stated: 51%'], ['ly JOINTLY_OWNED_BY kd', 'shares stated: 51%'],
    ]);
  });

  it('takes the company, not its chairman, as the subject of a later cue, and a denied plan as a plan', () => {
    const [c] = claimsOf({ sentences: ['青竹汽车董事长张伟表示，公司没有收购华山集团的计划。'], entities: [{ ...ENTITIES.find((e) => e.key === 'qz')!, coref: ['公司'] }, ...ENTITIES.filter((e) => e.key !== 'qz')] })
      .filter((x) => x.type !== 'HOLDS_ROLE_AT');
    expect([c && brief(c), c?.status]).toEqual(['qz PLANS_TO_ACQUIRE hs', 'DENIED']);
  });

  it.each([
    ['"considering buying a stake in"', 'Zen Group is considering buying a stake in Acme Motors.'],
    ['"weighing a bid for"', 'Zen Group is weighing a bid for Acme Motors.'],
    ['"exploring an investment in"', 'Zen Group is exploring an investment in Acme Motors.'],
    ['"considering a takeover of"', 'Zen Group is considering a takeover of Acme Motors.'],
  ])('reads %s as a plan to acquire', (_name, sentence) => {
    expect(one(sentence)).toContain('zen PLANS_TO_ACQUIRE acme');
  });

  it('reads "A sold its stake in X to Y" as Y buying X, and "bought X from Y" as the buyer\'s, not the seller\'s', () => {
    expect(one('Zen Group sold its stake in Acme Motors to Bolt Auto last year.')).toContain('bolt ACQUIRED acme');
    expect(one('Zen Group sold its stake in Acme Motors to Bolt Auto last year.')).not.toContain('zen ACQUIRED acme');
    expect(one('Bolt Auto bought the Hefei plant from Zen Group.')).toEqual(['bolt ACQUIRED plant', 'zen OPERATES plant']);
  });

  it('reads "Y\'s plant produces X\'s cars" as X built by Y, the plant\'s owner', () => {
    expect(one("Bolt Auto's Hefei plant produces Acme Motors' cars.").sort()).toEqual(['acme BUILT_BY bolt', 'bolt OPERATES plant']);
  });

  it('reads a relative clause and a passive the right way round', () => {
    expect(one("Acme's SUVs, which are made by Bolt Auto, sell well.")).toEqual(['acme BUILT_BY bolt']);
    expect(one('The Acme sedan is assembled by Bolt Auto.')).toEqual(['acme BUILT_BY bolt']);
  });

  it('reads "assembles the X hatchback for Y" and "rolls off the line at Y\'s plant" as Y building it', () => {
    expect(one('Bolt Auto also assembles the Pico hatchback for Acme Motors.')).toContain('acme BUILT_BY bolt');
    expect(one("The Acme S1 will roll off the line at Bolt's Hefei plant.")).toContain('acme BUILT_BY bolt');
  });

  it('reads "may sell part of its stake in Y" as a plan to sell Y', () => {
    expect(one('Zen Group said it may sell part of its stake in Acme Motors.')).toContain('zen PLANS_TO_SELL acme');
  });

  it('does not read a bare "sell" as a plan to sell the party named far after it', () => {
    expect(one('Acme will sell the S1 under the production qualification of Bolt Auto.')).toEqual(['acme USES_QUALIFICATION_OF bolt']);
  });

  it('does not read "keeps building its own vans" as the company building for itself', () => {
    expect(one('Bolt said the Hefei plant would keep building its own vans.').filter((c) => c.includes('BUILT_BY'))).toEqual([]);
  });

  it('takes the subject of the talks as the buyer in "in talks with Y about buying a stake in Z"', () => {
    expect(one('Acme is in talks with Bolt Auto about buying a majority stake in the Hefei plant.')).toEqual(['acme IN_TALKS_WITH bolt', 'acme PLANS_TO_ACQUIRE plant']);
  });

  it('reads "would sell the plant to Y" as Y\'s plan to buy it', () => {
    expect(one('Bolt Auto said it would sell the Hefei plant to Acme Motors.')).toContain('acme PLANS_TO_ACQUIRE plant');
  });

  it('reads a funding round led by an investor as joint ownership', () => {
    expect(one('Acme raised 2 billion yuan in a funding round led by Zen Group.')).toEqual(['acme JOINTLY_OWNED_BY zen']);
  });

  it('does not take the object of "owned by" from past a comma', () => {
    expect(one('Zen Group, which is owned by the provincial government, has been trying to fill spare capacity at Bolt Auto.')).toEqual([]);
  });

  it('reads 控股股东为 and "controlling shareholder of" as the parent', () => {
    expect(one('青竹汽车的控股股东为华山集团。')).toEqual(['qz SUBSIDIARY_OF hs']);
    expect(one('Zen Group is the controlling shareholder of Acme Motors.')).toContain('acme SUBSIDIARY_OF zen');
  });

  it('does not take the sentence\'s first name as one more owner after 分别持股', () => {
    const claims = one('青岛工厂由青竹汽车和华山集团共同出资设立，分别持股51%和49%。');
    expect(claims).toEqual(['qd JOINTLY_OWNED_BY qz', 'qd JOINTLY_OWNED_BY hs']);
  });

  it('takes the company that runs a plant as the builder of what the plant builds', () => {
    expect(one('Bolt Auto now runs the Hefei plant, which builds the Acme S1.').length).toBeGreaterThan(0);
    expect(one("Bolt Auto now runs the Hefei plant, which builds Acme's S1 hatchback.")).toEqual(['bolt OPERATES plant', 'acme BUILT_BY bolt']);
  });

  it('does not take the seller after "from" for what was bought', () => {
    expect(one("Bolt Auto took over Acme's Hefei plant from the startup in March.")).toContain('bolt ACQUIRED plant');
    expect(one("Bolt Auto took over Acme's Hefei plant from the startup in March.")).not.toContain('bolt ACQUIRED acme');
  });

  it('keeps one owner named twice ("a unit of X, X\'s arm") a parent, not a joint owner', () => {
    expect(one("Acme will become a unit of Zen Group, Zen Group's passenger-car arm.")).toEqual(['acme SUBSIDIARY_OF zen']);
  });


  it('does not read "approval to build its own plant" as running that plant', () => {
    expect(one('Acme applied to the Ministry of Industry for approval to build its own Hefei plant.').filter((c) => c.includes('OPERATES'))).toEqual([]);
  });

  it('reads "Y, X\'s parts arm," as Y a unit of X, not of a party later in the sentence', () => {
    expect(one("Bolt Auto, Zen Group's parts arm, will supply Acme Motors.")).toEqual(['bolt SUBSIDIARY_OF zen']);
  });

  it('keeps a cue that sits between two parties inside another cue\'s gap (与A旗下的B洽谈)', () => {
    expect(one('青竹汽车正与华山集团旗下的蓝羽洽谈。')).toEqual(expect.arrayContaining(['qz IN_TALKS_WITH ly', 'ly SUBSIDIARY_OF hs']));
  });

  it('does not keep a cue that only ends a gap (由A代工生产)', () => {
    expect(one('青竹汽车的车型由华山集团代工生产。')).toEqual(['qz BUILT_BY hs']);
  });

  it('reads talks of "双方" or "the two sides" as talks between the ends of the claim just made', () => {
    const zh = claimsOf({ sentences: ['华山集团或将收购青竹汽车，双方已于上月开始接触。'], entities: ENTITIES }).map(brief);
    expect(zh).toEqual(expect.arrayContaining(['hs PLANS_TO_ACQUIRE qz', 'hs IN_TALKS_WITH qz']));
    const en = claimsOf({ sentences: ['Bolt Auto may buy Acme Motors.', 'The two sides have held talks since May.'], entities: ENTITIES }).map(brief);
    expect(en).toEqual(['bolt PLANS_TO_ACQUIRE acme', 'bolt IN_TALKS_WITH acme']);
  });

  it('does not read "双方" without a word of talks as talks', () => {
    expect(one('华山集团或将收购青竹汽车，双方在估值上仍有分歧。')).toEqual(['hs PLANS_TO_ACQUIRE qz']);
  });
});
