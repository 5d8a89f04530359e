// The curated seed itself: it must validate, and every quote must be in its article.
import { DEFAULT_SEED_DIR, readDataset } from '../../seed/loader/read';
import { formatSeedError } from '../../seed/loader/types';
import { collapseWhiteSpace, validateDataset } from '../../seed/loader/validate';

const dataset = readDataset(DEFAULT_SEED_DIR);

describe('seed/data (the real seed)', () => {
  it('passes validation with no errors', () => {
    expect(validateDataset(dataset).map(formatSeedError)).toEqual([]);
  });

  it('has every quote verbatim (modulo runs of white space) in the article it cites', () => {
    const texts = new Map(dataset.sources.map((s) => [s.id, collapseWhiteSpace(s.text ?? '')]));
    const missing = dataset.relationships.flatMap((r) =>
      r.evidence.filter((ev) => !(texts.get(ev.source) ?? '').includes(collapseWhiteSpace(ev.quote))).map((ev) => `${r.id}: ${ev.quote}`),
    );
    expect(dataset.relationships.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
