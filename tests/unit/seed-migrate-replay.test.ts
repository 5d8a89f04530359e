import { migratedRevisionId, replayRecord, SEED_RECONSTRUCTED, targetOf } from '../../seed/migrate/replay';
import type { LegacyChange } from '../../seed/migrate/replay';
import type { Props } from '../../seed/migrate/records';
import type { EntityRecord, RelationshipRecord } from '../../server/revisions';

const REL = { id: 'rel', type: 'BUILT_BY', from: 'a', to: 'b', status: 'CONFIRMED', importedBy: 'Ada', validFromStart: '2024-01-01' };
const quote = (ord: number, text: string): Props => ({ id: `rel#${ord}`, relId: 'rel', fromId: 'a', source: 'src', quote: text, reportedOn: '2024', stance: 'SUPPORTS', attributionKind: 'ARTICLE', marksEnd: false, ord });
let n = 0;
const change = (runId: string, at: string, editor: string, c: Pick<LegacyChange, 'kind' | 'action' | 'recordId' | 'before' | 'after'>): LegacyChange => ({
  id: `${runId}-${String((n += 1)).padStart(6, '0')}`, runId, at, editor, file: 'f.csv', ...c,
});
const relJson = (fields: Props, evidence: Props[]): Props => ({
  id: 'rel', type: 'BUILT_BY', from: 'a', to: 'b', status: 'CONFIRMED', validFrom: null, validFromBasis: null, validTo: null, validToBasis: null,
  datesNote: null, role: null, note: null, retired: false, ...fields,
  evidence: evidence.map((e) => ({ id: e.id, source: e.source, quote: e.quote, reportedOn: e.reportedOn, stance: e.stance, attributionKind: e.attributionKind, attributionName: null, attributionEntityId: null, marksEnd: e.marksEnd, ord: e.ord })),
  context: [],
});

describe('seed/migrate/replay', () => {
  it('names a quote\'s change by its relationship and an entity\'s by itself', () => {
    expect(targetOf({ kind: 'evidence', recordId: 'rel#3', before: null, after: { relId: 'rel' } })).toEqual({ kind: 'relationship', id: 'rel' });
    expect(targetOf({ kind: 'context', recordId: 'rel~0', before: null, after: null })).toEqual({ kind: 'relationship', id: 'rel' });
    expect(targetOf({ kind: 'entity', recordId: 'nio', before: null, after: null })).toEqual({ kind: 'entity', id: 'nio' });
  });

  it('makes one revision per run of a relationship, its quotes\' changes included, with the whole record before and after', () => {
    const create = [
      change('r1', '2026-01-01T00:00:00Z', 'Ada Lovelace', { kind: 'relationship', action: 'CREATE', recordId: 'rel', before: null, after: REL }),
      change('r1', '2026-01-01T00:00:00Z', 'Ada Lovelace', { kind: 'evidence', action: 'CREATE', recordId: 'rel#0', before: null, after: quote(0, 'First.') }),
      change('r1', '2026-01-01T00:00:00Z', 'Ada Lovelace', { kind: 'evidence', action: 'CREATE', recordId: 'rel#1', before: null, after: quote(1, 'Second.') }),
    ];
    const drop = [
      change('r2', '2026-02-01T00:00:00Z', 'Grace Hopper', { kind: 'evidence', action: 'REMOVE', recordId: 'rel#0', before: quote(0, 'First.'), after: null }),
      change('r2', '2026-02-01T00:00:00Z', 'Grace Hopper', { kind: 'evidence', action: 'UPDATE', recordId: 'rel#0', before: quote(1, 'Second.'), after: quote(0, 'Second.') }),
    ];
    const current = relJson({}, [quote(0, 'Second.')]);
    const revisions = replayRecord('relationship', 'rel', [...drop, ...create], current as unknown as RelationshipRecord, '2026-05-01T00:00:00Z');
    expect(revisions.map((r) => [r.version, r.action, r.author, r.importRunId, r.changeIds.length])).toEqual([
      [1, 'CREATE', { editor: 'Ada Lovelace' }, 'r1', 3],
      [2, 'UPDATE', { editor: 'Grace Hopper' }, 'r2', 2],
    ]);
    expect(revisions[0]?.before).toBeNull();
    expect(revisions[0]?.after).toEqual(relJson({}, [quote(0, 'First.'), quote(1, 'Second.')]));
    expect(revisions[1]?.before).toEqual(revisions[0]?.after);
    expect(revisions[1]?.after).toEqual(current);
    expect(revisions[0]?.id).toBe(migratedRevisionId('2026-01-01T00:00:00Z', 'relationship', 'rel', 'r1'));
    expect(revisions[0]?.id).toMatch(/^20260101T000000\.000Z-[0-9a-f]{6}$/);
  });

  it('starts with a seed CREATE when the first import updated a record the seed had loaded, keeping the quotes no import touched', () => {
    const seeded = relJson({}, [quote(0, 'Seeded.')]);
    const update = [change('r1', '2026-01-01T00:00:00Z', 'Ada', { kind: 'relationship', action: 'UPDATE', recordId: 'rel', before: REL, after: { ...REL, status: 'REPORTED' } })];
    const revisions = replayRecord('relationship', 'rel', update, relJson({ status: 'REPORTED' }, [quote(0, 'Seeded.')]) as unknown as RelationshipRecord, '2026-05-01T00:00:00Z');
    expect(revisions.map((r) => [r.author, r.action, r.at])).toEqual([['seed', 'CREATE', '2025-12-31T23:59:59.999Z'], [{ editor: 'Ada' }, 'UPDATE', '2026-01-01T00:00:00Z']]);
    expect(revisions[0]).toMatchObject({ before: null, after: seeded, reason: SEED_RECONSTRUCTED, changeIds: [] });
    expect(revisions[1]?.before).toEqual(seeded);
  });

  it('adds a seed revision where the seed overwrote an import, so the last revision is what the record holds', () => {
    const entity = { id: 'nio', name: 'NIO', kind: 'EV_STARTUP', country: 'CN', aliases: [], description: null, searchKeys: ['nio'] };
    const changes = [change('r1', '2026-01-01T00:00:00Z', 'Ada', { kind: 'entity', action: 'UPDATE', recordId: 'nio', before: entity, after: { ...entity, description: 'Edited.' } })];
    const now = { ...entity, description: null, retired: false };
    delete (now as Partial<typeof now>).searchKeys;
    const revisions = replayRecord('entity', 'nio', changes, now as unknown as EntityRecord, '2026-05-01T00:00:00Z');
    expect(revisions.map((r) => [r.version, r.author, r.action, r.at])).toEqual([
      [1, 'seed', 'CREATE', '2025-12-31T23:59:59.999Z'],
      [2, { editor: 'Ada' }, 'UPDATE', '2026-01-01T00:00:00Z'],
      [3, 'seed', 'UPDATE', '2026-05-01T00:00:00Z'],
    ]);
    expect(revisions[1]?.after).toMatchObject({ description: 'Edited.' });
    expect(revisions[1]?.after).not.toHaveProperty('searchKeys');
    expect(revisions[2]).toMatchObject({ before: revisions[1]?.after, after: now });
  });
});
