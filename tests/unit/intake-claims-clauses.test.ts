// Round 5's clause-level rules in findClaims: sellers after a purchase, relative clauses and
// appositions that say who owns what, subjects a clause borrows or must skip, and the verb forms
// and objects the cue table reads. Hand-built mentions (intake-claims-support), so only claims run.
import { brief, claimsOf, ENTITIES, type TestEntity } from './intake-claims-support';

const one = (sentence: string, entities: TestEntity[] = ENTITIES) => claimsOf({ sentences: [sentence], entities, publishedOn: '2025-06-13' });
const briefs = (sentence: string, entities?: TestEntity[]) => one(sentence, entities).map(brief);

describe('claims sellers', () => {
  it('ends the seller\'s stake when a company is bought from it', () => {
    const ended = one('Bolt Auto bought a 40% stake in Acme Motors from Zen Group, the startup\'s founding investor.').find((c) => c.to.key === 'zen');
    expect(ended).toMatchObject({ from: { key: 'acme' }, type: 'JOINTLY_OWNED_BY', status: 'ENDED', marksEnd: true, validTo: '2025-06-13', validToBasis: 'NOT_AFTER' });
  });

  it('ends the seller\'s running of a plant taken over from it', () => {
    expect(one('Bolt Auto took over the Hefei plant from Zen Group.').find((c) => c.type === 'OPERATES')).toMatchObject({ from: { key: 'zen' }, to: { key: 'plant' }, status: 'ENDED' });
  });

  it('reads 从X手中收购 as a purchase from X, not by X, and ends X\'s stake', () => {
    const out = briefs('青竹汽车宣布，已从华山集团手中收购其持有的蓝羽30%股权。', [...ENTITIES.filter((e) => e.key !== 'ly'), { key: 'ly', name: '蓝羽', kind: 'EV_STARTUP' }]);
    expect(out).toEqual(expect.arrayContaining(['ly JOINTLY_OWNED_BY qz', 'ly JOINTLY_OWNED_BY hs']));
    expect(out).not.toContain('hs ACQUIRED qz');
  });

  it('ends nothing for a plan to buy', () => {
    expect(one('Bolt Auto plans to buy the Hefei plant from Zen Group.').some((c) => c.status === 'ENDED')).toBe(false);
  });
});

describe('claims relative clauses and appositions', () => {
  it('gives the antecedent of "in which A holds 35%" as what A owns', () => {
    const c = one('Acme Motors, in which Zen Group holds 35%, lost money.').find((x) => x.type === 'JOINTLY_OWNED_BY');
    expect(c).toMatchObject({ from: { key: 'acme' }, to: { key: 'zen' }, note: '35%' });
  });

  it('reads "X, Y\'s largest investor" as Y jointly owned by X, and "X is Y\'s largest shareholder" too', () => {
    expect(briefs('Zen Group, Acme\'s largest investor, said so.')).toContain('acme JOINTLY_OWNED_BY zen');
    expect(briefs('Zen Group is Acme\'s largest shareholder.')).toContain('acme JOINTLY_OWNED_BY zen');
  });

  it('names no parent for "rate X\'s parent a buy", with no name in apposition', () => {
    expect(briefs('Zen Group shares rose, and analysts rate Acme\'s parent a buy.')).toEqual([]);
  });
});

describe('claims subjects', () => {
  it('takes the sentence\'s topic as subject of a clause opened by 并', () => {
    expect(briefs('青竹汽车由华山集团代工生产，并借用华山集团的资质销售。')).toEqual(expect.arrayContaining(['qz USES_QUALIFICATION_OF hs']));
  });

  it('skips the partner after 与 when a clause stands between it and the cue', () => {
    expect(briefs('华山集团与青竹汽车签署协议，将收购后者的青岛工厂。')).toContain('hs PLANS_TO_ACQUIRE qd');
  });

  it('keeps the party after 与 when a noun stands right after it ("与A旗下的B洽谈")', () => {
    expect(briefs('蓝羽正与华山集团旗下的青竹汽车洽谈。', [...ENTITIES.filter((e) => e.key !== 'ly'), { key: 'ly', name: '蓝羽', kind: 'EV_STARTUP' }])).toContain('qz SUBSIDIARY_OF hs');
  });
});

