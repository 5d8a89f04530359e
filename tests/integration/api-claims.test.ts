// The claims model over HTTP on the seed graph (issue 9): who asserts each quote (attribution),
// how sure it is (stance), how each date is known (bases and the note), context sentences kept apart
// from evidence, the date a link was last reported on, and each source's date basis and address.
import { readDataset } from '../../seed/loader';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { testConfig, testDb } from '../support/env';

let app: RunningApp;
beforeAll(async () => {
  app = await createApp(testConfig(), testDb());
});
afterAll(() => app.stop());

async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Attribution { kind: string; name: string | null; entity: { id: string; name: string } | null }
interface Quote { quote: string; stance: string; marksEnd: boolean; reportedOn: string | null; attribution: Attribution; source: { id: string } }
interface Link {
  id: string; status: string; validFrom: string | null; validFromBasis: string | null; validTo: string | null; validToBasis: string | null;
  datesNote: string | null; lastReportedOn: string | null; evidence: Quote[];
  context: { quote: string; reportedOn: string | null; paragraph: string; source: { id: string } }[];
}

const LINK = `
  id status validFrom validFromBasis validTo validToBasis datesNote lastReportedOn
  evidence { quote stance marksEnd reportedOn attribution { kind name entity { id name } } source { id } }
  context { quote reportedOn paragraph source { id } }
`;

/** Every link of the seed in one page (the seed has fewer than 100), keyed by id. */
async function allLinks(): Promise<Map<string, Link>> {
  const { relationships } = await gql<{ relationships: { pageInfo: { hasNextPage: boolean }; edges: { node: Link }[] } }>(
    `{ relationships(first: 100) { pageInfo { hasNextPage } edges { node { ${LINK} } } } }`);
  expect(relationships.pageInfo.hasNextPage).toBe(false);
  return new Map(relationships.edges.map((e) => [e.node.id, e.node]));
}

const link = async (id: string): Promise<Link> => (await gql<{ relationship: Link }>(`query($id: ID!) { relationship(id: $id) { ${LINK} } }`, { id })).relationship;

describe('claims › attribution', () => {
  it('gives the outlet an article passes a report on from, and an unnamed source\'s denial as CONTRADICTS', async () => {
    const talks = await link('xiaomi-in-talks-with-baic-group');
    expect(talks.status).toBe('REPORTED');
    expect(talks.evidence.map((e) => [e.stance, e.attribution.kind, e.attribution.name])).toEqual([
      ['SUPPORTS', 'OUTLET', 'Bloomberg'],
      ['SUPPORTS', 'OUTLET', 'Bloomberg'],
      ['CONTRADICTS', 'ANONYMOUS', 'a BAIC Group source'],
    ]);
    const denial = talks.evidence[2];
    expect(denial?.quote).toBe('A BAIC Group source later told local media that it had "not heard of it."');
    // An unnamed source is not linked to the group it is said to be from.
    expect(denial?.attribution.entity).toBeNull();
  });

  it('resolves the speaker\'s entity for an official record and for a party, and leaves it null for the article\'s own voice', async () => {
    const miit = await link('nio-approved-by-miit');
    const register = miit.evidence.find((e) => e.attribution.kind === 'OFFICIAL_RECORD');
    expect(register?.attribution).toEqual({
      kind: 'OFFICIAL_RECORD', name: 'MIIT\'s Vehicle Production Enterprise Credit Information Management System',
      entity: { id: 'miit', name: 'Ministry of Industry and Information Technology' },
    });
    const own = miit.evidence.find((e) => e.attribution.kind === 'ARTICLE');
    expect(own?.attribution).toEqual({ kind: 'ARTICLE', name: null, entity: null });
    const rules = await link('miit-issued-miit-oem-rules-2018');
    expect(rules.evidence.map((e) => e.attribution)).toEqual([
      { kind: 'PARTY', name: 'the ministry\'s statement', entity: { id: 'miit', name: 'Ministry of Industry and Information Technology' } },
    ]);
  });

  it('marks a hedge as QUALIFIES, neither support nor contradiction', async () => {
    const miit = await link('nio-approved-by-miit');
    expect(miit.evidence).toContainEqual(expect.objectContaining({
      quote: 'This inclusion, noted on the ministry’s website, represents a major step for Nio, although details about the actual manufacturing license remain undisclosed.',
      stance: 'QUALIFIES', attribution: { kind: 'OUTLET', name: 'Reuters', entity: null },
    }));
    const bluepark = await link('xiaomi-built-by-baic-bluepark');
    expect(bluepark.evidence.filter((e) => e.stance !== 'SUPPORTS').map((e) => [e.stance, e.attribution.kind, e.attribution.name])).toEqual([
      ['QUALIFIES', 'ANONYMOUS', 'a BAIC BluePark source'],
    ]);
  });

  it('answers every link\'s evidence with the seed\'s stances, attributions and marksEnd, in the curators\' order', async () => {
    const byId = await allLinks();
    const seed = readDataset().relationships;
    expect(byId.size).toBe(seed.length);
    for (const rel of seed) {
      const got = byId.get(rel.id);
      expect([rel.id, got?.evidence.map((e) => [e.stance, e.attribution.kind, e.attribution.name, e.attribution.entity?.id ?? null, e.marksEnd])]).toEqual([
        rel.id,
        rel.evidence.map((e) => [e.stance ?? 'SUPPORTS', e.attribution.kind, e.attribution.name ?? null, e.attribution.entity ?? null, e.marksEnd ?? false]),
      ]);
    }
  });
});

