// `npm run intake` (scripts/intake.ts): reads an article against the graph `npm start` uses and
// prints the candidates; writes nothing unless --propose, which stores the cleaned text as a source
// and files every candidate under the --as account, through the API's own services.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { can } from '#vocabulary/roles';
import type { IntakeFormat, IntakeInput, IntakePick } from '#vocabulary/wire/schema';
import { findUserByEmail, normaliseEmail } from '../../server/accounts/users';
import { loadConfig } from '../../server/config';
import type { Db } from '../../server/db';
import { checkIntakeInput, readArticle, storeIntakeSource } from '../../server/editing/intake';
import { picksOf } from '../../server/editing/intake-candidates';
import { problemsOf } from '../../server/editing/intake-picks';
import { proposeFromIntake } from '../../server/editing/intake-proposals';
import type { ProposalRow } from '../../server/editing/types';
import type { Extractor } from '../../server/intake/types';
import { createContext } from '../../server/resolvers/context';
import type { Context, Viewer } from '../../server/resolvers/context';
import { INTAKE_USAGE, parseIntakeArgs } from './intake-args';
import type { IntakeArgs } from './intake-args';
import { intakeJson, intakeLines } from './intake-report';
import { answerUsage } from './run-command';
import { withDb } from './with-db';

const FORMAT_BY_EXTENSION: Record<string, IntakeFormat> = { '.html': 'HTML', '.htm': 'HTML', '.md': 'MARKDOWN', '.markdown': 'MARKDOWN', '.txt': 'TEXT' };

class CliRefusal extends Error {}

/** A pick's field in a problem: its index and the field within it. */
const PICK_FIELD = /^picks\[(\d+)\]\.?(.*)$/;

/** The account --as names, if it may propose. */
async function proposer(db: Db, email: string): Promise<Viewer> {
  const user = await findUserByEmail(db, normaliseEmail(email));
  if (!user) throw new CliRefusal(`No account has the email ${email}; an admin adds one with \`npm run users -- add ${email} --role contributor\`.`);
  if (user.system) throw new CliRefusal(`${email} is a system account; proposals are filed by a person's account.`);
  if (user.disabled) throw new CliRefusal(`The account ${email} is disabled.`);
  if (!can(user.role, 'propose')) throw new CliRefusal(`The account ${email} is a ${user.role}; filing proposals needs a contributor or above.`);
  return { id: user.id, email: user.email, role: user.role };
}

function inputOf(args: IntakeArgs, file: string, text: string): Omit<IntakeInput, 'title' | 'publisher'> & { title: string | null; publisher: string | null } {
  return {
    text, format: args.format ?? FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()] ?? null,
    title: args.title, publisher: args.publisher, author: args.author, url: args.url, publishedOn: args.publishedOn,
    // A date typed on the command line is the one the article states.
    publishedOnBasis: args.publishedOn ? 'STATED' : null,
  };
}

/**
 * Files every candidate; one the rules refuse (each problem names `picks[i]`) is left out with its
 * reason and the rest filed, so one odd sentence does not keep the others from review.
 */
async function fileAll(ctx: Context, viewer: Viewer, sourceId: string, all: readonly IntakePick[], say: (line: string) => void): Promise<ProposalRow[]> {
  let picks = [...all];
  while (picks.length > 0) {
    try {
      return await proposeFromIntake(ctx, viewer, sourceId, picks);
    } catch (err) {
      const problems = (problemsOf(err) ?? []).map((p) => ({ ...p, at: PICK_FIELD.exec(p.field) }));
      if (problems.length === 0 || problems.some((p) => !p.at)) throw err;
      for (const { at, message } of problems) say(`Left out the claim in "${picks[Number(at?.[1])]?.quote ?? ''}": ${at?.[2] || 'the pick'}: ${message}`);
      const refused = new Set(problems.map((p) => Number(p.at?.[1])));
      picks = picks.filter((_, i) => !refused.has(i));
    }
  }
  return [];
}

async function run(db: Db, args: IntakeArgs, file: string, extractor: Extractor): Promise<number> {
  const config = loadConfig();
  const article = inputOf(args, file, readFileSync(file, 'utf8'));
  // --json: stdout carries only the document; what else there is to say goes to stderr.
  const say = (line: string): void => (args.json ? console.error(line) : console.log(line));
  const viewer = args.propose && args.as ? await proposer(db, args.as) : null;
  const ctx = createContext(db, config.limits, { user: viewer, bookmarks: [], newBookmarks: [] });
  const title = article.title ?? path.basename(file, path.extname(file));
  if (viewer) checkIntakeInput({ ...article, title, publisher: article.publisher ?? '' }, config.limits.maxArticleChars);
  // An article without a title is shown (and, with --propose, stored) under the one it gives itself, else its file's name.
  const read = await readArticle(ctx, article, extractor);
  const result = read.source.title === '' ? { ...read, source: { ...read.source, title: read.clean.foundTitle ?? title } } : read;
  if (!viewer) {
    if (args.json) console.log(JSON.stringify(intakeJson(result), null, 2));
    else for (const line of intakeLines(result)) say(line);
    say('Nothing was written; --propose --as EMAIL stores the article and files these as proposals.');
    return 0;
  }
  const input: IntakeInput = { ...article, title: result.source.title, publisher: article.publisher ?? '' };
  const source = await storeIntakeSource(ctx, viewer, input, result);
  const proposals = await fileAll(ctx, viewer, source.id, picksOf(result), say);
  if (args.json) console.log(JSON.stringify(intakeJson(result, { sourceId: source.id, proposals }), null, 2));
  else for (const line of intakeLines(result)) say(line);
  say(`Stored the article as source ${source.id} and filed ${proposals.length} proposal${proposals.length === 1 ? '' : 's'} as ${viewer.email}: ${proposals.map((p) => `${p.id} (${p.kind} ${p.target}, ${p.state})`).join(', ') || 'none'}.`);
  return 0;
}

export async function runIntakeCli(argv: readonly string[], extractor: Extractor): Promise<number> {
  const parsed = parseIntakeArgs(argv);
  if (parsed.command !== 'intake') return answerUsage(parsed, INTAKE_USAGE);
  if (parsed.propose && !parsed.publisher) return answerUsage({ command: 'error', message: '--propose stores the article as a source, which needs --publisher' }, INTAKE_USAGE);
  // npm runs scripts from the package folder; the path is meant relative to where the user typed it.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), parsed.file);
  if (!existsSync(file)) {
    console.error(`No such file: ${parsed.file}`);
    return 2;
  }
  try {
    return await withDb(loadConfig(), (db) => run(db, parsed, file, extractor));
  } catch (err) {
    if (!(err instanceof CliRefusal)) throw err;
    console.error(err.message);
    return 2;
  }
}