describe('claims cue forms', () => {
  it('matches every form of "be" ("are in talks", "have been in talks", "were bought by")', () => {
    expect(briefs('Acme Motors and Bolt Auto are in talks.')).toEqual(['acme IN_TALKS_WITH bolt']);
    expect(briefs('Acme Motors and Bolt Auto have been in talks since May.')).toEqual(['acme IN_TALKS_WITH bolt']);
    expect(briefs('Acme Motors and Orbit were bought by Zen Group.')).toEqual(expect.arrayContaining(['zen ACQUIRED acme', 'zen ACQUIRED orbit']));
  });

  it('reads "under X\'s qualification" and gives the bare "sold" before it no object', () => {
    expect(briefs('The vans are sold under Bolt Auto\'s qualification by Acme.')).not.toContain('acme PLANS_TO_SELL bolt');
    expect(briefs('Acme sells its vans under Bolt Auto\'s production licence.')).toEqual(['acme USES_QUALIFICATION_OF bolt']);
  });

  it('reads "take full control of" and "buy the rest of X\'s business" as purchases of X', () => {
    expect(briefs('Bolt Auto could take full control of Acme Motors.')).toEqual(['bolt PLANS_TO_ACQUIRE acme']);
    expect(briefs('Bolt Auto could buy the rest of Acme\'s business.')).toEqual(['bolt PLANS_TO_ACQUIRE acme']);
  });

  it('gives the builder of cars made at a plant as the plant\'s operator, and a plant "run by" no owner', () => {
    expect(briefs('Acme vehicles are made at the Hefei plant, which is operated by Bolt Auto.')).toEqual(expect.arrayContaining(['acme BUILT_BY bolt', 'bolt OPERATES plant']));
    expect(briefs('The Hefei plant is run by Bolt Auto.')).toEqual(['bolt OPERATES plant']);
  });

  it('reads "plans to build a plant" as no one building for anyone', () => {
    expect(briefs('Zen Group plans to build the Hefei plant.')).toEqual([]);
  });

  it('reads 双方签署框架协议 after a claim as talks between its two ends', () => {
    const out = claimsOf({ sentences: ['据悉，华山集团拟收购青竹汽车。', '知情人士透露，双方上月已签署框架协议。'], entities: ENTITIES }).map(brief);
    expect(out).toContain('hs IN_TALKS_WITH qz');
  });

  it('gives the shares of a 分别 list to the owners in order', () => {
    const notes = one('蓝羽由华山集团和青竹汽车共同出资设立，分别持股60%和40%。', [...ENTITIES.filter((e) => e.key !== 'ly'), { key: 'ly', name: '蓝羽', kind: 'EV_STARTUP' }])
      .filter((c) => c.type === 'JOINTLY_OWNED_BY').map((c) => `${c.to.key} ${c.note ?? ''}`);
    expect(notes).toEqual(expect.arrayContaining(['hs 60%', 'qz 40%']));
  });
});

describe('claims in Chinese shareholder and operator sentences', () => {
  const zh = [...ENTITIES.filter((e) => e.key !== 'ly'), { key: 'ly', name: '蓝羽', kind: 'EV_STARTUP' as const }];

  it('reads 是…的第一大股东 and …的第一大股东为 as joint ownership', () => {
    expect(briefs('华山集团是青竹汽车的第一大股东。', zh)).toEqual(['qz JOINTLY_OWNED_BY hs']);
    expect(briefs('青竹汽车的第一大股东为华山集团。', zh)).toEqual(['qz JOINTLY_OWNED_BY hs']);
  });

  it('reads talks 就收购…进行谈判 as a plan to buy as well', () => {
    expect(briefs('华山集团正与青竹汽车就收购事宜进行谈判。', zh)).toEqual(expect.arrayContaining(['hs IN_TALKS_WITH qz', 'hs PLANS_TO_ACQUIRE qz']));
  });

  it('gives a plant to the operator the sentence names, not to its possessive owner', () => {
    expect(briefs('青竹汽车的青岛工厂由华山集团负责运营。', zh)).toEqual(['hs OPERATES qd']);
  });

  it('reads 获得…核准 as an approval', () => {
    expect(briefs('青竹汽车已获得工信部的投资核准。', zh)).toEqual(['qz APPROVED_BY gxb']);
  });
});

describe('claims that end', () => {
  it('ends a link whose stated end date is already past, wherever the "until" stands', () => {
    const c = claimsOf({ sentences: ['Until the end of last year, Acme cars were built by Bolt Auto.'], entities: ENTITIES, publishedOn: '2025-06-13',
      dates: { 0: [{ text: 'the end of last year', value: '2024', basis: 'INFERRED', role: 'to' }] } })[0];
    expect(c).toMatchObject({ type: 'BUILT_BY', status: 'ENDED', validTo: '2024' });
  });

  it('keeps a link whose end date is still to come', () => {
    const c = claimsOf({ sentences: ['Bolt Auto will build cars for Acme until 2027.'], entities: ENTITIES, publishedOn: '2025-06-13',
      dates: { 0: [{ text: '2027', value: '2027', basis: 'STATED', role: 'to' }] } })[0];
    expect(c?.status).not.toBe('ENDED');
  });

  it('reads "X ended its contract with Y" as the end of the arrangement an earlier sentence stated', () => {
    const out = claimsOf({ sentences: ['Bolt Auto builds cars for Acme.', 'Acme ended its contract with Bolt Auto last month.'], entities: ENTITIES, publishedOn: '2025-06-13' });
    expect(out.filter((c) => c.sentence === 1).map((c) => `${brief(c)} ${c.status}`)).toEqual(['acme BUILT_BY bolt ENDED']);
  });

  it('ends nothing when no earlier sentence stated an arrangement between them', () => {
    expect(claimsOf({ sentences: ['Acme ended its contract with Bolt Auto last month.'], entities: ENTITIES }).map(brief)).toEqual([]);
  });
});

