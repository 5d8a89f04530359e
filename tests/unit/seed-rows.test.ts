import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { readDataset } from '../../seed/loader/read';
import { toRows } from '../../seed/loader/rows';

const rows = toRows(readDataset(path.join(REPO_ROOT, 'tests', 'fixtures', 'seed-small')));

describe('seed/loader/rows', () => {
  it('labels an entity with its type and lists the other type labels to remove', () => {
    const acme = rows.entities.find((e) => e.id === 'acme');
    expect(acme).toMatchObject({ label: 'Company', kind: 'EV_STARTUP' });
    expect(acme?.staleLabels).toEqual(['Plant', 'Agency', 'Person', 'Policy', 'Organisation']);
    expect(rows.entities.find((e) => e.id === 'dana-li')?.label).toBe('Person');
  });

  it('derives search keys from the name and every alias, and defaults missing lists and texts', () => {
    const acme = rows.entities.find((e) => e.id === 'acme');
    expect(acme?.searchKeys).toEqual(expect.arrayContaining(['acmemotors', 'acme', '阿克米汽车', '阿克米']));
    expect(rows.entities.find((e) => e.id === 'beta')).toMatchObject({ aliases: [], description: null, searchKeys: ['betaauto', 'beta'] });
  });

  it('turns partial dates into the first and last day they can mean, null when open', () => {
    const built = rows.relationships.find((r) => r.id === 'acme-built-by-beta');
    expect(built).toMatchObject({ validFrom: '2020-05', validFromStart: '2020-05-01', validTo: null, validToEnd: null, role: null, note: null });
  });

  it('numbers evidence per relationship and defaults reportedOn to the source date and stance to SUPPORTS', () => {
    expect(rows.evidence.map((e) => [e.id, e.reportedOn, e.stance, e.ord])).toEqual([
      ['acme-built-by-beta#0', '2020-05-04', 'SUPPORTS', 0],
      ['dana-li-ceo-of-beta#0', '2020-05', 'SUPPORTS', 0],
    ]);
    expect(rows.evidence[0]).toMatchObject({ relId: 'acme-built-by-beta', fromId: 'acme', source: 'article-one' });
    expect(rows.evidenceCounts).toEqual([{ relId: 'acme-built-by-beta', count: 1 }, { relId: 'dana-li-ceo-of-beta', count: 1 }]);
  });
});
