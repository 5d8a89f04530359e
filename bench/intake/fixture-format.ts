// The shape of a test article's expectations (tests/fixtures/intake/README.md) and the checks that
// keep a fixture honest: every id it names exists in its graph, every value is in the vocabulary,
// and every quoteIncludes really is in the article. Pure, so the fixtures test runs it without I/O.
import { isAttributionKind, isDateBasis, isEntityKind, isRelationType, isStatus } from '#vocabulary';
import type { AttributionKind, DateBasis, EntityKind, RelationType, Status } from '#vocabulary';
import { parsePartialDate } from '#vocabulary/dates';
import type { ArticleFormat, KnownEntity, KnownLink } from '../../server/intake/types';

export interface ExpectedClaim {
  /** An entity id of the fixture's graph, or the name of a new entity (listed in newEntities). */
  from: string;
  to: string;
  type: RelationType;
  status: Status;
  attribution: { kind: AttributionKind; name?: string };
  validFrom?: string;
  validFromBasis?: DateBasis;
  validTo?: string;
  validToBasis?: DateBasis;
  note?: string;
  existing: string | null;
  contradicts: string | null;
  /** A few words of the sentence that states it, exactly as the article has them. */
  quoteIncludes: string;
}

export interface ExpectedNewEntity { name: string; kind: EntityKind; aliases?: string[] }

export interface FixtureExpectation {
  article: { file: string; format: ArticleFormat; title?: string; publisher?: string; author?: string; url?: string; publishedOn?: string };
  graph: { entities: KnownEntity[]; links: KnownLink[] };
  claims: ExpectedClaim[];
  newEntities: ExpectedNewEntity[];
  /** Lines of page furniture that must not survive cleaning. */
  furniture: string[];
}

const FORMATS: readonly string[] = ['text', 'markdown', 'html'];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v !== '';
const strOrNull = (v: unknown): boolean => v === null || isStr(v);

