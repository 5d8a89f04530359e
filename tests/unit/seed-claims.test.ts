// The claim rules (seed/loader/claims.ts, docs/data-model.md "Loader rules"): each rejection is
// checked for its code, file, record, id and field, on a small data set that passes them all.
import { ErrorCode } from '#vocabulary/errors';
import { namesEntity } from '../../seed/loader/claims';
import type { Dataset, SeedError, SeedEvidence } from '../../seed/loader/types';
import { validateDataset } from '../../seed/loader/validate';

const ARTICLE = [
  'NIO Inc. builds its cars with JAC Motors.',
  'Bloomberg reported that Nio is in talks with Xiaomi.',
  'Traditional carmakers have already been acting as OEMs for new energy vehicle startups.',
  '蔚来汽车与江淮合作。',
  'Details remain undisclosed.',
  'A BAIC Group source said it had "not heard of it."',
  'The partnership with JAC ended in 2023, NIO said.',
].join('\n\n');

const article = (quote: string, more: Partial<SeedEvidence> = {}): SeedEvidence => ({ source: 'src', quote, attribution: { kind: 'ARTICLE' }, ...more });

function dataset(): Dataset {
  return {
    dir: 'memory',
    sources: [{
      id: 'src', file: 'src.txt', title: 'T', publisher: 'P', author: null, publishedOn: '2023-12', publishedOnBasis: 'INFERRED',
      publishedOnNote: 'From the address.', url: null, text: ARTICLE, textPath: 'seed/sources/src.txt',
    }],
    entities: [
      { id: 'nio', name: 'NIO', kind: 'EV_STARTUP', aliases: ['蔚来', 'Weilai'] },
      { id: 'jac', name: 'JAC Motors', kind: 'AUTOMAKER', aliases: ['江淮'] },
      { id: 'xiaomi', name: 'Xiaomi', kind: 'TECH_COMPANY' },
      { id: 'bloomberg', name: 'Bloomberg', kind: 'TECH_COMPANY' },
    ],
    relationships: [
      {
        id: 'nio-built-by-jac', type: 'BUILT_BY', from: 'nio', to: 'jac', status: 'CONFIRMED',
        validFrom: '2018', validFromBasis: 'INFERRED', datesNote: 'Worked out from the article.',
        evidence: [
          article('NIO Inc. builds its cars with JAC Motors.'),
          { source: 'src', quote: 'Details remain undisclosed.', stance: 'QUALIFIES', attribution: { kind: 'OUTLET', name: 'Reuters' } },
        ],
        context: [{ source: 'src', quote: 'Traditional carmakers have already been acting as OEMs for new energy vehicle startups.' }],
      },
      {
        id: 'nio-in-talks-with-xiaomi', type: 'IN_TALKS_WITH', from: 'nio', to: 'xiaomi', status: 'REPORTED',
        evidence: [
          { source: 'src', quote: 'Bloomberg reported that Nio is in talks with Xiaomi.', attribution: { kind: 'OUTLET', name: 'Bloomberg', entity: 'bloomberg' } },
          { source: 'src', quote: 'A BAIC Group source said it had "not heard of it."', stance: 'CONTRADICTS', attribution: { kind: 'ANONYMOUS', name: 'a BAIC Group source' } },
        ],
      },
    ],
  };
}

type Rel = Dataset['relationships'][number];

function errorsAfter(change: (ds: Dataset, rels: { built: Rel; talks: Rel }) => void): SeedError[] {
  const ds = dataset();
  const [built, talks] = ds.relationships as [Rel, Rel];
  change(ds, { built, talks });
  return validateDataset(ds);
}

/** The one error, and its location: code, file, record index and id, field. */
function only(errors: SeedError[]): SeedError {
  expect(errors).toHaveLength(1);
  return errors[0] as SeedError;
}

const at = (index: number, id: string, field: string) => ({ code: ErrorCode.BAD_USER_INPUT, file: 'relationships.json', index, id, field });

