import { ErrorCode } from '../../server/errors';
import { translateFilter } from '../../server/translate/filter';
import { decodeCursor, encodeCursor } from '../../server/translate/cursor';
import { idList, intInRange } from '../../server/translate/args';
import { schemaShape } from '../../server/schema';
import { withSchemaDefaults } from '../../server/schema/defaults';

const codeAndArgument = (fn: () => unknown): { code: unknown; argument: unknown } => {
  try {
    fn();
  } catch (err) {
    const ext = (err as { extensions: Record<string, unknown> }).extensions;
    return { code: ext.code, argument: ext.argument };
  }
  throw new Error('expected an error');
};

describe('translateFilter', () => {
  it('turns a missing filter into params that filter nothing', () => {
    expect(translateFilter(undefined)).toEqual({ types: null, statuses: null, kinds: null, asOf: null, from: null, to: null, exempt: [] });
  });

  it('keeps lists without duplicates and carries the exempt ids', () => {
    const f = translateFilter({ types: ['BUILT_BY', 'BUILT_BY', 'ACQUIRED'], statuses: ['ENDED'], kinds: ['AGENCY'] }, ['nio']);
    expect(f).toMatchObject({ types: ['BUILT_BY', 'ACQUIRED'], statuses: ['ENDED'], kinds: ['AGENCY'], exempt: ['nio'] });
  });

  it('widens a partial between range to whole months and years', () => {
    expect(translateFilter({ between: { from: '2019', to: '2023-02' } })).toMatchObject({ from: '2019-01-01', to: '2023-02-28' });
  });

  it('rejects an asOf that is not a full date, naming filter.asOf', () => {
    for (const asOf of ['2020', '2020-06', '2020-13-01', '2021-02-29', 'June 2020']) {
      expect(codeAndArgument(() => translateFilter({ asOf }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'filter.asOf' });
    }
  });

  it('rejects a between range that ends before it starts', () => {
    expect(codeAndArgument(() => translateFilter({ between: { from: '2024', to: '2023' } }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'filter.between' });
  });

  it('rejects a malformed between end and an empty list', () => {
    expect(codeAndArgument(() => translateFilter({ between: { to: '23-12' } }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'filter.between.to' });
    expect(codeAndArgument(() => translateFilter({ types: [] }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'filter.types' });
  });
});

describe('cursor', () => {
  it('round-trips the keys of a position, including awkward characters', () => {
    const keys = ['nio', 'a "quoted", ü 蔚来 id'];
    expect(decodeCursor(encodeCursor(keys), 2)).toEqual(keys);
  });

  it('is null when there is no cursor', () => {
    expect(decodeCursor(undefined, 1)).toBeNull();
    expect(decodeCursor(null, 1)).toBeNull();
  });

  it('rejects garbage and cursors of another list, naming after', () => {
    expect(codeAndArgument(() => decodeCursor('garbage', 1))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'after' });
    expect(codeAndArgument(() => decodeCursor(encodeCursor(['a', 'b']), 1))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'after' });
    expect(codeAndArgument(() => decodeCursor(Buffer.from('rel:{"x":1}').toString('base64url'), 1))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'after' });
  });
});

describe('argument checks', () => {
  it('uses the default when the argument is absent and accepts both ends of the range', () => {
    // The default is the schema's: resolvers receive arguments with it applied (server/schema/defaults.ts).
    const relationshipsField = schemaShape().getQueryType()?.getFields().relationships;
    const absent: { first?: number | null } = {};
    expect(intInRange('first', withSchemaDefaults(relationshipsField, absent).first, { min: 1, max: 1000 })).toBe(100);
    expect(intInRange('first', withSchemaDefaults(relationshipsField, { first: null }).first, { min: 1, max: 1000 })).toBe(100);
    expect(intInRange('first', 1, { min: 1, max: 1000 })).toBe(1);
    expect(intInRange('first', 1000, { min: 1, max: 1000 })).toBe(1000);
  });

  it('says the argument and the allowed range when outside it', () => {
    expect(() => intInRange('maxHops', 7, { min: 1, max: 6 })).toThrow('"maxHops" must be between 1 and 6 (got 7)');
    expect(() => intInRange('first', 0, { min: 1, max: 1000 })).toThrow('"first" must be between 1 and 1000 (got 0)');
  });

  it('deduplicates id lists and refuses empty, blank or too long ones', () => {
    expect(idList('ids', ['nio', 'nio', 'jac'], 10)).toEqual(['nio', 'jac']);
    expect(codeAndArgument(() => idList('ids', [], 10))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'ids' });
    expect(codeAndArgument(() => idList('ids', [' '], 10))).toEqual({ code: ErrorCode.BAD_USER_INPUT, argument: 'ids' });
    expect(() => idList('ids', ['a', 'b', 'c'], 2)).toThrow('between 1 and 2 ids (got 3)');
  });
});
