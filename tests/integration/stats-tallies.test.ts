// The kept tallies (server/tally) against the same figures counted by a scan, after each kind of
// write the tallies must follow. Every write happens in a transaction that is rolled back, so the
// shared test database and the tests running beside this one never see it.
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import { statement } from '../../server/cypher';
import { int } from '../../server/db';
import type { Db, Run } from '../../server/db';
import { testDb } from '../support/env';

class Rollback extends Error {}

interface Figures { dated: number; earliest: unknown; latest: unknown; kinds: Record<string, number> }

const nonZero = (rows: { kind: unknown; count: unknown }[]): Record<string, number> =>
  Object.fromEntries(rows.filter((r) => Number(r.count) > 0).map((r) => [String(r.kind), Number(r.count)]).sort(([a], [b]) => String(a).localeCompare(String(b))));

async function kept(run: Run): Promise<Figures & { ready: unknown }> {
  const [row] = await run(statement('query/stats/kept', {}));
  return { ready: row?.ready, dated: Number(row?.dated), earliest: row?.earliest, latest: row?.latest, kinds: nonZero(row?.kinds as { kind: unknown; count: unknown }[]) };
}

async function scanned(run: Run): Promise<Figures> {
  const [links] = await run(statement('query/stats/link-dates', { types: Object.keys(RELATION_TYPES) }));
  const kinds = await run(statement('query/stats/by-kind', { kinds: Object.keys(ENTITY_KINDS) }));
  return { dated: Number(links?.dated), earliest: links?.earliest ?? null, latest: links?.latest ?? null, kinds: nonZero(kinds as { kind: unknown; count: unknown }[]) };
}

const link = (over: Record<string, unknown>): Record<string, unknown> => ({
  id: 'tally-test-link', from: 'nio', to: 'jac', type: 'IN_TALKS_WITH', status: 'REPORTED',
  validFrom: null, validFromBasis: null, validTo: null, validToBasis: null, datesNote: null,
  validFromStart: null, validToEnd: null, role: null, note: null, ...over,
});

const entity = (over: Record<string, unknown>): Record<string, unknown> => ({
  id: 'tally-test-entity', name: 'Tally Test Motors', kind: 'EV_STARTUP', country: 'CN', aliases: [], description: null,
  searchKeys: [], staleLabels: [], label: 'Company', ...over,
});

const stamp = (target: string, retired: boolean, from: string | null = null): Record<string, unknown> => ({
  id: `tally-test-revision-${target}-${String(retired)}`, target, from, version: 99, authorId: 'system-seed', at: '2026-12-04T00:00:00Z', retired,
});

describe('stats tallies', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  /** Runs `work` in a write transaction that is always rolled back. */
  async function rolledBack(work: (run: Run) => Promise<void>): Promise<void> {
    await expect(db.transaction('WRITE', async (tx) => {
      await work(db.runner(tx));
      throw new Rollback();
    })).rejects.toBeInstanceOf(Rollback);
  }

  async function expectInStep(run: Run): Promise<Figures> {
    const k = await kept(run);
    const s = await scanned(run);
    expect(k).toEqual({ ...s, ready: true });
    return s;
  }

  it('keeps the same figures a scan counts on the seeded graph', async () => {
    await db.transaction('READ', async (tx) => {
      const figures = await expectInStep(db.runner(tx));
      expect(figures.dated).toBeGreaterThan(0);
    });
  });

  it('moves the span when a link earlier or later than every other is written, changed and made undated', async () => {
    await rolledBack(async (run) => {
      await run(statement('seed/merge-relationships', { rows: [link({ validFrom: '1901-03', validTo: '2099' })] }));
      const wide = await expectInStep(run);
      expect([wide.earliest, wide.latest]).toEqual(['1901-03', '2099']);
      await run(statement('seed/merge-relationships', { rows: [link({ validFrom: '1902', validTo: '2099-05-01' })] }));
      expect(await expectInStep(run)).toMatchObject({ earliest: '1902', latest: '2099-05-01', dated: wide.dated });
      await run(statement('seed/merge-relationships', { rows: [link({})] }));
      expect((await expectInStep(run)).dated).toBe(wide.dated - 1);
    });
  });

  it('takes a retired link out of the tallies and puts it back when it is restored', async () => {
    await rolledBack(async (run) => {
      await run(statement('seed/merge-relationships', { rows: [link({ validTo: '2098' })] }));
      const live = await expectInStep(run);
      expect(live.latest).toBe('2098');
      await run(statement('revisions/stamp-relationships', { rows: [stamp('tally-test-link', true, 'nio')] }));
      const retired = await expectInStep(run);
      expect(retired.dated).toBe(live.dated - 1);
      expect(retired.latest).not.toBe('2098');
      await run(statement('revisions/stamp-relationships', { rows: [stamp('tally-test-link', false, 'nio')] }));
      expect(await expectInStep(run)).toEqual(live);
    });
  });

  it('counts an entity in its kind, moves it when the kind changes and drops it when it is retired', async () => {
    await rolledBack(async (run) => {
      const before = await expectInStep(run);
      await run(statement('seed/merge-entities', { rows: [entity({})] }));
      expect((await expectInStep(run)).kinds.EV_STARTUP).toBe((before.kinds.EV_STARTUP ?? 0) + 1);
      await run(statement('seed/merge-entities', { rows: [entity({ kind: 'UNIVERSITY', label: 'Organisation', staleLabels: ['Company'] })] }));
      const moved = await expectInStep(run);
      expect([moved.kinds.EV_STARTUP, moved.kinds.UNIVERSITY]).toEqual([before.kinds.EV_STARTUP, (before.kinds.UNIVERSITY ?? 0) + 1]);
      await run(statement('revisions/stamp-entities', { rows: [stamp('tally-test-entity', true)] }));
      expect(await expectInStep(run)).toEqual(before);
    });
  });

  it('counts from scratch exactly what the writers kept', async () => {
    await rolledBack(async (run) => {
      const before = await kept(run);
      await run(statement('tally/clear', {}));
      expect((await kept(run)).dated).toBe(0);
      await run(statement('tally/count-kinds', {}));
      await run(statement('tally/count-link-dates', { types: Object.keys(RELATION_TYPES) }));
      expect(await kept(run)).toEqual(before);
    });
  });

  it('gives evidence written before sourceId existed the id of the source it cites, and leaves the rest', async () => {
    await rolledBack(async (run) => {
      const [picked] = await run(statement('test/unsource-first-evidence', {}));
      expect((await run(statement('test/evidence-source-mismatches', {})))[0]?.n).toBe(1);
      const [batch] = await run(statement('tally/backfill-evidence-sources', { after: '', size: int(1_000_000) }));
      expect(Number(batch?.read)).toBeGreaterThan(0);
      expect(picked?.source).toEqual(expect.any(String));
      expect((await run(statement('test/evidence-source-mismatches', {})))[0]?.n).toBe(0);
    });
  });
});