describe('claims › date bases', () => {
  it('gives a bound as NOT_BEFORE with the note that explains it, and an open end no basis', async () => {
    const bjev = await link('baic-bjev-approved-by-ndrc');
    expect(bjev).toMatchObject({ validFrom: '2016', validFromBasis: 'NOT_BEFORE', validTo: null, validToBasis: null });
    expect(bjev.datesNote).toContain('is a bound, not a start date');
  });

  it('gives an inferred date as INFERRED and a latest start as NOT_AFTER, each with a note', async () => {
    const rules = await link('miit-issued-miit-oem-rules-2018');
    expect(rules).toMatchObject({ validFrom: '2018-12-06', validFromBasis: 'INFERRED' });
    expect(rules.datesNote).toContain('"in a statement yesterday"');
    const talks = await link('xiaomi-in-talks-with-baic-group');
    expect(talks).toMatchObject({ validFrom: '2022-08-26', validFromBasis: 'NOT_AFTER' });
    expect(talks.datesNote).toContain('only a latest start (NOT_AFTER)');
  });

  it('keeps NIO built by JAC open from a stated 2018, with a note saying why no end is given', async () => {
    const jac = await link('nio-built-by-jac');
    expect(jac).toMatchObject({ status: 'CONFIRMED', validFrom: '2018', validFromBasis: 'STATED', validTo: null, validToBasis: null });
    expect(jac.datesNote).toContain('No source says it stopped.');
    expect(jac.evidence.some((e) => e.marksEnd)).toBe(false);
  });

  it('has a basis exactly where the seed has a date, on every link', async () => {
    const byId = await allLinks();
    for (const rel of readDataset().relationships) {
      expect([rel.id, byId.get(rel.id)?.validFromBasis, byId.get(rel.id)?.validToBasis, byId.get(rel.id)?.datesNote])
        .toEqual([rel.id, rel.validFromBasis ?? null, rel.validToBasis ?? null, rel.datesNote ?? null]);
      expect([rel.id, byId.get(rel.id)?.validFromBasis === null]).toEqual([rel.id, !rel.validFrom]);
    }
  });
});

