// Multi-statement files (constraints and indexes: one command per line, each ending in ";"): split
// into statements that run one at a time, since schema commands cannot share a transaction with data.
import { codeOf } from './header';

/** The statements of a multi-statement file's text, comment lines dropped. */
export function splitStatements(text: string): string[] {
  return codeOf(text).split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
}