describe('claims speakers', () => {
  it('reads "X, the parent of Y, reported higher profits" with X as a company, not an outlet', () => {
    expect(briefs('Zen Group, the parent of Acme Motors, reported higher profits.')).toEqual(['acme SUBSIDIARY_OF zen']);
  });
});

describe('claims of roles and plants', () => {
  it('ends a role its holder stepped down from', () => {
    expect(one('Li Wei stepped down as chairman of Acme Motors.')[0]).toMatchObject({ from: { key: 'li' }, type: 'HOLDS_ROLE_AT', status: 'ENDED' });
  });

  it('reads "makes vans for" as building for', () => {
    expect(briefs('Bolt Auto makes vans for Acme Motors.')).toEqual(['acme BUILT_BY bolt']);
  });
});

describe('claims that stay silent', () => {
  it('reads no car built by a supplier of parts ("uses batteries made by X")', () => {
    expect(briefs('Acme vans use batteries made by Bolt Auto.')).toEqual([]);
  });
});

describe('claims of former roles', () => {
  it('reads "P is a former X engineer" as an ended role with its title', () => {
    expect(one('Li Wei is a former Acme engineer.')[0]).toMatchObject({ from: { key: 'li' }, to: { key: 'acme' }, type: 'HOLDS_ROLE_AT', status: 'ENDED', note: 'engineer' });
  });

  it('ends the role at the company a person joined another from', () => {
    const left = one('Li Wei, who joined Acme Motors from Bolt Auto, said so.').find((c) => c.to.key === 'bolt');
    expect(left).toMatchObject({ from: { key: 'li' }, type: 'HOLDS_ROLE_AT', status: 'ENDED' });
  });

  it('reads 后者将成为其全资子公司 as a subsidiary', () => {
    expect(briefs('华山集团收购了青竹汽车，后者将成为其全资子公司。', [...ENTITIES.map((e) => (e.key === 'qz' ? { ...e, coref: ['后者'] } : e.key === 'hs' ? { ...e, coref: ['其'] } : e))])).toContain('qz SUBSIDIARY_OF hs');
  });
});

describe('claims of owned plants', () => {
  it('reads a plant a company owns (旗下的, "owned by") as run by it, and builds what the plant produces', () => {
    expect(briefs('The Hefei plant, owned by Bolt Auto, makes vans for Acme Motors.')).toEqual(expect.arrayContaining(['acme BUILT_BY bolt', 'bolt OPERATES plant']));
    expect(briefs('华山集团旗下的青岛工厂负责生产青竹汽车的全部车型。')).toEqual(expect.arrayContaining(['hs OPERATES qd', 'qz BUILT_BY hs']));
  });

  it('reads 由…控股 as a subsidiary', () => {
    expect(briefs('青竹汽车由华山集团控股。')).toEqual(['qz SUBSIDIARY_OF hs']);
  });
});

describe('claims of sales and investors', () => {
  it('reads "agreed to sell X to Y" as Y\'s plan to buy X, and "sold vans to Y" as nothing', () => {
    expect(briefs('Zen Group agreed to sell Acme Motors to Bolt Auto.')).toEqual(expect.arrayContaining(['bolt PLANS_TO_ACQUIRE acme', 'zen PLANS_TO_SELL acme']));
    expect(briefs('Zen Group sold vans to Bolt Auto.')).toEqual([]);
  });

  it('reads "counts X among its shareholders" and "raised money from X and Y" as joint owners', () => {
    expect(briefs('Acme Motors counts Zen Group among its shareholders.')).toEqual(['acme JOINTLY_OWNED_BY zen']);
    expect(briefs('Acme Motors raised money from Zen Group and Bolt Auto.')).toEqual(expect.arrayContaining(['acme JOINTLY_OWNED_BY zen', 'acme JOINTLY_OWNED_BY bolt']));
  });
});

