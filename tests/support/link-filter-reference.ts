// The link filter worked out in memory over the seed files, as the reference the Cypher
// statements are checked against (tests/integration/cypher-filter-contract.test.ts). Written from
// the rules in docs/api.md (LinkFilter) and docs/data-model.md (validFromStart, validToEnd), not
// from the Cypher, so that a predicate lost in a fragment shows up as a difference. A span runs
// from the first day its validFrom can mean to the last day its validTo can mean (#vocabulary/dates).
import { endOf, startOf } from '#vocabulary/dates';
import type { SeedEntity, SeedRelationship } from '../../seed/loader/types';
import type { FilterParams } from '../../server/translate/filter';

/** A link of the reference: the seed's format, and whether it is retired (which the seed files never say). */
export type ReferenceLink = SeedRelationship & { retired?: boolean };

export interface ReferenceGraph {
  entities: ReadonlyMap<string, SeedEntity>;
  /** Every link, in id order. */
  links: readonly ReferenceLink[];
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Code-point order, as Neo4j orders strings. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function referenceGraph(entities: readonly SeedEntity[], links: readonly ReferenceLink[]): ReferenceGraph {
  return { entities: new Map(entities.map((e) => [e.id, e])), links: [...links].sort((a, b) => byText(a.id, b.id)) };
}

/** The filter's tests on the link itself: types, statuses, asOf, between; a retired link never passes (docs/editing.md). */
export function linkPasses(r: ReferenceLink, f: FilterParams): boolean {
  const start = r.validFrom ? startOf(r.validFrom) : null;
  const end = r.validTo ? endOf(r.validTo) : null;
  if (r.retired === true) return false;
  if (f.types && !f.types.includes(r.type)) return false;
  if (f.statuses && !f.statuses.includes(r.status)) return false;
  if (f.asOf && ((start !== null && start > f.asOf) || (end !== null && end < f.asOf))) return false;
  if (f.from && end !== null && end < f.from) return false;
  if (f.to && start !== null && start > f.to) return false;
  return true;
}

/** The kinds test on one end of a link. */
export function endPasses(g: ReferenceGraph, id: string, f: FilterParams): boolean {
  const kind = g.entities.get(id)?.kind;
  if (kind === undefined) throw new Error(`the seed has no entity ${id}`);
  return f.kinds === null || f.kinds.includes(kind) || f.exempt.includes(id);
}

/** A link counted from both of its ends (the global lists, the export). */
export const passesBothEnds = (g: ReferenceGraph, r: SeedRelationship, f: FilterParams): boolean =>
  linkPasses(r, f) && endPasses(g, r.from, f) && endPasses(g, r.to, f);

/** The links of one entity that pass, in id order; the kinds test is on the other end. */
export function linksOf(g: ReferenceGraph, id: string, f: FilterParams, direction: Direction = 'BOTH'): SeedRelationship[] {
  return g.links.filter((r) => {
    const out = r.from === id && direction !== 'INCOMING';
    const inc = r.to === id && direction !== 'OUTGOING';
    if (!out && !inc) return false;
    return linkPasses(r, f) && endPasses(g, out ? r.to : r.from, f);
  });
}

/** Every link that passes, ordered by (start entity id, link id). */
export const allLinks = (g: ReferenceGraph, f: FilterParams): SeedRelationship[] =>
  g.links.filter((r) => passesBothEnds(g, r, f)).sort((a, b) => byText(a.from, b.from) || byText(a.id, b.id));

/** Whether one step of a path, walked into `entered`, passes (the entity left is not tested). */
export const stepPasses = (g: ReferenceGraph, r: SeedRelationship, entered: string, f: FilterParams): boolean =>
  linkPasses(r, f) && endPasses(g, entered, f);

/**
 * The number of links on a shortest path from `from` to `to` that ignores direction and only
 * takes passing steps, or null when there is none of at most `maxHops` links.
 */
export function shortestLength(g: ReferenceGraph, from: string, to: string, f: FilterParams, maxHops: number): number | null {
  const distance = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  for (let hops = 1; hops <= maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of g.links) {
        const other = r.from === id ? r.to : r.to === id ? r.from : null;
        if (other === null || distance.has(other) || !stepPasses(g, r, other, f)) continue;
        if (other === to) return hops;
        distance.set(other, hops);
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}
