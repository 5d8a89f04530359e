// Who an import's changes are attributed to: --editor NAME, else LINKAGE_EDITOR, else git's
// user.name, else the operating system's user name. An explicitly empty name is refused rather
// than falling through, because it is a mistake, and an unattributed change is what the audit
// trail exists to prevent.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export class EditorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditorError';
  }
}

export interface EditorSources {
  /** The --editor value; null when not given. */
  flag: string | null;
  /** LINKAGE_EDITOR; undefined when not set. */
  env: string | undefined;
  gitUserName: () => string | null;
  osUserName: () => string | null;
}

export function resolveEditor(src: EditorSources): string {
  if (src.flag !== null) {
    const name = src.flag.trim();
    if (name === '') throw new EditorError('--editor needs a name (who is importing, e.g. --editor "Ada Lovelace"); an import is never recorded without one.');
    return name;
  }
  if (src.env !== undefined) {
    const name = src.env.trim();
    if (name === '') throw new EditorError('LINKAGE_EDITOR is set but empty; set it to your name, unset it, or give --editor NAME.');
    return name;
  }
  for (const guess of [src.gitUserName, src.osUserName]) {
    const name = guess()?.trim();
    if (name) return name;
  }
  throw new EditorError('Cannot tell who is importing: give --editor NAME, or set LINKAGE_EDITOR or git config user.name.');
}

export function gitUserName(): string | null {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim() || null;
  } catch {
    // git missing, or user.name unset (git exits 1): try the next source.
    return null;
  }
}

export function osUserName(): string | null {
  try {
    return os.userInfo().username || null;
  } catch {
    // A uid without a passwd entry (some containers) makes userInfo throw.
    return process.env.USER ?? process.env.USERNAME ?? null;
  }
}

/** The editor from --editor (null: not given), then LINKAGE_EDITOR as configured (server/config's `importEditor`). */
export const editorFrom = (flag: string | null, configured?: string): string =>
  resolveEditor({ flag, env: configured, gitUserName, osUserName });