describe('claims of Chinese joint ventures and rumours', () => {
  const zh = [...ENTITIES, { key: 'jv', name: '北岳新能源', kind: 'SUBSIDIARY' as const }];

  it('gives a joint venture\'s shares to its founders, and no founder to another', () => {
    const out = one('华山集团与青竹汽车成立合资公司北岳新能源，华山集团持股60%，青竹汽车持股40%。', zh).map((c) => `${brief(c)} ${c.note ?? ''}`);
    expect(out).toEqual(['jv JOINTLY_OWNED_BY hs 60%', 'jv JOINTLY_OWNED_BY qz 40%']);
  });

  it('reads 有消息称 as an unnamed source, which makes a plan a rumour', () => {
    expect(one('有消息称，华山集团将接盘青竹汽车。')[0]).toMatchObject({ type: 'PLANS_TO_ACQUIRE', status: 'RUMOURED', attribution: { kind: 'ANONYMOUS' } });
  });

  it('reads 并无收购…的计划 as a denied plan', () => {
    expect(one('华山集团表示，公司目前并无收购青竹汽车的计划。')[0]).toMatchObject({ type: 'PLANS_TO_ACQUIRE', status: 'DENIED' });
  });
});

describe('claims denied without "deny"', () => {
  it('reads "described the reports as speculation", "no truth to" and "wide of the mark" as denials', () => {
    const out = (second: string) => claimsOf({ sentences: ['Bolt Auto may buy Acme Motors, people familiar with the matter said.', second], entities: ENTITIES })
      .filter((c) => c.sentence === 1).map((c) => `${brief(c)} ${c.status}`);
    expect(out('Acme described the reports as speculation.')).toEqual(['bolt PLANS_TO_ACQUIRE acme DENIED']);
    expect(out('Bolt Auto said there was no truth to the report.')).toEqual(['bolt PLANS_TO_ACQUIRE acme DENIED']);
    expect(briefs('Reports that Zen Group would sell Acme Motors were wide of the mark, Zen Group said.')).toEqual(['zen PLANS_TO_SELL acme']);
  });

  it('reads "reports that X would buy Y" as passed on, not confirmed', () => {
    expect(one('Zen Group declined to comment on reports that it would buy Acme Motors.')[0]?.status).toBe('REPORTED');
  });
});

describe('claims of Chinese roles', () => {
  it('reads 加入 as a role at the company joined, and 辞去 as the end of one', () => {
    expect(briefs('张伟加入青竹汽车。')).toEqual(['zhang HOLDS_ROLE_AT qz']);
    expect(one('张伟辞去青竹汽车董事长一职。').map((c) => `${brief(c)} ${c.status}`)).toEqual(['zhang HOLDS_ROLE_AT qz ENDED']);
  });
});

describe('claims in object relative clauses', () => {
  it('reads "X, which Y bought in 2020, now builds cars for Z" with X as what Y bought', () => {
    const out = briefs('Acme Motors, which Zen Group bought in 2020, now builds cars for Bolt Auto.');
    expect(out).toEqual(expect.arrayContaining(['zen ACQUIRED acme', 'bolt BUILT_BY acme']));
    expect(out).not.toContain('zen ACQUIRED bolt');
  });

  it('reads "X, whose cars Y builds," as X built by Y', () => {
    expect(briefs('Acme Motors, whose cars Bolt Auto builds, is growing.')).toEqual(['acme BUILT_BY bolt']);
  });
});

describe('claims of owner lists', () => {
  it('reads "owned by A (60%) and B (40%)" as two joint owners with their shares', () => {
    expect(one('Acme Motors is owned by Zen Group (60%) and Bolt Auto (40%).').map((c) => `${brief(c)} ${c.note ?? ''}`))
      .toEqual(['acme JOINTLY_OWNED_BY zen 60%', 'acme JOINTLY_OWNED_BY bolt 40%']);
  });

  it('reads "X\'s shareholders include A and B" as joint owners', () => {
    expect(briefs('Acme\'s shareholders include Zen Group and Bolt Auto.')).toEqual(['acme JOINTLY_OWNED_BY zen', 'acme JOINTLY_OWNED_BY bolt']);
  });
});

describe('claims of approvals', () => {
  it('reads "passed the ministry\'s review" as an approval, and "passed X in sales" as nothing', () => {
    expect(briefs('Acme Motors passed the Ministry of Industry\'s review last week.')).toEqual(['acme APPROVED_BY miit']);
    expect(briefs('Acme Motors passed Bolt Auto in sales.')).toEqual([]);
  });

  it('reads a passive "was added to" as no speech', () => {
    expect(one('Acme Motors was added to the Ministry of Industry\'s catalogue.')[0]?.attribution.kind).toBe('ARTICLE');
  });
});

describe('claims of chosen builders', () => {
  it('reads "picked X as its contract manufacturer" as built by X', () => {
    expect(briefs('Acme Motors picked Bolt Auto as its contract manufacturer.')).toEqual(['acme BUILT_BY bolt']);
  });
});
