import type { ExportRelationship } from '../../server/export';
import { addCounts, diffById, diffEvidence, noChangeCounts, removedQuotes } from '../../seed/import/changes';
import type { Props } from '../../seed/import/changes';
import { forecastChanges } from '../../seed/import/forecast';
import type { Rows } from '../../seed/loader/rows';

const quote = (ord: number, text: string, extra: Props = {}): Props => ({
  id: `rel#${ord}`, relId: 'rel', fromId: 'a', source: 'src', quote: text, reportedOn: '2024', stance: 'SUPPORTS', ord, ...extra,
});

describe('import changes', () => {
  it('records a create for a new record and an update only when a field people edit differs', () => {
    const before = [{ id: 'a', name: 'A', kind: 'AUTOMAKER', importedAt: '2025-01-01T00:00:00Z' }, { id: 'b', name: 'B', kind: 'BRAND' }];
    const after = [{ id: 'a', name: 'A', kind: 'AUTOMAKER', importedAt: '2026-01-01T00:00:00Z' }, { id: 'b', name: 'Bee', kind: 'BRAND' }, { id: 'c', name: 'C', kind: 'BRAND' }];
    expect(diffById('entity', before, after).map((c) => [c.action, c.recordId])).toEqual([['UPDATE', 'b'], ['CREATE', 'c']]);
  });

  it('records a dropped quote as a remove holding its text when a later quote moves into its place', () => {
    const changes = diffEvidence([quote(0, 'First.'), quote(1, 'Second.')], [quote(0, 'Second.')]);
    expect(changes.map((c) => [c.action, c.recordId])).toEqual([['REMOVE', 'rel#0'], ['UPDATE', 'rel#0']]);
    expect(changes[0]?.before?.quote).toBe('First.');
    expect(changes[1]?.before).toMatchObject({ id: 'rel#1', quote: 'Second.', ord: 1 });
    expect(removedQuotes(changes)).toEqual(new Map([['rel', ['First.']]]));
  });

  it('records an edited quote as the old text removed and the new one created', () => {
    const changes = diffEvidence([quote(0, 'Old wording.')], [quote(0, 'New wording.')]);
    expect(changes.map((c) => [c.action, c.before?.quote ?? null, c.after?.quote ?? null])).toEqual([
      ['REMOVE', 'Old wording.', null],
      ['CREATE', null, 'New wording.'],
    ]);
  });

  it('records an update when only the stance or date of a kept quote changes', () => {
    const changes = diffEvidence([quote(0, 'Same.')], [quote(0, 'Same.', { stance: 'CONTRADICTS' })]);
    expect(changes.map((c) => [c.action, c.recordId])).toEqual([['UPDATE', 'rel#0']]);
  });

  it('keeps each copy of a quote listed twice at its own place', () => {
    const same = [quote(0, 'Twice.'), quote(1, 'Twice.')];
    expect(diffEvidence(same, same)).toEqual([]);
    expect(diffEvidence(same, [quote(0, 'Twice.')]).map((c) => [c.action, c.recordId])).toEqual([['REMOVE', 'rel#1']]);
  });

  it('counts changes by kind and action', () => {
    const counts = addCounts(noChangeCounts(), diffEvidence([quote(0, 'Gone.')], [quote(0, 'New.')]));
    expect(counts.evidence).toEqual({ CREATE: 1, UPDATE: 0, REMOVE: 1 });
    expect(counts.entity).toEqual({ CREATE: 0, UPDATE: 0, REMOVE: 0 });
  });
});

describe('import forecast', () => {
  const storedRel: ExportRelationship = {
    id: 'rel', type: 'BUILT_BY', from: 'a', to: 'b', status: 'CONFIRMED', validFrom: null, validFromBasis: null, validTo: null, validToBasis: null, datesNote: null,
    role: null, note: null, fromName: 'A', toName: 'B',
    evidence: [
      { source: 'src', quote: 'Kept.', reportedOn: '2024', stance: 'SUPPORTS', sourceTitle: 'T', attribution: { kind: 'ARTICLE', name: null, entity: null }, marksEnd: false },
      { source: 'src', quote: 'Dropped.', reportedOn: '2024', stance: 'SUPPORTS', sourceTitle: 'T', attribution: { kind: 'ARTICLE', name: null, entity: null }, marksEnd: false },
    ],
    context: [],
  };

  it('predicts from the stored records what the real run records when a relationship changes and loses a quote', () => {
    const rows: Rows = {
      sources: [], entities: [],
      relationships: [{
        id: 'rel', type: 'BUILT_BY', from: 'a', to: 'b', status: 'REPORTED', validFrom: null, validFromBasis: null, validTo: null, validToBasis: null, datesNote: null,
        validFromStart: null, validToEnd: null, role: null, note: null,
      }],
      evidence: [{
        id: 'rel#0', relId: 'rel', fromId: 'a', source: 'src', quote: 'Kept.', reportedOn: '2024', stance: 'SUPPORTS', ord: 0,
        attributionKind: 'ARTICLE', attributionName: null, attributionEntityId: null, marksEnd: false,
      }],
      evidenceCounts: [{ relId: 'rel', count: 1 }],
      context: [], contextCounts: [{ relId: 'rel', count: 0 }],
    };
    const changes = forecastChanges(rows, { sources: new Map(), entities: new Map(), relationships: new Map([['rel', storedRel]]) });
    expect(changes.map((c) => [c.kind, c.action, c.recordId])).toEqual([['relationship', 'UPDATE', 'rel'], ['evidence', 'REMOVE', 'rel#1']]);
    expect(changes[1]?.before).toMatchObject({ quote: 'Dropped.', source: 'src' });
  });
});