describe('claims › context and last report', () => {
  it('answers context sentences apart from the evidence, with their paragraph and source', async () => {
    const bjev = await link('baic-bjev-approved-by-ndrc');
    const rule = 'Before going into production of electric cars, Chinese automakers need to gain certification from the National Development and Reform Commission.';
    expect(bjev.context.map((c) => c.quote)).toEqual([rule]);
    expect(bjev.evidence.map((e) => e.quote)).not.toContain(rule);
    expect(bjev.context[0]?.source.id).toBe('yicai-2018-oem-boost');
    expect(bjev.context[0]?.paragraph.replace(/\s+/g, ' ')).toContain(rule);
    expect(bjev.context[0]?.reportedOn).toBe('2018-12-07');
    expect((await link('li-auto-acquired-lifan')).context).toEqual([]);
  });

  it('answers, for every link, the seed\'s context sentences in order', async () => {
    const byId = await allLinks();
    for (const rel of readDataset().relationships) {
      expect([rel.id, byId.get(rel.id)?.context.map((c) => [c.source.id, c.quote])]).toEqual([rel.id, (rel.context ?? []).map((c) => [c.source, c.quote])]);
    }
  });

  it('gives the latest reportedOn of the SUPPORTS quotes as lastReportedOn, the source\'s date where a quote has none', async () => {
    expect((await link('xiaomi-in-talks-with-ndrc')).lastReportedOn).toBe('2022-07-29');
    expect((await link('xiaomi-in-talks-with-baic-group')).lastReportedOn).toBe('2022-08-26');
    const byId = await allLinks();
    const dataset = readDataset();
    const published = new Map(dataset.sources.map((s) => [s.id, s.publishedOn]));
    for (const rel of dataset.relationships) {
      const dates = rel.evidence.filter((e) => (e.stance ?? 'SUPPORTS') === 'SUPPORTS').map((e) => e.reportedOn ?? published.get(e.source) ?? '');
      const latest = dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null;
      expect([rel.id, byId.get(rel.id)?.lastReportedOn]).toEqual([rel.id, latest]);
    }
  });
});

describe('claims › sources', () => {
  interface Source { id: string; publishedOn: string; publishedOnBasis: string; publishedOnNote: string | null; url: string | null }
  const sources = async (): Promise<Map<string, Source>> =>
    new Map((await gql<{ sources: Source[] }>('{ sources { id publishedOn publishedOnBasis publishedOnNote url } }')).sources.map((s) => [s.id, s]));

  it('dates source 004 to 2022 by inference, with a note, and gives its republication\'s address', async () => {
    const qingdao = (await sources()).get('cnevpost-2022-xiaomi-baic-qingdao');
    expect(qingdao).toMatchObject({ publishedOn: '2022-08-26', publishedOnBasis: 'INFERRED', url: 'https://carzxzc.com/industry/19472.html' });
    expect(qingdao?.publishedOnNote).toContain('2022-08-26');
  });

  it('gives a bound as NOT_AFTER, and url null where no address is known', async () => {
    expect((await sources()).get('chinadaily-2025-ev-export-licensing')).toMatchObject({ publishedOn: '2025-10-07', publishedOnBasis: 'NOT_AFTER', url: null });
  });

  it('answers every source\'s basis and url as the seed has them, the two NIO articles with their addresses', async () => {
    const got = await sources();
    for (const s of readDataset().sources) expect([s.id, got.get(s.id)?.publishedOnBasis, got.get(s.id)?.url]).toEqual([s.id, s.publishedOnBasis, s.url ?? null]);
    expect(got.get('nio-independent-approval')?.url).toBe('https://pandaily.com/nio-secured-official-approval-for-independent-car-manufacturing-in-china/');
    expect(got.get('nio-manufacturing-slot')).toMatchObject({ publishedOn: '2023-12-04', url: 'https://evxl.co/2023/12/04/nio-securing-china-ev-manufacturing/' });
  });

  it('gives the basis on a quote\'s source too', async () => {
    const { relationship } = await gql<{ relationship: { evidence: { source: { id: string; publishedOnBasis: string } }[] } }>(
      '{ relationship(id: "xiaomi-in-talks-with-ndrc") { evidence { source { id publishedOnBasis } } } }');
    expect(relationship.evidence.map((e) => e.source)).toEqual([{ id: 'cnevpost-2022-xiaomi-baic-qingdao', publishedOnBasis: 'INFERRED' }]);
  });
});
