// The seed audit's corrections (issue 9, docs/seed-audit.md) as the loaded graph holds them: source
// 004's year, NIO-JAC's open end, the BAIC Group denial, the new links, the hedges as QUALIFIES, and
// context sentences stored apart from evidence. Runs against the test Neo4j the global setup seeded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db, Row } from '../../server/db';
import type { SeedRelationship } from '../../seed/loader/types';
import { testDb } from '../support/env';

interface StoredQuote { source: string; quote: string; reportedOn: string; stance: string; attributionKind: string; attributionName: string | null; attributionEntityId: string | null; marksEnd: boolean }
interface StoredClaims extends Row { status: string; evidence: StoredQuote[]; context: { source: string; quote: string; labels: string[] }[] }

const SOURCE_004 = 'cnevpost-2022-xiaomi-baic-qingdao';
const seedRelationships = (): SeedRelationship[] => JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', 'relationships.json'), 'utf8')) as SeedRelationship[];
const tally = (keys: string[]): Record<string, number> => keys.reduce<Record<string, number>>((out, k) => ({ ...out, [k]: (out[k] ?? 0) + 1 }), {});
const asRecord = (list: unknown): Record<string, number> => Object.fromEntries((list as { key: string; count: number }[]).map((e) => [e.key, e.count]));

