import { parseExportFilter } from '../../server/export/filter';

const parse = (query: string) => parseExportFilter(new URLSearchParams(query));
const refusal = (query: string) => {
  const result = parse(query);
  if (result.ok) throw new Error(`expected ${query} to be refused`);
  return { message: result.error.message, extensions: result.error.extensions };
};

describe('export filter', () => {
  it.each([
    ['types=', 'types', '"types" names no relation type; leave it out to keep every value'],
    ['types=,,,', 'types', '"types" names no relation type; leave it out to keep every value'],
    ['statuses=%20', 'statuses', '"statuses" names no status; leave it out to keep every value'],
    ['kinds=,', 'kinds', '"kinds" names no entity kind; leave it out to keep every value'],
    ['asOf=', 'asOf', '"asOf" is empty; leave it out to keep every value'],
    ['from=%20', 'from', '"from" is empty; leave it out to keep every value'],
  ])('refuses ?%s, which names nothing, instead of exporting the whole graph', (query, argument, message) => {
    expect(refusal(query)).toEqual({ message, extensions: { code: 'BAD_USER_INPUT', argument } });
  });

  it('keeps every link when a parameter is left out, and reads lists given once or repeated', () => {
    expect(parse('')).toEqual({ ok: true, filter: { types: null, statuses: null, kinds: null, asOf: null, from: null, to: null } });
    const both = parse('types=BUILT_BY,ACQUIRED&types=BUILT_BY');
    expect(both.ok && both.filter.types).toEqual(['BUILT_BY', 'ACQUIRED']);
  });
});
