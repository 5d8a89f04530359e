// What the intake benchmark runs: each fixture article against its own graph, and each seed
// article against the seed's entities, once with none of its links (recall) and once with all of
// them (are the candidates marked as evidence for the links the graph holds?).
import { readDataset } from '../../seed/loader';
import type { ArticleInput, KnownEntity, KnownLink } from '../../server/intake/types';
import { fixtureLinks, fixtureNewEntities, knownEntities, knownLinks, seedLinks } from './expectations';
import { FIXTURE_SETS, readFixtures } from './fixtures';
import type { AcceptableLink, ExpectedLink } from './score';

export const CASE_SETS = ['seed (no links)', 'seed (with links)', ...FIXTURE_SETS] as const;
export type CaseSet = (typeof CASE_SETS)[number];

export interface BenchCase {
  set: CaseSet;
  name: string;
  article: ArticleInput;
  entities: KnownEntity[];
  links: KnownLink[];
  expected: ExpectedLink[];
  acceptable: AcceptableLink[];
  newEntities: { names: string[]; kind: string }[];
  furniture: string[];
}

export function fixtureCases(): BenchCase[] {
  return FIXTURE_SETS.flatMap((set) =>
    readFixtures(set).map((f) => {
      if (f.article === null) throw new Error(`${set}/${f.name}: the article file ${f.expected.article.file} is missing`);
      const { file: _file, ...meta } = f.expected.article;
      return {
        set, name: f.name, article: { raw: f.article, ...meta },
        entities: f.expected.graph.entities, links: f.expected.graph.links,
        expected: fixtureLinks(f.expected), acceptable: [], newEntities: fixtureNewEntities(f.expected), furniture: f.expected.furniture,
      };
    }));
}

export function seedCases(): BenchCase[] {
  const seed = readDataset();
  const entities = knownEntities(seed.entities);
  const links = knownLinks(seed.relationships);
  return [false, true].flatMap((withLinks) =>
    seed.sources.map((s) => {
      if (s.text === null) throw new Error(`seed source ${s.id}: its text ${s.textPath} is missing`);
      const { expected, acceptable } = seedLinks(s, seed.relationships, withLinks);
      const article: ArticleInput = {
        raw: s.text, format: 'text', title: s.title,
        ...(s.publisher ? { publisher: s.publisher } : {}), ...(s.author ? { author: s.author } : {}),
        ...(s.url ? { url: s.url } : {}), ...(s.publishedOn ? { publishedOn: s.publishedOn } : {}),
      };
      return {
        set: withLinks ? 'seed (with links)' : 'seed (no links)', name: s.id, article, entities, links: withLinks ? links : [],
        expected, acceptable, newEntities: [], furniture: [],
      } satisfies BenchCase;
    }));
}

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu) ?? []).length;

// The timing article is built from the first two sets only, so that adding a fixture set (held-out-2)
// does not change the article the timing figures are measured on.
const TIMING_SETS: readonly CaseSet[] = ['dev', 'held-out'];

/**
 * A long English article for the timing: the English plain-text and Markdown fixtures of dev and
 * held-out joined, then seed articles until it has at least `minWords` words; read against all
 * their graphs at once.
 */
export function longArticle(minWords = 2000): { article: ArticleInput; words: number; entities: KnownEntity[]; links: KnownLink[]; parts: string[] } {
  const parts: { name: string; text: string; entities: KnownEntity[]; links: KnownLink[] }[] = [];
  for (const c of fixtureCases().filter((f) => TIMING_SETS.includes(f.set))) {
    if (c.article.format !== 'html' && !/\p{Script=Han}{10}/u.test(c.article.raw)) parts.push({ name: `${c.set}/${c.name}`, text: c.article.raw, entities: c.entities, links: c.links });
  }
  const seeds = seedCases().filter((c) => c.set === 'seed (no links)');
  let words = parts.reduce((n, p) => n + wordCount(p.text), 0);
  for (const s of seeds) {
    if (words >= minWords) break;
    parts.push({ name: `seed/${s.name}`, text: s.article.raw, entities: s.entities, links: [] });
    words += wordCount(s.article.raw);
  }
  const entities = new Map<string, KnownEntity>();
  for (const p of parts) for (const e of p.entities) if (!entities.has(e.id)) entities.set(e.id, e);
  const raw = parts.map((p) => p.text.trim()).join('\n\n');
  return {
    article: { raw, format: 'text', title: 'Intake timing article', publishedOn: '2024-09-03' },
    words: wordCount(raw), entities: [...entities.values()], links: parts.flatMap((p) => p.links), parts: parts.map((p) => p.name),
  };
}