describe('seed claims (the audit\'s corrections on the loaded graph)', () => {
  let db: Db;
  const claims = async (id: string): Promise<StoredClaims> => {
    const [row] = await db.read(statement('test/relationship-claims', { id }));
    if (!row) throw new Error(`no relationship ${id}`);
    return row as StoredClaims;
  };

  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('dates source 004 to 2022-08-26 by inference, under its new id, with its republished address', async () => {
    const [source] = await db.read(statement('test/source-by-id', { id: SOURCE_004 }));
    expect(source).toMatchObject({ id: SOURCE_004, publishedOn: '2022-08-26', publishedOnBasis: 'INFERRED', url: 'https://carzxzc.com/industry/19472.html' });
    expect(source?.publishedOnNote).toEqual(expect.stringContaining('2022-08-26'));
    expect(await db.read(statement('test/source-by-id', { id: 'cnevpost-2021-xiaomi-baic-qingdao' }))).toEqual([]);
    const ndrc = await claims('xiaomi-in-talks-with-ndrc');
    expect(ndrc.evidence.map((ev) => [ev.source, ev.reportedOn, ev.attributionKind, ev.attributionName])).toEqual([[SOURCE_004, '2022-07-29', 'OUTLET', 'Bloomberg']]);
    for (const id of ['xiaomi-in-talks-with-baic-group', 'xiaomi-auto-plans-to-acquire-baic-bjev-qingdao-plant', 'xiaomi-plans-to-acquire-beijing-hyundai-no2-plant']) {
      expect([id, await claims(id)]).toEqual([id, expect.objectContaining({ validFrom: '2022-08-26', validFromBasis: 'NOT_AFTER' })]);
    }
    expect(await claims('xiaomi-built-by-baic-bluepark')).toMatchObject({ validFrom: null, validFromBasis: null });
  });

  it('keeps the source dates honest: no source is simply STATED, and every other basis has its note', async () => {
    const rows = await Promise.all(['yicai-2018-oem-boost', 'nio-independent-approval', 'nio-manufacturing-slot', 'chinadaily-2025-ev-export-licensing', SOURCE_004]
      .map(async (id) => (await db.read(statement('test/source-by-id', { id })))[0]));
    expect(rows.map((s) => [s?.id, s?.publishedOnBasis])).toEqual([
      ['yicai-2018-oem-boost', 'INFERRED'], ['nio-independent-approval', 'INFERRED'], ['nio-manufacturing-slot', 'INFERRED'],
      ['chinadaily-2025-ev-export-licensing', 'NOT_AFTER'], [SOURCE_004, 'INFERRED'],
    ]);
    expect(rows.every((s) => typeof s?.publishedOnNote === 'string' && s.publishedOnNote.length > 0)).toBe(true);
  });

  it('leaves NIO-JAC open from 2018 as stated, CONFIRMED, with the tail-mark sentence as QUALIFIES and no end mark', async () => {
    const built = await claims('nio-built-by-jac');
    expect(built).toMatchObject({ type: 'BUILT_BY', from: 'nio', to: 'jac', status: 'CONFIRMED', validFrom: '2018', validFromBasis: 'STATED', validTo: null, validToBasis: null });
    expect(built.datesNote).toEqual(expect.stringContaining('No source says it stopped'));
    const tail = built.evidence.find((ev) => ev.quote.includes('tail mark'));
    expect(tail).toMatchObject({ stance: 'QUALIFIES', attributionKind: 'ARTICLE', marksEnd: false });
    expect(built.evidence.some((ev) => ev.marksEnd)).toBe(false);
    // The JAC factory links agree: open as well.
    for (const id of ['nio-built-by-jac-nio-factories', 'jac-operates-jac-nio-factories']) expect(await claims(id)).toMatchObject({ validTo: null, status: 'REPORTED' });
  });

  it('shows the BAIC Group source\'s "not heard of it" on the talks as CONTRADICTS by an unnamed source, and drops the linked headline', async () => {
    const talks = await claims('xiaomi-in-talks-with-baic-group');
    expect(talks.status).toBe('REPORTED');
    expect(talks.evidence.filter((ev) => ev.stance === 'CONTRADICTS')).toEqual([expect.objectContaining({
      quote: 'A BAIC Group source later told local media that it had "not heard of it."', attributionKind: 'ANONYMOUS', attributionName: 'a BAIC Group source', attributionEntityId: null,
    })]);
    expect(talks.evidence.map((ev) => ev.quote)).not.toContain('Xiaomi reportedly in talks with BAIC to jointly build EVs');
    expect(talks.evidence.filter((ev) => ev.stance === 'SUPPORTS').map((ev) => ev.attributionKind)).toEqual(['OUTLET', 'OUTLET']);
  });

  it('holds the new links: NIO uses JAC\'s qualification, Beijing Hyundai operates its No. 2 plant', async () => {
    expect(await claims('nio-uses-qualification-of-jac')).toMatchObject({
      type: 'USES_QUALIFICATION_OF', from: 'nio', to: 'jac', status: 'CONFIRMED', validFrom: '2018', validFromBasis: 'INFERRED',
      evidence: [expect.objectContaining({ stance: 'SUPPORTS', attributionKind: 'ARTICLE', quote: expect.stringContaining('“JAC NIO“') as unknown }), expect.objectContaining({ stance: 'QUALIFIES' })],
    });
    expect(await claims('beijing-hyundai-operates-beijing-hyundai-no2-plant')).toMatchObject({
      type: 'OPERATES', from: 'beijing-hyundai', to: 'beijing-hyundai-no2-plant', status: 'REPORTED',
      evidence: [expect.objectContaining({ attributionKind: 'OUTLET', attributionName: 'Bloomberg' })],
    });
    const [nio] = await db.read(statement('query/entity/by-ids', { ids: ['nio'] }));
    expect((nio?.entity as { aliases: string[] } | undefined)?.aliases).toEqual(expect.arrayContaining(['JAC NIO', '江淮蔚来', 'NextEV', 'Weilai']));
  });

  it('stores the hedges as QUALIFIES, not as support or contradiction, and the removed link and entities are gone', async () => {
    const miit = await claims('nio-approved-by-miit');
    expect(miit.evidence.find((ev) => ev.quote.includes('remain undisclosed'))).toMatchObject({ stance: 'QUALIFIES', attributionKind: 'OUTLET', attributionName: 'Reuters' });
    expect(miit.evidence.filter((ev) => ev.attributionKind === 'OFFICIAL_RECORD').map((ev) => ev.attributionEntityId)).toEqual(['miit', 'miit']);
    const bluepark = await claims('xiaomi-built-by-baic-bluepark');
    expect(bluepark.evidence.find((ev) => ev.quote.includes('no definitive information'))).toMatchObject({ stance: 'QUALIFIES', attributionKind: 'ANONYMOUS', attributionName: 'a BAIC BluePark source' });
    expect(await db.read(statement('test/relationship-claims', { id: 'jidu-built-by-geely' }))).toEqual([]);
    expect(await db.read(statement('seed/existing-entities', { ids: ['tesla', 'lucid'] }))).toEqual([]);
  });

  it('stores context sentences as (:Context) citing their source, never as evidence, generic sentences included', async () => {
    const built = await claims('nio-built-by-jac');
    expect(built.context).toEqual([
      { source: 'yicai-2018-oem-boost', quote: 'Traditional carmakers have already been acting as OEMs for new energy vehicle startups.', labels: ['Context'] },
      { source: 'nio-manufacturing-slot', quote: expect.stringContaining('if it includes a manufacturing license') as unknown, labels: ['Context'] },
    ]);
    const [counts] = await db.read(statement('test/claims-counts', {}));
    const seed = seedRelationships();
    expect(counts).toMatchObject({ context: seed.reduce((n, r) => n + (r.context?.length ?? 0), 0), contextAsEvidence: 0 });
    expect(counts?.context).toBe(16);
  });

  it('counts links by status, quotes by attribution and by stance exactly as the seed files state them (the audit\'s after column)', async () => {
    const [counts] = await db.read(statement('test/claims-counts', {}));
    const seed = seedRelationships();
    const quotes = seed.flatMap((r) => r.evidence);
    expect(asRecord(counts?.byStatus)).toEqual(tally(seed.map((r) => r.status)));
    expect(asRecord(counts?.byAttribution)).toEqual(tally(quotes.map((ev) => ev.attribution.kind)));
    expect(asRecord(counts?.byStance)).toEqual(tally(quotes.map((ev) => ev.stance ?? 'SUPPORTS')));
    expect(asRecord(counts?.byStatus)).toEqual({ CONFIRMED: 29, REPORTED: 10, RUMOURED: 3 });
    expect(asRecord(counts?.byAttribution)).toEqual({ ANONYMOUS: 3, ARTICLE: 36, OFFICIAL_RECORD: 2, OUTLET: 21, PARTY: 5 });
    expect(asRecord(counts?.byStance)).toEqual({ CONTRADICTS: 2, QUALIFIES: 9, SUPPORTS: 56 });
  });
});
