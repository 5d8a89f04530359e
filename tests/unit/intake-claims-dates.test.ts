// Dates by role, and the graph's links: a claim's validFrom/validTo/reportedOn from the dates
// stage's mentions, and `existing`/`contradicts` from the links among the mentioned entities.
import type { KnownLink } from '../../server/intake/types';
import { brief, claimsOf, ENTITIES, type Article } from './intake-claims-support';

const run = (sentence: string, more: Partial<Article> = {}) => claimsOf({ sentences: [sentence], entities: ENTITIES, publishedOn: '2024-03-06', ...more });

describe('intake claims dates and links', () => {
  it('starts the link at a "since" date', () => {
    const [c] = run('Bolt Auto has built cars for Acme since 2019.', { dates: { 0: [{ text: 'since 2019', value: '2019', basis: 'STATED', role: 'from' }] } });
    expect(c).toMatchObject({ validFrom: '2019', validFromBasis: 'STATED' });
    expect(c?.datesNote).toBeUndefined();
  });

  it('dates an event at a relative date with the dates stage\'s note', () => {
    const [c] = run('Bolt Auto acquired Acme Motors on Monday.', {
      dates: { 0: [{ text: 'on Monday', value: '2024-03-04', basis: 'INFERRED', note: "'on Monday' counted back from the publication date 2024-03-06", role: 'on' }] },
    });
    expect(c).toMatchObject({ validFrom: '2024-03-04', validFromBasis: 'INFERRED', datesNote: "'on Monday' counted back from the publication date 2024-03-06" });
    expect(c?.reportedOn).toBeUndefined();
  });

  it('takes a date beside "said" as the day it was said (reportedOn), not a start', () => {
    const [c] = run('Bolt Auto said yesterday that it had acquired Acme Motors.', {
      dates: { 0: [{ text: 'yesterday', value: '2024-03-05', basis: 'INFERRED', note: "'yesterday' counted back from the publication date", role: 'on' }] },
    });
    expect(c).toMatchObject({ type: 'ACQUIRED', reportedOn: '2024-03-05' });
    expect(c?.validFrom).toBeUndefined();
  });

  it('ends the link at an "until" date', () => {
    const [c] = run('Bolt Auto built cars for Acme until 2022, when the deal ended.', { dates: { 0: [{ text: 'until 2022', value: '2022', basis: 'STATED', role: 'to' }] } });
    expect(c).toMatchObject({ status: 'ENDED', validTo: '2022', validToBasis: 'STATED', marksEnd: true });
  });

  it('reads a Chinese date from its role', () => {
    const [c] = run('自2018年起，华山集团为青竹汽车代工。', { dates: { 0: [{ text: '自2018年起', value: '2018', basis: 'STATED', role: 'from' }] } });
    expect(c).toMatchObject({ type: 'BUILT_BY', validFrom: '2018', validFromBasis: 'STATED' });
  });

  const links: KnownLink[] = [
    { id: 'acme-built-by-bolt', type: 'BUILT_BY', from: 'acme', to: 'bolt', status: 'CONFIRMED' },
    { id: 'bolt-talks-acme', type: 'IN_TALKS_WITH', from: 'bolt', to: 'acme', status: 'REPORTED' },
  ];

  it('marks a claim the graph holds as new evidence for that link', () => {
    const [c] = run('Bolt Auto was the OEM for Acme Motors.', { links });
    expect(c).toMatchObject({ existing: 'acme-built-by-bolt', contradicts: null });
    expect(c?.why).toContain('new evidence for acme-built-by-bolt');
  });

  it('matches talks either way round', () => {
    expect(run('Acme is in talks with Bolt Auto.', { links })[0]?.existing).toBe('bolt-talks-acme');
  });

  it('marks a denial of a link the graph holds as contradicting it', () => {
    const [c] = run('Acme Motors denied that its cars are built by Bolt Auto.', { links });
    expect(c).toMatchObject({ stance: 'CONTRADICTS', status: 'DENIED', contradicts: 'acme-built-by-bolt', existing: null });
  });

  it('marks nothing when the graph holds the ends under another type', () => {
    const [c] = run('Bolt Auto acquired Acme Motors.', { links });
    expect(brief(c ?? ({} as never))).toBe('bolt ACQUIRED acme');
    expect(c).toMatchObject({ existing: null, contradicts: null });
  });

  it('marks nothing for a new entity, which no link can hold', () => {
    const entities = ENTITIES.map((e) => (e.key === 'acme' ? { ...e, entityId: null } : e));
    expect(claimsOf({ sentences: ['Bolt Auto was the OEM for Acme Motors.'], entities, links })[0]).toMatchObject({ existing: null, from: { key: 'acme', entityId: null } });
  });

  it('scores a claim between known entities above the same claim found through a pronoun', () => {
    const direct = run('Bolt Auto was the OEM for Acme Motors.')[0]?.score ?? 0;
    const coref = claimsOf({ sentences: ['Bolt Auto was the OEM for the startup.'], entities: ENTITIES.map((e) => (e.key === 'acme' ? { ...e, coref: ['the startup'] } : e)) })[0]?.score ?? 1;
    expect(direct).toBeGreaterThan(coref);
    expect(direct).toBeLessThanOrEqual(1);
    expect(coref).toBeGreaterThan(0);
  });
});
