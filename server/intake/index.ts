// Article intake (docs/intake.md): an article in, claim candidates out, each with the sentence
// behind it. The rule extractor composes the stages; a stronger one (a local model) would implement
// the same `Extractor` and may reuse any stage.
import { cleanArticle } from './clean';
import { findClaims } from './claims';
import { findDates } from './dates';
import { findMentions } from './mentions';
import { splitSentences } from './sentences';
import type { ArticleInput, DateMention, Extractor, Gazetteer, IntakeProgress, IntakeResult } from './types';

export * from './types';
export { cleanArticle } from './clean';
export { splitSentences } from './sentences';
export { findDates } from './dates';
export { createMemoryGazetteer, findMentions } from './mentions';
export { findClaims, type ClaimsInput } from './claims';

const STAGES = ['clean', 'sentences', 'dates', 'mentions', 'links', 'claims'] as const;

/** Runs every stage in turn, timing each; `progress` hears of each stage as it starts. */
export async function extract(article: ArticleInput, gazetteer: Gazetteer, progress?: IntakeProgress): Promise<IntakeResult> {
  const timings: Record<string, number> = {};
  const step = <T>(stage: (typeof STAGES)[number], run: () => T): T => {
    progress?.(stage, STAGES.indexOf(stage) / STAGES.length);
    const t = performance.now();
    const out = run();
    timings[stage] = Math.round((performance.now() - t) * 10) / 10;
    return out;
  };
  const stepAsync = async <T>(stage: (typeof STAGES)[number], run: () => Promise<T>): Promise<T> => {
    progress?.(stage, STAGES.indexOf(stage) / STAGES.length);
    const t = performance.now();
    const out = await run();
    timings[stage] = Math.round((performance.now() - t) * 10) / 10;
    return out;
  };

  const clean = step('clean', () => cleanArticle(article));
  const sentences = step('sentences', () => splitSentences(clean));
  const datesBySentence = step('dates', () => new Map<number, DateMention[]>(sentences.map((s) => [s.index, findDates(s, article.publishedOn)])));
  const { entities, mentions } = await stepAsync('mentions', () => findMentions(clean.text, sentences, gazetteer));
  const ids = [...new Set(entities.flatMap((e) => (e.entityId ? [e.entityId] : [])))];
  const links = await stepAsync('links', () => (ids.length >= 2 ? gazetteer.linksAmong(ids) : Promise.resolve([])));
  const claims = step('claims', () => findClaims({
    text: clean.text, sentences, mentions, entities, datesBySentence, links, publisher: article.publisher, publishedOn: article.publishedOn,
  }));
  progress?.('done', 1);
  timings.total = Math.round(Object.values(timings).reduce((a, b) => a + b, 0) * 10) / 10;
  return {
    source: { title: article.title ?? clean.foundTitle ?? '', ...(article.publishedOn ? { publishedOn: article.publishedOn } : {}), sentences: sentences.length },
    clean, sentences, entities, mentions, claims, timings,
  };
}

/** The rule-based extractor: compromise, jieba and the hand-written cue table (docs/intake.md). */
export const ruleExtractor: Extractor = { extract };
