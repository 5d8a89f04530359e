// The settings Linkage reads: the real environment over the repository's .env file. Node parses the
// file (util.parseEnv, the parser behind `node --env-file`); we only choose which file and the order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export type Settings = Readonly<Record<string, string | undefined>>;

export interface ConfigOptions {
  /**
   * Read the .env file at all; tests pass false so that a developer's .env never changes their answers.
   * Default: true, unless the environment says LINKAGE_DOTENV=0 (how tests run a command as a child process).
   */
  dotenv?: boolean;
  /** Which .env file to read; default `.env` in the repository root. A missing file is the same as an empty one. */
  dotenvPath?: string;
}

export const DEFAULT_DOTENV_PATH = path.join(REPO_ROOT, '.env');

function readDotEnv(file: string): Settings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`Cannot read the settings file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseEnv(text);
}

/** The merged settings: a variable set in the environment wins over the same one in the .env file. */
export function readSettings(env: Settings = process.env, { dotenv, dotenvPath = DEFAULT_DOTENV_PATH }: ConfigOptions = {}): Settings {
  const useFile = dotenv ?? env.LINKAGE_DOTENV?.trim() !== '0';
  return useFile ? { ...readDotEnv(dotenvPath), ...env } : { ...env };
}
