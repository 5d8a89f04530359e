// `npm run intake` arguments, read by Node's own util.parseArgs (docs/intake.md).
import { parseArgs } from 'node:util';
import type { IntakeFormat } from '#vocabulary/wire/schema';
import type { UsageAnswer } from './run-command';

export const INTAKE_USAGE = `Usage: npm run intake -- FILE [--title T] [--publisher P] [--author A] [--url U] [--published-on DATE]
                         [--format text|markdown|html] [--json] [--propose --as EMAIL]
Reads an article (plain text, Markdown or saved HTML) and prints the claims it finds, each with its sentence.
Writes nothing unless --propose: then the cleaned text is stored as a source and every candidate filed as a
proposal by the account --as names (an editor's are applied at once). --json prints one JSON document.`;

export interface IntakeArgs {
  command: 'intake';
  file: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedOn: string | null;
  format: IntakeFormat | null;
  json: boolean;
  propose: boolean;
  as: string | null;
}

const FORMATS: Record<string, IntakeFormat> = { text: 'TEXT', markdown: 'MARKDOWN', html: 'HTML' };

export function parseIntakeArgs(argv: readonly string[]): IntakeArgs | UsageAnswer {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        title: { type: 'string' }, publisher: { type: 'string' }, author: { type: 'string' }, url: { type: 'string' },
        'published-on': { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' },
        propose: { type: 'boolean' }, as: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return { command: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (positionals.length !== 1) return { command: 'error', message: positionals.length === 0 ? 'No file given' : `One file at a time (got ${positionals.length})` };
  const format = values.format === undefined ? null : FORMATS[values.format.toLowerCase()];
  if (format === undefined) return { command: 'error', message: `--format must be text, markdown or html (got ${values.format})` };
  if (values.as !== undefined && !values.propose) return { command: 'error', message: '--as names who files the proposals: it goes with --propose' };
  if (values.propose && (values.as === undefined || values.as.trim() === '')) return { command: 'error', message: '--propose needs --as EMAIL (the account the proposals are filed under)' };
  return {
    command: 'intake', file: positionals[0] ?? '', title: values.title ?? null, publisher: values.publisher ?? null, author: values.author ?? null,
    url: values.url ?? null, publishedOn: values['published-on'] ?? null, format, json: values.json === true, propose: values.propose === true, as: values.as ?? null,
  };
}
