// Status, stance and attribution from the words around a cue (server/intake/claims/signals.ts and
// voice.ts), as docs/data-model.md defines them: hedges, reporting, denials, negation, ends.
import { brief, claimsOf, ENTITIES } from './intake-claims-support';

const claim = (sentence: string, more: string[] = []) => {
  const claims = claimsOf({ sentences: [...more, sentence], entities: ENTITIES, publishedOn: '2024-03-06' });
  return claims.filter((c) => c.sentence === more.length);
};
const first = (sentence: string) => {
  const [c] = claim(sentence);
  if (!c) throw new Error(`no claim from: ${sentence}`);
  return c;
};

describe('intake claims voice', () => {
  it('takes no party for the outlet when "local media" names the outlet itself after an aside', () => {
    const claims = claimsOf({ sentences: ['Acme Motors may take over the Hefei, Anhui province, production site of Bolt Auto, the EV division of Zen Group in the east, local media reported.'], entities: ENTITIES }).map(brief);
    expect(claims).toContain('bolt SUBSIDIARY_OF zen');
  });

  it('does not read the month "May" as the hedge "may"', () => {
    expect(first('Bolt Auto acquired Acme Motors in May 2019.').status).toBe('CONFIRMED');
  });

  it('confirms a claim the article states in its own voice', () => {
    expect(first('Bolt Auto acquired Acme Motors.')).toMatchObject({ status: 'CONFIRMED', stance: 'SUPPORTS', attribution: { kind: 'ARTICLE' } });
  });

  it.each([['may'], ['could'], ['might']])('makes a claim RUMOURED when it is hedged with "%s"', (word) => {
    const c = first(`Bolt Auto ${word} buy Acme Motors.`);
    expect(c).toMatchObject({ status: 'RUMOURED', type: 'PLANS_TO_ACQUIRE' });
    expect(c.why).toContain(`'${word}' → RUMOURED`);
  });

  it('makes a claim RUMOURED when it is called a rumour', () => {
    expect(first('Bolt Auto is rumoured to be in talks with Acme Motors.').status).toBe('RUMOURED');
  });

  it('makes a claim REPORTED when it is passed on with "reportedly"', () => {
    const c = first('Acme is reportedly in talks with Bolt Auto.');
    expect(c.status).toBe('REPORTED');
    expect(c.why).toContain("'reportedly' → REPORTED");
  });

  it('makes a claim RUMOURED when it "is said to" hold', () => {
    const c = first('Acme is said to be in talks with Bolt Auto.');
    expect(c.status).toBe('RUMOURED');
    expect(c.why).toContain("'is said to' → RUMOURED");
  });

  it('names the outlet, not the sources it cites, when it reports first', () => {
    expect(first('Bloomberg reported that Acme is in talks with Bolt Auto, citing people familiar with the matter.').attribution).toEqual({ kind: 'OUTLET', name: 'Bloomberg' });
  });

  it('makes the unnamed parties of "the two companies said" PARTY', () => {
    expect(first('Acme has signed a contract manufacturing agreement with Bolt Auto, the two companies said.')).toMatchObject({
      type: 'BUILT_BY', status: 'CONFIRMED', attribution: { kind: 'PARTY', name: 'the two companies' },
    });
  });

  it('names the outlet when the claim is "according to" it', () => {
    expect(first('Acme is in talks with Bolt Auto, according to Bloomberg.')).toMatchObject({ status: 'REPORTED', attribution: { kind: 'OUTLET', name: 'Bloomberg' } });
  });

  it('names the outlet that "reported" the claim and keeps it out of the parties', () => {
    const claims = claimsOf({ sentences: ['Reuters reported that Acme is in talks with Bolt Auto.'], entities: [...ENTITIES, { key: 'reuters', name: 'Reuters', kind: 'TECH_COMPANY', entityId: null }] });
    expect(claims.map(brief)).toEqual(['acme IN_TALKS_WITH bolt']);
    expect(claims[0]?.attribution).toEqual({ kind: 'OUTLET', name: 'Reuters' });
  });

  it('makes an unnamed source ANONYMOUS and the claim REPORTED', () => {
    expect(first('A source said Acme is in talks with Bolt Auto.')).toMatchObject({ status: 'REPORTED', attribution: { kind: 'ANONYMOUS', name: 'A source' } });
    expect(first('Acme is in talks with Bolt Auto, people familiar with the matter said.').attribution)
      .toEqual({ kind: 'ANONYMOUS', name: 'people familiar with the matter' });
  });

  it('makes a plan to buy that rests on an unnamed source RUMOURED, and talks on one REPORTED', () => {
    const claims = claimsOf({ sentences: ['People familiar with the matter said Acme is in talks to buy Bolt Auto.'], entities: ENTITIES });
    expect(claims.map((c) => [c.type, c.status])).toEqual(expect.arrayContaining([['PLANS_TO_ACQUIRE', 'RUMOURED'], ['IN_TALKS_WITH', 'REPORTED']]));
  });

  it('does not let a denial in an earlier clause reach a relation after ", and"', () => {
    const claims = claimsOf({ sentences: ['Bolt Auto dismissed the report as groundless, and said it operates the Hefei plant.'], entities: ENTITIES });
    expect(claims.find((c) => c.type === 'OPERATES')).toMatchObject({ status: 'CONFIRMED', stance: 'SUPPORTS' });
  });

  it('reads denials worded without "deny" ("not consistent with the facts", "pure speculation", 与事实不符)', () => {
    for (const second of ['Acme said the report was not consistent with the facts.', 'Acme called the report pure speculation.']) {
      const claims = claimsOf({ sentences: ['Bloomberg reported that Acme is in talks with Bolt Auto.', second], entities: ENTITIES });
      expect(claims.find((c) => c.sentence === 1)).toMatchObject({ type: 'IN_TALKS_WITH', status: 'DENIED', stance: 'CONTRADICTS' });
    }
    const zh = claimsOf({ sentences: ['据媒体报道，华山集团正与青竹汽车洽谈。', '华山集团回应称，相关报道与事实不符。'], entities: ENTITIES });
    expect(zh.find((c) => c.sentence === 1)).toMatchObject({ type: 'IN_TALKS_WITH', status: 'DENIED' });
  });

  it('makes a party speaking PARTY and the claim CONFIRMED', () => {
    expect(first('Bolt Auto said it had acquired Acme Motors.')).toMatchObject({ status: 'CONFIRMED', attribution: { kind: 'PARTY', entityKey: 'bolt', name: 'Bolt Auto' } });
  });

  it('makes a register the article cites OFFICIAL_RECORD', () => {
    expect(first('Filings show Acme Motors is wholly owned by Zen Group.')).toMatchObject({ status: 'CONFIRMED', attribution: { kind: 'OFFICIAL_RECORD' } });
  });

  it('keeps a description in an aside in the article\'s own voice when the sentence passes on a report', () => {
    const claims = claim('Acme Motors, the EV arm of Zen Group, may take over the Hefei plant, Bloomberg reported.');
    const arm = claims.find((c) => c.type === 'SUBSIDIARY_OF');
    const plan = claims.find((c) => c.type === 'PLANS_TO_ACQUIRE');
    expect(arm).toMatchObject({ status: 'CONFIRMED', attribution: { kind: 'ARTICLE' } });
    expect(plan).toMatchObject({ status: 'RUMOURED', attribution: { kind: 'OUTLET', name: 'Bloomberg' } });
  });

  it('makes a party\'s denial DENIED with the quote CONTRADICTS', () => {
    const c = first('Bolt Auto denied that it is in talks with Acme Motors.');
    expect(c).toMatchObject({ status: 'DENIED', stance: 'CONTRADICTS', attribution: { kind: 'PARTY', entityKey: 'bolt' } });
    expect(c.why).toContain("'denied' → DENIED");
  });

  it('turns "called the report groundless" on the claim before it into a denial of that claim', () => {
    const claims = claimsOf({ sentences: ['Bloomberg reported that Acme is in talks with Bolt Auto.', 'Bolt Auto called the report groundless.'], entities: ENTITIES });
    const denial = claims.find((c) => c.sentence === 1);
    expect(denial).toMatchObject({ type: 'IN_TALKS_WITH', status: 'DENIED', stance: 'CONTRADICTS', quote: 'Bolt Auto called the report groundless.' });
    expect(denial?.why).toContain('of the claim in sentence 0');
  });

  it('keeps an unnamed source\'s "not heard of it" a contradiction, not the party\'s denial', () => {
    const claims = claimsOf({ sentences: ['Bloomberg reported that Acme is in talks with Bolt Auto.', 'A Bolt Auto source said it had "not heard of it."'], entities: ENTITIES });
    expect(claims.find((c) => c.sentence === 1)).toMatchObject({ stance: 'CONTRADICTS', status: 'REPORTED', attribution: { kind: 'ANONYMOUS' } });
  });

  it('makes a negated cue a contradiction', () => {
    expect(first('Acme Motors is not a unit of Zen Group.')).toMatchObject({ type: 'SUBSIDIARY_OF', stance: 'CONTRADICTS', status: 'DENIED' });
  });

  it('makes a stated end ENDED with marksEnd and the article\'s day as the latest end', () => {
    expect(first('Zen Group no longer owns Acme Motors.')).toMatchObject({
      type: 'SUBSIDIARY_OF', status: 'ENDED', marksEnd: true, validTo: '2024-03-06', validToBasis: 'NOT_AFTER',
    });
  });

  it('makes a withheld confirmation QUALIFIES', () => {
    expect(first('Acme Motors was approved by the Ministry of Industry, though details remain undisclosed.').stance).toBe('QUALIFIES');
  });

  it('reads Chinese hedges, outlets and denials', () => {
    expect(first('据彭博社报道，青竹汽车或将收购青岛工厂。')).toMatchObject({ type: 'PLANS_TO_ACQUIRE', status: 'RUMOURED', attribution: { kind: 'OUTLET', name: '彭博社' } });
    expect(first('知情人士称，青竹汽车正与华山集团洽谈。')).toMatchObject({ status: 'REPORTED', attribution: { kind: 'ANONYMOUS', name: '知情人士' } });
    const claims = claimsOf({ sentences: ['据媒体报道，华山集团正与青竹汽车洽谈。', '对此，华山集团回应称，相关报道“不实”。'], entities: ENTITIES });
    expect(claims.find((c) => c.sentence === 1)).toMatchObject({ type: 'IN_TALKS_WITH', status: 'DENIED', attribution: { kind: 'PARTY', entityKey: 'hs' } });
    expect(first('华山集团否认将收购青竹汽车。')).toMatchObject({ type: 'PLANS_TO_ACQUIRE', status: 'DENIED', stance: 'CONTRADICTS' });
    expect(first('青竹汽车拟收购青岛工厂。')).toMatchObject({ type: 'PLANS_TO_ACQUIRE', status: 'CONFIRMED' });
  });

  it('denies only the plan when "there was no such plan" follows a report of talks to buy', () => {
    const claims = claimsOf({
      sentences: ['Bloomberg reported that Bolt Auto was in advanced talks to take over Acme Motors.', 'Bolt Auto said there was no such plan.'],
      entities: ENTITIES,
      links: [{ id: 'bolt-talks-acme', type: 'IN_TALKS_WITH', from: 'bolt', to: 'acme', status: 'REPORTED' }, { id: 'bolt-plans-acme', type: 'PLANS_TO_ACQUIRE', from: 'bolt', to: 'acme', status: 'REPORTED' }],
    });
    expect(claims.filter((c) => c.sentence === 1).map((c) => [brief(c), c.status, c.contradicts])).toEqual([['bolt PLANS_TO_ACQUIRE acme', 'DENIED', 'bolt-plans-acme']]);
  });

  it('reads "dismissed the report" and "is not in talks with anyone" as denials of the claim before them', () => {
    const dismissed = claimsOf({ sentences: ['Reuters reported that Acme may buy Bolt Auto.', 'Acme dismissed the report as speculation.'], entities: ENTITIES });
    expect(dismissed.filter((c) => c.sentence === 1).map((c) => [brief(c), c.status])).toEqual([['acme PLANS_TO_ACQUIRE bolt', 'DENIED']]);
    const talks = claimsOf({ sentences: ['Sources said Zen Group is in talks with Acme.', 'Zen Group said it is not in talks with anyone.'], entities: ENTITIES });
    expect(talks.filter((c) => c.sentence === 1).map((c) => [brief(c), c.status, c.attribution.kind])).toEqual([['zen IN_TALKS_WITH acme', 'DENIED', 'PARTY']]);
  });

  it('makes an unnamed spokesperson a party speaking', () => {
    expect(first('Acme is not in talks with Bolt Auto, a spokesperson said.')).toMatchObject({ status: 'DENIED', attribution: { kind: 'PARTY', name: 'a spokesperson' } });
  });

  it('keeps "its plant" the owner\'s even when the sentence denies a sale of it', () => {
    const claims = claimsOf({ sentences: ['Acme rejected claims that it would sell its Hefei plant to Zen Group.'], entities: [...ENTITIES.filter((e) => e.key !== 'acme'), { key: 'acme', name: 'Acme', kind: 'EV_STARTUP', coref: ['its'] }] });
    expect(claims.map((c) => [brief(c), c.status])).toEqual(expect.arrayContaining([['acme PLANS_TO_SELL plant', 'DENIED'], ['acme OPERATES plant', 'CONFIRMED']]));
  });
});
