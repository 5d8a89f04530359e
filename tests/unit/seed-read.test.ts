import { ErrorCode } from '#vocabulary/errors';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { describeJsonError, readDataset } from '../../seed/loader/read';
import { SeedValidationError } from '../../seed/loader/types';
import { validateDataset } from '../../seed/loader/validate';

const fixture = (name: string): string => path.join(REPO_ROOT, 'tests', 'fixtures', name);

function readErrors(dir: string): SeedValidationError {
  try {
    readDataset(dir);
  } catch (err) {
    if (err instanceof SeedValidationError) return err;
    throw err;
  }
  throw new Error(`readDataset(${dir}) did not throw`);
}

describe('seed/loader/read', () => {
  it('reads the three files and attaches each source its article text', () => {
    const ds = readDataset(fixture('seed-small'));
    expect(ds.entities.map((e) => e.id)).toEqual(['acme', 'beta', 'dana-li']);
    expect(ds.relationships.map((r) => r.id)).toEqual(['acme-built-by-beta', 'dana-li-ceo-of-beta']);
    expect(ds.sources[0]?.text).toMatch(/^Acme Motors said on Monday/);
    expect(ds.sources[0]?.textPath).toBe('tests/fixtures/seed-small/sources/article-one.txt');
    expect(validateDataset(ds)).toEqual([]);
  });

  it('names the file, line and column of a JSON syntax error, and every unreadable file at once', () => {
    const err = readErrors(fixture('seed-bad-json'));
    expect(err.errors).toHaveLength(2);
    expect(err.errors[0]).toMatchObject({ file: 'entities.json', index: null });
    expect(err.errors[0]?.message).toMatch(/^invalid JSON at line 3 column 39 \(position \d+\): .+ \(tests\/fixtures\/seed-bad-json\/data\/entities\.json\)$/);
    expect(err.errors[1]).toMatchObject({ file: 'relationships.json', message: expect.stringMatching(/^must hold a JSON array of records/) as unknown });
  });

  it('reports missing data files by path', () => {
    const err = readErrors(fixture('does-not-exist'));
    expect(err.errors.map((e) => e.file)).toEqual(['sources.json', 'entities.json', 'relationships.json']);
    expect(err.errors[0]?.message).toBe('file not found (tests/fixtures/does-not-exist/data/sources.json)');
    expect(err.errors.map((e) => e.code)).toEqual([ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND]);
  });

  it('leaves a missing article text null, and never reads outside sources/', () => {
    const ds = readDataset(fixture('seed-missing-text'));
    expect(ds.sources.map((s) => s.text)).toEqual([null, null]);
    const errors = validateDataset(ds);
    expect(errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NOT_FOUND, file: 'sources.json', index: 0, field: 'file', message: 'text file not found: tests/fixtures/seed-missing-text/sources/lost-article.txt' }),
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, file: 'sources.json', index: 1, field: 'file', message: expect.stringMatching(/must be a file name inside sources\//) as unknown }),
    ]);
  });

  it('turns a JSON.parse position into a line and column', () => {
    const text = '[\n  {"a": 1,}\n]';
    let err: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      err = e;
    }
    expect(describeJsonError(text, err)).toMatch(/^invalid JSON at line 2 column 11 /);
  });
});
