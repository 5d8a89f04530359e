// Turns what the scorer is given into ExpectedLinks: a fixture's claims (its own graph ids and new
// entities' names), or the seed's relationships as the five seed articles state them.
import { foldName } from '#vocabulary/names';
import type { SeedEntity, SeedRelationship, SeedSource } from '../../seed/loader/types';
import type { KnownEntity, KnownLink } from '../../server/intake/types';
import type { FixtureExpectation } from './fixture-format';
import type { AcceptableLink, EndRef, ExpectedLink } from './score';

const names = (name: string, aliases: readonly string[] = []): string[] => [...new Set([name, ...aliases].map(foldName))];

export function fixtureLinks(f: FixtureExpectation): ExpectedLink[] {
  const ids = new Set(f.graph.entities.map((e) => e.id));
  const end = (ref: string): EndRef => {
    if (ids.has(ref)) return { id: ref };
    const entity = f.newEntities.find((n) => n.name === ref);
    return { names: names(ref, entity?.aliases) };
  };
  return f.claims.map((c) => ({
    from: end(c.from),
    to: end(c.to),
    type: c.type,
    status: c.status,
    attribution: c.attribution.kind,
    ...(c.validFrom && c.validFromBasis ? { validFrom: { value: c.validFrom, basis: c.validFromBasis } } : {}),
    ...(c.validTo && c.validToBasis ? { validTo: { value: c.validTo, basis: c.validToBasis } } : {}),
    existing: c.existing,
    contradicts: c.contradicts,
    quoteIncludes: c.quoteIncludes,
    label: `${c.from} ${c.type} ${c.to} «${c.quoteIncludes}»`,
  }));
}

export function fixtureNewEntities(f: FixtureExpectation): { names: string[]; kind: string }[] {
  return f.newEntities.map((n) => ({ names: names(n.name, n.aliases), kind: n.kind }));
}

export const knownEntities = (entities: readonly SeedEntity[]): KnownEntity[] =>
  entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? [] }));

export const knownLinks = (rels: readonly SeedRelationship[]): KnownLink[] =>
  rels.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, status: r.status }));

/**
 * One expected link per seed relationship that a supporting quote of this article states (the
 * recall the issue asks for: links found with the right ends), judged on its first such quote; and
 * the links the article only qualifies, contradicts or gives context for, which are not wrong to
 * propose. With `withLinks` the graph holds them all, so each should come back as `existing`.
 */
export function seedLinks(source: SeedSource, rels: readonly SeedRelationship[], withLinks: boolean): { expected: ExpectedLink[]; acceptable: AcceptableLink[] } {
  const expected: ExpectedLink[] = [];
  const acceptable: AcceptableLink[] = [];
  for (const r of rels) {
    const here = r.evidence.filter((e) => e.source === source.id);
    const supporting = here.find((e) => (e.stance ?? 'SUPPORTS') === 'SUPPORTS');
    const ends = { from: { id: r.from }, to: { id: r.to }, type: r.type };
    if (supporting) {
      expected.push({
        ...ends,
        status: r.status,
        attribution: supporting.attribution.kind,
        existing: withLinks ? r.id : null,
        contradicts: null,
        quoteIncludes: supporting.quote,
        label: `${r.id} «${supporting.quote.slice(0, 70)}${supporting.quote.length > 70 ? '…' : ''}»`,
      });
    } else if (here.length > 0 || (r.context ?? []).some((c) => c.source === source.id)) {
      acceptable.push(ends);
    }
  }
  return { expected, acceptable };
}
