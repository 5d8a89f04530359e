import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { testDb } from '../support/env';

interface SeedRel { id: string; type: string; from: string; to: string }
interface SeedEntity { id: string; kind: string }
const readSeed = <T>(name: string): T => JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', name), 'utf8')) as T;

describe('seed graph', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  const linksBetween = (from: string, to: string) => db.read(statement('test/links-between', { from, to }));

  it('has NIO -[BUILT_BY]-> JAC exactly as specified: from 2018 as stated, left open since no source states an end', async () => {
    const rows = await linksBetween('nio', 'jac');
    expect(rows.filter((r) => r.type === 'BUILT_BY')).toEqual([
      {
        fromName: 'NIO', type: 'BUILT_BY', toName: 'JAC Motors', id: 'nio-built-by-jac', status: 'CONFIRMED',
        validFrom: '2018', validFromBasis: 'STATED', validTo: null, validToBasis: null, evidence: 7, context: 2,
      },
    ]);
  });

  it('has Li Auto -[ACQUIRED]-> Lifan exactly as specified', async () => {
    const rows = await linksBetween('li-auto', 'lifan');
    expect(rows.map((r) => [r.fromName, r.type, r.toName, r.status])).toEqual([['Li Auto', 'ACQUIRED', 'Lifan Motors', 'CONFIRMED']]);
  });

  it('has Xiaomi -[USES_QUALIFICATION_OF]-> BAIC (Off-road) exactly as specified', async () => {
    const rows = await linksBetween('xiaomi-auto', 'baic-offroad');
    expect(rows.map((r) => [r.fromName, r.type, r.toName, r.status])).toEqual([['Xiaomi Auto', 'USES_QUALIFICATION_OF', 'BAIC Off-road', 'CONFIRMED']]);
    expect(await linksBetween('baic-offroad', 'xiaomi-auto')).toEqual([]);
  });

  it('holds exactly the relationships of the seed files, each backed by evidence', async () => {
    const expected = new Map<string, number>();
    for (const r of readSeed<SeedRel[]>('relationships.json')) expected.set(r.type, (expected.get(r.type) ?? 0) + 1);
    const rows = await db.read(statement('test/counts-by-type', {}));
    expect(Object.fromEntries(rows.map((r) => [r.type, r.count]))).toEqual(Object.fromEntries(expected));
    expect(rows.every((r) => r.withoutEvidence === 0)).toBe(true);
  });

  it('holds exactly the entities of the seed files by kind', async () => {
    const expected: Record<string, number> = {};
    for (const e of readSeed<SeedEntity[]>('entities.json')) expected[e.kind] = (expected[e.kind] ?? 0) + 1;
    const rows = await db.read(statement('test/entity-counts-by-kind', {}));
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.count]))).toEqual(expected);
  });
});
