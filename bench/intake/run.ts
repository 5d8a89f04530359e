// `npm run bench -- intake`: how well and how fast the intake extractor reads articles. Runs
// `extract` on the five seed articles (against the seed's entities without their links, then with
// them), on both fixture sets, and times a 2,000-word article; prints tables and writes nothing.
// Needs no Neo4j: every graph is a memory gazetteer. See bench/README.md.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { extract } from '../../server/intake';
import { createMemoryGazetteer } from '../../server/intake/mentions';
import { forgetEnglishDocs } from '../../server/intake/english';
import type { IntakeResult } from '../../server/intake/types';
import { CASE_SETS, fixtureCases, longArticle, seedCases } from './cases';
import { FIXTURE_SETS } from './fixtures';
import type { FixtureSet } from './fixtures';
import type { BenchCase } from './cases';
import { formatArticles, formatByType, formatFields, formatMistakes, formatSummary, formatTiming } from './report';
import type { SetResult } from './report';
import { furnitureLeft, median, scoreArticle, scoreNewEntities, sumScores } from './score';

const USAGE = [
  'Usage: npm run bench -- intake [--verbose] [--runs N] [--set NAME]...',
  '  --verbose   list every miss and wrong candidate, and each article',
  '  --runs N    timed runs of the long article (default 5)',
  `  --set NAME  only these sets (repeatable): seed, ${FIXTURE_SETS.join(', ')}; default all. The timing`,
  '              article is then made of the chosen fixture sets and seed articles only. Extractor',
  '              authors run `--set dev --set seed`: the held-out sets are for the closing figures.',
].join('\n');

async function runCase(c: BenchCase): Promise<{ result: IntakeResult; ms: number }> {
  const started = performance.now();
  const result = await extract(c.article, createMemoryGazetteer(c.entities, c.links));
  return { result, ms: performance.now() - started };
}

async function scoreSet(set: string, cases: readonly BenchCase[]): Promise<SetResult> {
  const articles: SetResult['articles'] = [];
  const entityScores = [];
  const left: string[] = [];
  for (const c of cases) {
    const { result, ms } = await runCase(c);
    articles.push({ name: c.name, ms, score: scoreArticle({ text: result.clean.text, expected: c.expected, acceptable: c.acceptable, candidates: result.claims }) });
    entityScores.push(scoreNewEntities(c.newEntities, result.entities));
    left.push(...furnitureLeft(c.furniture, result.clean.text).map((line) => `${c.name}: ${line}`));
  }
  const entities = entityScores.reduce((a, e) => ({ expected: a.expected + e.expected, found: a.found + e.found, kindRight: a.kindRight + e.kindRight, missing: [...a.missing, ...e.missing] }), { expected: 0, found: 0, kindRight: 0, missing: [] as string[] });
  return { set, score: sumScores(articles.map((a) => a.score)), entities, furnitureLeft: left, articles };
}

async function timing(runs: number, sets: readonly FixtureSet[]): Promise<Parameters<typeof formatTiming>[0]> {
  const long = longArticle(2000, sets);
  const gazetteer = createMemoryGazetteer(long.entities, long.links);
  await extract(long.article, gazetteer); // warm-up: loads jieba's dictionary and compromise's lexicon once
  const totals: number[] = [];
  const stages: Record<string, number[]> = {};
  let sentences = 0;
  for (let i = 0; i < runs; i += 1) {
    forgetEnglishDocs(); // each run reads the article as new: no sentence parsed by the run before
    const started = performance.now();
    const result = await extract(long.article, gazetteer);
    totals.push(performance.now() - started);
    sentences = result.sentences.length;
    for (const [stage, ms] of Object.entries(result.timings)) (stages[stage] ??= []).push(ms);
  }
  return { words: long.words, sentences, runs: totals, parts: long.parts, stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, median(v)])) };
}

export async function runIntakeBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { verbose: { type: 'boolean' }, runs: { type: 'string' }, set: { type: 'string', multiple: true }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs ?? '5');
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number >= 1, got "${values.runs ?? ''}"`);
  const verbose = values.verbose === true;
  const chosen = values.set ?? ['seed', ...FIXTURE_SETS];
  const unknown = chosen.filter((s) => s !== 'seed' && !(FIXTURE_SETS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--set: unknown set ${unknown.map((s) => `"${s}"`).join(', ')}\n${USAGE}`);
  const fixtureSets = FIXTURE_SETS.filter((s) => chosen.includes(s));
  const cases = [...(chosen.includes('seed') ? seedCases() : []), ...fixtureCases(fixtureSets)];
  const results: SetResult[] = [];
  for (const set of CASE_SETS) {
    const these = cases.filter((c) => c.set === set);
    if (these.length) results.push(await scoreSet(set, these));
  }

  console.log('\nIntake: links found with the right ends and type (recall) and candidates that are right (precision)\n');
  console.log(formatSummary(results));
  console.log('\nAmong the matches: status, attribution kind, dates (value and basis), existing, contradicts; new entities proposed\n');
  console.log(formatFields(results));
  for (const r of results) {
    console.log(`\n== ${r.set}: by type\n`);
    console.log(formatByType(r));
    if (verbose) console.log(`\n${formatArticles(r)}`);
    console.log(`\n${formatMistakes(r, verbose)}`);
  }
  console.log('\n== Timing\n');
  console.log(formatTiming(await timing(runs, fixtureSets)));
  // Other work on this machine slows the timing; the load average says how much there was.
  console.log(`load average (1 min) ${os.loadavg()[0]?.toFixed(2) ?? '?'} on ${os.cpus().length} cores`);
  // A quote that is not the exact slice of the stored text breaks the one promise every stage keeps.
  return results.some((r) => r.score.notVerbatim.length > 0) ? 1 : 0;
}