describe('seed/loader/claims', () => {
  it('accepts a data set that keeps every claim rule', () => {
    expect(validateDataset(dataset())).toEqual([]);
  });

  it('rejects a CONFIRMED link whose only support is OUTLET or ANONYMOUS, at its status', () => {
    const e = only(errorsAfter((_ds, { talks }) => { talks.status = 'CONFIRMED'; }));
    expect(e).toMatchObject(at(1, 'nio-in-talks-with-xiaomi', 'status'));
    expect(e.message).toBe("a CONFIRMED link needs a supporting quote in the article's own voice, a party's or an official record's; its only support is OUTLET — make it REPORTED");
    const anonymous = only(errorsAfter((_ds, { talks }) => {
      talks.status = 'CONFIRMED';
      talks.evidence = [{ ...(talks.evidence[0] as SeedEvidence), attribution: { kind: 'ANONYMOUS', name: 'a person familiar' } }, ...talks.evidence];
    }));
    expect(anonymous.message).toContain('its only support is OUTLET/ANONYMOUS');
  });

  it('accepts a CONFIRMED link once a party or an official record supports it, and ignores qualifying quotes', () => {
    for (const kind of ['PARTY', 'OFFICIAL_RECORD'] as const) {
      expect(errorsAfter((_ds, { talks }) => { talks.status = 'CONFIRMED'; (talks.evidence[0] as SeedEvidence).attribution = { kind }; })).toEqual([]);
    }
    const e = only(errorsAfter((_ds, { built }) => { (built.evidence[0] as SeedEvidence).stance = 'QUALIFIES'; }));
    expect(e).toMatchObject(at(0, 'nio-built-by-jac', 'status'));
    expect(e.message).toContain('it has no supporting quote at all');
  });

  it.each(['INFERRED', 'NOT_BEFORE', 'NOT_AFTER'] as const)('rejects a %s date with no datesNote, at datesNote', (basis) => {
    const e = only(errorsAfter((_ds, { built }) => { built.validFromBasis = basis; built.datesNote = null; }));
    expect(e).toMatchObject(at(0, 'nio-built-by-jac', 'datesNote'));
    expect(e.message).toContain(`validFromBasis is ${basis}`);
    expect(errorsAfter((_ds, { built }) => { built.validFromBasis = 'STATED'; built.datesNote = null; })).toEqual([]);
  });

  it('rejects a source dated by inference or a bound with no publishedOnNote, at publishedOnNote', () => {
    const e = only(errorsAfter((ds) => { (ds.sources[0] as { publishedOnNote: string | null }).publishedOnNote = null; }));
    expect(e).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, file: 'sources.json', index: 0, id: 'src', field: 'publishedOnNote' });
    expect(e.message).toContain('publishedOnBasis is INFERRED');
    expect(errorsAfter((ds) => { Object.assign(ds.sources[0] as object, { publishedOnBasis: 'STATED', publishedOnNote: null }); })).toEqual([]);
  });

  it('rejects a date without its basis and a basis without its date, at the basis', () => {
    const noBasis = only(errorsAfter((_ds, { built }) => { built.validFromBasis = null; }));
    expect(noBasis).toMatchObject(at(0, 'nio-built-by-jac', 'validFromBasis'));
    expect(noBasis.message).toMatch(/^required when validFrom is given/);
    const noDate = only(errorsAfter((_ds, { talks }) => { talks.validToBasis = 'STATED'; }));
    expect(noDate).toMatchObject(at(1, 'nio-in-talks-with-xiaomi', 'validToBasis'));
    expect(noDate.message).toMatch(/^given without validTo/);
  });

  it('rejects a SUPPORTS quote that names neither end, at the quote, and accepts the same sentence as context or as QUALIFIES', () => {
    const generic = 'Traditional carmakers have already been acting as OEMs for new energy vehicle startups.';
    const e = only(errorsAfter((_ds, { built }) => { built.evidence.push(article(generic)); }));
    expect(e).toMatchObject(at(0, 'nio-built-by-jac', 'evidence[2].quote'));
    expect(e.message).toBe('names neither NIO nor JAC Motors (by name or alias); move it to context or quote the sentence that names them');
    expect(errorsAfter((_ds, { built }) => { built.evidence.push(article(generic, { stance: 'QUALIFIES' })); })).toEqual([]);
  });

  it('finds an end named with another case or suffix ("NIO Inc.", "Nio"), by a Chinese alias, or by its name without its suffix', () => {
    const nio = dataset().entities[0];
    const jac = dataset().entities[1];
    if (!nio || !jac) throw new Error('fixture changed');
    expect(namesEntity('NIO Inc. builds its cars with JAC Motors.', nio)).toBe(true);
    expect(namesEntity('Bloomberg reported that Nio is in talks', nio)).toBe(true);
    expect(namesEntity('蔚来汽车与江淮合作。', nio)).toBe(true);
    expect(namesEntity('蔚来汽车与江淮合作。', jac)).toBe(true);
    expect(namesEntity('The partnership with JAC ended', jac)).toBe(true);
    // Whole words only: "nio" inside "union" is not NIO.
    expect(namesEntity('The union said so.', nio)).toBe(false);
    expect(errorsAfter((_ds, { built }) => { built.evidence.push(article('蔚来汽车与江淮合作。')); })).toEqual([]);
  });

  it('rejects an ENDED link with no quote that marks the end, at its status, and accepts it with one', () => {
    const ended = (rel: Rel): void => { Object.assign(rel, { status: 'ENDED', validTo: '2023', validToBasis: 'STATED' }); };
    const e = only(errorsAfter((_ds, { built }) => { ended(built); built.evidence.push(article('The partnership with JAC ended in 2023, NIO said.')); }));
    expect(e).toMatchObject(at(0, 'nio-built-by-jac', 'status'));
    expect(e.message).toMatch(/^an ENDED link needs a quote that states it stopped \(marksEnd: true\)/);
    expect(errorsAfter((_ds, { built }) => { ended(built); built.evidence.push(article('The partnership with JAC ended in 2023, NIO said.', { marksEnd: true })); })).toEqual([]);
  });

  it('rejects a DENIED link without a CONTRADICTS quote, at its status', () => {
    const e = only(errorsAfter((_ds, { built }) => { built.status = 'DENIED'; }));
    expect(e).toMatchObject(at(0, 'nio-built-by-jac', 'status'));
    expect(e.message).toMatch(/^a DENIED link needs the denial itself as a CONTRADICTS quote/);
    expect(errorsAfter((_ds, { talks }) => { talks.status = 'DENIED'; })).toEqual([]);
  });

  it('rejects an attribution naming an entity that does not exist, at attribution.entity', () => {
    const e = only(errorsAfter((_ds, { talks }) => { (talks.evidence[0] as SeedEvidence).attribution = { kind: 'OUTLET', name: 'Bloomberg', entity: 'bloomberg-news' }; }));
    expect(e).toMatchObject(at(1, 'nio-in-talks-with-xiaomi', 'evidence[0].attribution.entity'));
    expect(e.message).toBe('unknown entity id "bloomberg-news" (not in entities.json)');
  });

  it('checks context sentences like quotes: their source exists and the sentence is in its text', () => {
    const e = only(errorsAfter((_ds, { built }) => { built.context = [{ source: 'src', quote: 'A sentence no article has.' }]; }));
    expect(e).toMatchObject(at(0, 'nio-built-by-jac', 'context[0].quote'));
    expect(e.message).toMatch(/^not found verbatim in source src/);
    const unknown = only(errorsAfter((_ds, { built }) => { built.context = [{ source: 'elsewhere', quote: 'Anything.' }]; }));
    expect(unknown).toMatchObject(at(0, 'nio-built-by-jac', 'context[0].source'));
  });

  it('rejects evidence without an attribution or with an unknown kind, at the field (the schema)', () => {
    const missing = only(errorsAfter((_ds, { built }) => { delete (built.evidence[0] as Partial<SeedEvidence>).attribution; }));
    expect(missing).toMatchObject(at(0, 'nio-built-by-jac', 'evidence[0].attribution'));
    expect(missing.message).toMatch(/^required: who asserts the quote/);
    const bad = only(errorsAfter((_ds, { built }) => { (built.evidence[0] as { attribution: { kind: string } }).attribution = { kind: 'BLOG' }; }));
    expect(bad).toMatchObject(at(0, 'nio-built-by-jac', 'evidence[0].attribution.kind'));
    expect(bad.message).toMatch(/"BLOG" is not an attribution kind \(one of ARTICLE, OUTLET, PARTY, OFFICIAL_RECORD, ANONYMOUS\)/);
  });
});
