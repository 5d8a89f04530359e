// Are the peer's answers the same answers? For each compared operation, one request (the first
// sample) goes to Linkage and one to @neo4j/graphql, and the ids in both are compared: the same
// links, entities or quotes, or, where the peer's question is wider (per-type limits, a page of
// entities), whether it holds all of Linkage's. The checks are pure functions of the two bodies.
import { LINK_FIELDS, OUT_FIELDS } from './peer-schema';
import type { LinkField } from './peer-schema';
import type { Comparison } from './peer-operations';

export interface CheckResult { same: boolean; detail: string }

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));
const ids = (items: Json[]): string[] => items.map((x) => str(x.id));
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface PeerLink { id: string; node: Json; totalCount: number }

/** An entity's links in the peer's answer, over the given connections, merged by link id. */
export function peerLinks(entity: Json, fields: readonly LinkField[] = LINK_FIELDS): PeerLink[] {
  const links = fields.flatMap((f) => {
    const conn = obj(entity[`${f.field}Connection`]);
    return list(conn.edges).map((e) => ({ id: str(obj(e.properties).id), node: obj(e.node), totalCount: Number(conn.totalCount ?? 0) }));
  });
  return links.sort((a, b) => cmp(a.id, b.id));
}

/** Every link and entity of a nested neighbourhood answer. */
export function peerSubgraph(root: Json): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const visit = (e: Json): void => {
    nodes.add(str(e.id));
    for (const l of peerLinks(e)) {
      edges.add(l.id);
      visit(l.node);
    }
  };
  visit(root);
  return { nodes, edges };
}

const missing = (wanted: Iterable<string>, have: Set<string>): string[] => [...wanted].filter((x) => !have.has(x));
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function neighbourhood(l: Json, p: Json): CheckResult {
  const sub = obj(l.neighbourhood);
  const lEdges = ids(list(sub.edges));
  const lNodes = ids(list(sub.nodes));
  const peer = peerSubgraph(obj(list(p.entities)[0]));
  const lostEdges = missing(lEdges, peer.edges);
  const lostNodes = missing(lNodes, peer.nodes);
  const equal = lostEdges.length === 0 && lostNodes.length === 0 && peer.edges.size === lEdges.length;
  return {
    same: lostEdges.length === 0 && lostNodes.length === 0,
    detail: `Linkage ${lEdges.length} links / ${lNodes.length} entities, peer ${peer.edges.size} / ${peer.nodes.size}; ${equal ? 'the same' : lostEdges.length + lostNodes.length === 0 ? "the peer's hold all of Linkage's" : `${lostEdges.length} links and ${lostNodes.length} entities of Linkage's missing from the peer's`}`,
  };
}

function search(l: Json, p: Json): CheckResult {
  const lIds = list(l.search).map((h) => str(obj(h.entity).id));
  const pIds = list(obj(p.entitySearch).edges).map((e) => str(obj(e.node).id));
  const common = lIds.filter((id) => pIds.includes(id)).length;
  return { same: lIds[0] === pIds[0], detail: `top hit ${lIds[0] === pIds[0] ? 'the same' : 'differs'}; ${common} of Linkage's ${lIds.length} in the peer's ${pIds.length} (Linkage re-ranks 50 candidates)` };
}

function entity(l: Json, p: Json): CheckResult {
  const le = obj(l.entity);
  const pe = obj(list(p.entities)[0]);
  const byType = new Map<string, number>();
  for (const f of LINK_FIELDS) byType.set(f.type, (byType.get(f.type) ?? 0) + Number(obj(pe[`${f.field}Connection`]).totalCount ?? 0));
  const peerCounts = [...byType].filter(([, n]) => n > 0).map(([t, n]) => `${t}:${n}`).sort();
  const linkageCounts = list(le.counts).map((c) => `${str(c.type)}:${str(c.count)}`).sort();
  const degree = [...byType.values()].reduce((a, b) => a + b, 0);
  const ok = Number(le.degree) === degree && same(linkageCounts, peerCounts) && le.name === pe.name;
  return { same: ok, detail: `degree Linkage ${str(le.degree)}, peer ${degree}; counts by type ${same(linkageCounts, peerCounts) ? 'the same' : 'differ'}` };
}

function relationship(l: Json, p: Json): CheckResult {
  const lr = obj(l.relationship);
  const link = peerLinks(obj(list(p.entities)[0]), OUT_FIELDS)[0];
  const lQuotes = list(lr.evidence).map((e) => str(e.quote));
  const pQuotes = list(p.evidences).map((e) => str(e.quote));
  const ok = link?.id === lr.id && same(lQuotes, pQuotes);
  return { same: ok, detail: `link ${link?.id === lr.id ? 'found' : 'not found'}; quotes Linkage ${lQuotes.length}, peer ${pQuotes.length}${same(lQuotes, pQuotes) ? ', the same in order' : ', differ'}` };
}

function relationshipsPage(l: Json, p: Json): CheckResult {
  const lIds = list(obj(l.relationships).edges).map((e) => str(obj(e.node).id));
  const pIds = list(obj(p.entitiesConnection).edges).flatMap((e) => peerLinks(obj(e.node), OUT_FIELDS).map((x) => x.id));
  const start = pIds.indexOf(lIds[0] ?? '');
  const ok = start >= 0 && same(lIds, pIds.slice(start, start + lIds.length));
  return { same: ok, detail: `Linkage ${lIds.length} links, peer ${pIds.length}; ${ok ? `Linkage's page is the peer's links ${start + 1}-${start + lIds.length}, in order` : "Linkage's page is not a run of the peer's"}` };
}

function entityLinks(l: Json, p: Json): CheckResult {
  const conn = obj(obj(l.entity).relationships);
  const lIds = list(conn.edges).map((e) => str(obj(e.node).id));
  const pIds = peerLinks(obj(list(p.entities)[0])).map((x) => x.id).slice(0, lIds.length);
  return { same: same(lIds, pIds), detail: `Linkage ${lIds.length} links (of ${str(conn.totalCount)}); the peer's first ${pIds.length} merged ${same(lIds, pIds) ? 'the same' : 'differ'}` };
}

function sourceLinks(l: Json, p: Json): CheckResult {
  const conn = obj(obj(l.source).relationships);
  const lIds = list(conn.edges).map((e) => str(obj(e.node).id));
  const pConn = obj(obj(list(p.sources)[0]).evidenceConnection);
  const pIds = [...new Set(list(pConn.edges).map((e) => str(obj(e.node).relId)))];
  const ok = same(pIds, lIds.slice(0, pIds.length));
  return { same: ok, detail: `Linkage ${lIds.length} links (of ${str(conn.totalCount)}), peer ${list(pConn.edges).length} quotes (of ${str(pConn.totalCount)}) = ${pIds.length} links, ${ok ? "Linkage's first ones" : 'not a prefix of Linkage\'s'}` };
}

const CHECKS: Record<Comparison, (l: Json, p: Json) => CheckResult> = {
  neighbourhood, search, entity, relationship, 'relationships-page': relationshipsPage, 'entity-links': entityLinks, 'source-links': sourceLinks,
};

/** Compares the `data` of Linkage's answer with the peer's for one kind of question. */
export function compareAnswers(kind: Comparison, linkage: unknown, peer: unknown): CheckResult {
  return CHECKS[kind](obj(linkage), obj(peer));
}

/** One request's `data`, or an error naming the first GraphQL error. */
export async function requestData(url: string, query: string, variables: Record<string, unknown>, timeoutMs = 60_000): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message?: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]?.message ?? 'GraphQL error');
  return body.data;
}
