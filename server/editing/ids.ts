// Ids for what an edit creates, made before the write transaction starts so that a retried
// transaction reuses them (MERGE on the id writes nothing twice). Records follow the seed's
// conventions: slugs ("nio", "nio-built-by-jac"); a slug already taken gets a short random tail.
import { randomBytes } from 'node:crypto';
import type { RelationType } from '#vocabulary';

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Lower-case ASCII letters and digits joined by single hyphens (the seed's Slug); '' when nothing is left. */
export function slugOf(text: string, maxWords = 6): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .split(/[^a-z0-9]+/).filter(Boolean).slice(0, maxWords).join('-');
}

/** "p_" + the time, sortable, + random: proposals list newest first by id. */
export const newProposalId = (at: Date): string => `p_${at.toISOString().replace(/[-:.]/g, '')}-${hex(4)}`;

export const entityIdBase = (name: string): string => slugOf(name) || 'entity';

export const relationshipIdBase = (from: string, type: RelationType, to: string): string =>
  `${from}-${type.toLowerCase().replace(/_/g, '-')}-${to}`;

/** A source's id: its title's first words and a random tail (articles share titles more often than names). */
export const newSourceId = (title: string): string => `${slugOf(title, 5) || 'source'}-${hex(3)}`;

/** The base, or the base with a random tail when `taken` says the base is in use. */
export const freeId = (base: string, taken: boolean): string => (taken ? `${base}-${hex(3)}` : base);
