// Whether the graph already holds what a candidate says: the same type and ends (IN_TALKS_WITH
// either way round) makes the quote new evidence for that link, or, for a denial, a contradiction of it.
import type { RelationType } from '#vocabulary';
import type { KnownLink } from '../types';

export function linkFor(links: readonly KnownLink[], type: RelationType, from: string | null, to: string | null): KnownLink | undefined {
  if (!from || !to) return undefined;
  return links.find((l) => l.type === type && ((l.from === from && l.to === to) || (type === 'IN_TALKS_WITH' && l.from === to && l.to === from)));
}
