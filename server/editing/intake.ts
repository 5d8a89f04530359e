// Intake of an article (docs/intake.md): the article is checked like a source (each problem naming
// its `input.…` field), read by the extractor against the graph, and its CLEANED text stored as a
// source with a CREATE revision by the viewer (storeSource, addSource's own path), so every
// candidate's quote and offsets are verbatim in what is stored. Nothing is proposed here:
// proposeFromIntake (intake-proposals.ts) files what the user picks.
import type { ArticleFormat, Extractor, IntakeResult } from '../intake/types';
import type { IntakeFormat, IntakeInput, SourceInput } from '#vocabulary/wire/schema';
import { badInput } from '../errors';
import { createGraphGazetteer } from '../intake/graph';
import type { Context, Viewer } from '../resolvers/context';
import type { SourceRow } from '../services/types';
import { assertNoProblems } from './locate';
import { sourceInputProblems, storeSource } from './sources';

const FORMATS: Record<IntakeFormat, ArticleFormat> = { TEXT: 'text', MARKDOWN: 'markdown', HTML: 'html' };

/** What intake answers: the stored source and what the extractor read in it. */
export interface IntakeAnswer { source: SourceRow; result: IntakeResult }

const orUndefined = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

/** The source a stored intake makes: the input's metadata with the cleaned text. */
export const intakeSourceInput = (input: IntakeInput, text: string): SourceInput => ({
  title: input.title, publisher: input.publisher, author: input.author, url: input.url,
  publishedOn: input.publishedOn, publishedOnBasis: input.publishedOnBasis, publishedOnNote: input.publishedOnNote, text,
});

/** Refuses an article over the size limit or with a bad title, date or url, before any work. */
export function checkIntakeInput(input: IntakeInput, maxChars: number): void {
  if (input.text.length > maxChars) {
    throw badInput('input.text', `the article may be at most ${maxChars.toLocaleString('en')} characters long (got ${input.text.length.toLocaleString('en')}); split it`);
  }
  if (input.text.trim() === '') throw badInput('input.text', 'the article is empty');
  assertNoProblems(sourceInputProblems('intake-check', intakeSourceInput(input, input.text)));
}

/** An article to read: the input, whose title and publisher only a stored intake needs. */
export type ArticleFields = Omit<IntakeInput, 'title' | 'publisher'> & { title?: string | null; publisher?: string | null };

/** Reads the article against the graph; stores nothing (the CLI's default, and the first half of intake). */
export function readArticle(ctx: Pick<Context, 'db'>, input: ArticleFields, extractor: Extractor): Promise<IntakeResult> {
  return extractor.extract({
    raw: input.text, format: input.format ? FORMATS[input.format] : undefined, title: orUndefined(input.title), publisher: orUndefined(input.publisher),
    author: orUndefined(input.author), url: orUndefined(input.url), publishedOn: orUndefined(input.publishedOn),
  }, createGraphGazetteer(ctx.db));
}

/** Stores what `result` read of the article: its cleaned text, as a source by the viewer. */
export async function storeIntakeSource(ctx: Context, viewer: Viewer, input: IntakeInput, result: IntakeResult): Promise<SourceRow> {
  if (result.clean.text.trim() === '') throw badInput('input.text', 'nothing is left of the article once page furniture is removed');
  return storeSource(ctx, viewer, intakeSourceInput(input, result.clean.text));
}

export async function intakeArticle(ctx: Context, viewer: Viewer, input: IntakeInput, extractor: Extractor): Promise<IntakeAnswer> {
  checkIntakeInput(input, ctx.limits.maxArticleChars);
  const result = await readArticle(ctx, input, extractor);
  return { source: await storeIntakeSource(ctx, viewer, input, result), result };
}
