import { describeDiff, formatHistory } from '../../seed/import/history';
import type { HistoryEntry } from '../../seed/import/history';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'run-000001', runId: 'run', at: '2026-05-06T07:08:09Z', editor: 'Ada', file: 'rels.csv',
  action: 'UPDATE', kind: 'relationship', recordId: 'rel', before: null, after: null, ...over,
});

describe('import history', () => {
  it('shows only the fields that changed, not stamps or derived fields', () => {
    const before = { id: 'rel', status: 'CONFIRMED', note: null, importedBy: 'Bob', validFromStart: '2024-01-01' };
    const after = { id: 'rel', status: 'REPORTED', note: 'Per Cailian.', importedBy: 'Ada', validFromStart: '2023-01-01' };
    expect(describeDiff('relationship', before, after)).toEqual(['status: "CONFIRMED" → "REPORTED"', 'note: null → "Per Cailian."']);
  });

  it('names the quote when a kept quote only moves', () => {
    expect(describeDiff('evidence', { quote: 'Kept.', ord: 1 }, { quote: 'Kept.', ord: 0 })).toEqual(['quote (unchanged): "Kept."', 'ord: 1 → 0']);
  });

  it('shows a removed quote whole, and clips other long values', () => {
    const long = 'x'.repeat(300);
    const lines = describeDiff('evidence', { id: 'rel#1', source: 'src', quote: long, ord: 1 }, null);
    expect(lines).toEqual(['- source: "src"', `- quote: "${long}"`, '- ord: 1']);
    expect(describeDiff('source', null, { id: 's', text: long })[0]).toMatch(/^\+ text: "x+…$/);
  });

  it('lists entries with when, who, file and action, naming a quote under its relationship', () => {
    const lines = formatHistory('rel', [
      entry({ action: 'REMOVE', kind: 'evidence', recordId: 'rel#1', before: { quote: 'Gone.', source: 'src' } }),
      entry({ action: 'CREATE', before: null, after: { status: 'CONFIRMED' }, at: '2026-01-01T00:00:00Z', editor: 'Bob' }),
    ]);
    expect(lines).toEqual([
      'History of rel: 2 changes, newest first.',
      '',
      '2026-05-06T07:08:09Z  REMOVE evidence rel#1  by Ada, from rels.csv (run run)',
      '    - source: "src"',
      '    - quote: "Gone."',
      '',
      '2026-01-01T00:00:00Z  CREATE relationship  by Bob, from rels.csv (run run)',
      '    + status: "CONFIRMED"',
    ]);
  });

  it('says so when a record has no recorded changes', () => {
    expect(formatHistory('nio', [])).toEqual([expect.stringContaining('No recorded changes for nio')]);
  });
});
