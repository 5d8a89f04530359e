// Reads the test articles of tests/fixtures/intake/{dev,held-out,held-out-2}: each NAME.expected.json
// with the article it names. The held-out sets are read only here, by the scorer, never by an
// extractor's tests. held-out-2 was written later by authors who never saw the extractor's rules.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import type { FixtureExpectation } from './fixture-format';

export const FIXTURE_ROOT = path.join(REPO_ROOT, 'tests', 'fixtures', 'intake');
export const FIXTURE_SETS = ['dev', 'held-out', 'held-out-2'] as const;
export type FixtureSet = (typeof FIXTURE_SETS)[number];

export interface Fixture {
  set: FixtureSet;
  name: string;
  /** The expectation as parsed (checked by checkFixture before anyone trusts it). */
  raw: unknown;
  expected: FixtureExpectation;
  /** The article's raw text, or null when the file it names is missing. */
  article: string | null;
}

export function readFixtures(set: FixtureSet, root: string = FIXTURE_ROOT): Fixture[] {
  const dir = path.join(root, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const expected = raw as FixtureExpectation;
      const articleFile = typeof expected.article?.file === 'string' ? path.join(dir, path.basename(expected.article.file)) : '';
      const article = articleFile && existsSync(articleFile) ? readFileSync(articleFile, 'utf8') : null;
      return { set, name: file.replace(/\.expected\.json$/, ''), raw, expected, article };
    });
}
