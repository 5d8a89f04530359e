import { newRevisionId } from '../../server/revisions';

describe('revisions newRevisionId', () => {
  it('keeps the ids of one load apart when every record shares the load\'s time', () => {
    // A seed load or an import stamps all of its records with one time; 300,000 is an M-sized load,
    // where a tail of 3 random bytes repeated about 2,700 times.
    const at = new Date('2026-12-01T22:15:00.123Z');
    const ids = new Set<string>();
    for (let i = 0; i < 300_000; i += 1) ids.add(newRevisionId(at));
    expect(ids.size).toBe(300_000);
  });

  it('sorts by time first', () => {
    const earlier = newRevisionId(new Date('2026-12-01T22:15:00.123Z'));
    const later = newRevisionId(new Date('2026-12-01T22:15:00.124Z'));
    expect(earlier.localeCompare(later)).toBe(-1);
    expect(earlier).toMatch(/^20261201T221500\.123Z-[0-9a-f]{16}$/);
  });
});