/** Every problem with one fixture, as "field: why"; empty when it is well-formed. */
export function checkFixture(value: unknown, article: string | null): string[] {
  const problems: string[] = [];
  const fail = (field: string, why: string): void => void problems.push(`${field}: ${why}`);
  if (!isObj(value)) return ['(root): must be an object'];
  const a = value.article;
  if (!isObj(a) || !isStr(a.file)) fail('article.file', 'required');
  else if (!FORMATS.includes(String(a.format))) fail('article.format', `must be one of ${FORMATS.join(', ')}`);
  if (isObj(a) && a.publishedOn !== undefined && (typeof a.publishedOn !== 'string' || !parsePartialDate(a.publishedOn))) fail('article.publishedOn', 'not a partial ISO date');
  if (article === null) fail('article.file', 'the article file is missing');

  const graph = isObj(value.graph) ? value.graph : {};
  const entities = Array.isArray(graph.entities) ? graph.entities : [];
  const links = Array.isArray(graph.links) ? graph.links : [];
  if (!Array.isArray(graph.entities)) fail('graph.entities', 'must be an array');
  if (!Array.isArray(graph.links)) fail('graph.links', 'must be an array');
  const ids = new Set<string>();
  entities.forEach((e: unknown, i) => {
    if (!isObj(e) || !isStr(e.id) || !isStr(e.name)) return fail(`graph.entities[${i}]`, 'needs id and name');
    if (ids.has(e.id)) fail(`graph.entities[${i}].id`, `duplicate "${e.id}"`);
    ids.add(e.id);
    if (!isEntityKind(e.kind)) fail(`graph.entities[${i}].kind`, `unknown kind "${String(e.kind)}"`);
    if (!Array.isArray(e.aliases) || !e.aliases.every(isStr)) fail(`graph.entities[${i}].aliases`, 'must be an array of names');
  });
  const linkIds = new Set<string>();
  links.forEach((l: unknown, i) => {
    if (!isObj(l) || !isStr(l.id)) return fail(`graph.links[${i}]`, 'needs an id');
    linkIds.add(l.id);
    if (!isRelationType(l.type)) fail(`graph.links[${i}].type`, `unknown type "${String(l.type)}"`);
    if (!isStatus(l.status)) fail(`graph.links[${i}].status`, `unknown status "${String(l.status)}"`);
    for (const end of ['from', 'to'] as const) if (!ids.has(String(l[end]))) fail(`graph.links[${i}].${end}`, `no entity "${String(l[end])}" in the graph`);
  });

  const newNames = new Set<string>();
  const newEntities = Array.isArray(value.newEntities) ? value.newEntities : [];
  if (!Array.isArray(value.newEntities)) fail('newEntities', 'must be an array');
  newEntities.forEach((n: unknown, i) => {
    if (!isObj(n) || !isStr(n.name)) return fail(`newEntities[${i}].name`, 'required');
    if (ids.has(n.name)) fail(`newEntities[${i}].name`, 'is an id of the graph, so not new');
    newNames.add(n.name);
    if (!isEntityKind(n.kind)) fail(`newEntities[${i}].kind`, `unknown kind "${String(n.kind)}"`);
    if (n.aliases !== undefined && (!Array.isArray(n.aliases) || !n.aliases.every(isStr))) fail(`newEntities[${i}].aliases`, 'must be an array of names');
  });

  const claims = Array.isArray(value.claims) ? value.claims : [];
  if (!Array.isArray(value.claims) || claims.length === 0) fail('claims', 'must be a non-empty array');
  claims.forEach((c: unknown, i) => {
    const at = `claims[${i}]`;
    if (!isObj(c)) return fail(at, 'must be an object');
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(String(c[end])) && !newNames.has(String(c[end]))) fail(`${at}.${end}`, `"${String(c[end])}" is neither a graph id nor a new entity`);
    }
    if (c.from === c.to) fail(`${at}.to`, 'a link needs two different ends');
    if (!isRelationType(c.type)) fail(`${at}.type`, `unknown type "${String(c.type)}"`);
    if (!isStatus(c.status)) fail(`${at}.status`, `unknown status "${String(c.status)}"`);
    if (!isObj(c.attribution) || !isAttributionKind(c.attribution.kind)) fail(`${at}.attribution.kind`, 'unknown or missing');
    for (const side of ['From', 'To'] as const) {
      const date = c[`valid${side}`];
      const basis = c[`valid${side}Basis`];
      if ((date === undefined) !== (basis === undefined)) fail(`${at}.valid${side}Basis`, 'a date and its basis go together');
      if (date !== undefined && (typeof date !== 'string' || !parsePartialDate(date))) fail(`${at}.valid${side}`, 'not a partial ISO date');
      if (basis !== undefined && !isDateBasis(basis)) fail(`${at}.valid${side}Basis`, `unknown basis "${String(basis)}"`);
    }
    if (c.status === 'ENDED' && c.validTo === undefined) fail(`${at}.validTo`, 'an ENDED claim needs its end');
    if (!strOrNull(c.existing) || !strOrNull(c.contradicts)) fail(`${at}.existing`, 'existing and contradicts are a link id or null');
    for (const field of ['existing', 'contradicts'] as const) {
      const id = c[field];
      if (isStr(id) && !linkIds.has(id)) fail(`${at}.${field}`, `no link "${id}" in the graph`);
      const link = links.find((l: unknown) => isObj(l) && l.id === id) as Record<string, unknown> | undefined;
      if (link && link.type !== c.type) fail(`${at}.${field}`, `link "${String(id)}" is ${String(link.type)}, the claim ${String(c.type)}`);
    }
    if (isStr(c.contradicts) && c.status !== 'DENIED') fail(`${at}.status`, 'a claim that contradicts a link is DENIED');
    if (!isStr(c.quoteIncludes)) fail(`${at}.quoteIncludes`, 'required');
    else if (article !== null && !article.includes(c.quoteIncludes)) fail(`${at}.quoteIncludes`, `"${c.quoteIncludes}" is not in the article`);
  });
  const furniture = Array.isArray(value.furniture) ? value.furniture : [];
  if (!Array.isArray(value.furniture)) fail('furniture', 'must be an array');
  furniture.forEach((f: unknown, i) => {
    if (!isStr(f)) fail(`furniture[${i}]`, 'must be text');
    else if (article !== null && !article.includes(f)) fail(`furniture[${i}]`, `"${f}" is not in the article`);
  });
  return problems;
}
