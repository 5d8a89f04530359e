// What the operations ask about, picked from the generated graph with the benchmark's seed: the
// biggest hub, a leaf, random entities, links and pairs, names to search for, and cursors deep
// into the paged lists. Taken from the in-memory graph, so picking costs no database time.
import { encodeCursor } from '../server/translate/cursor';
import type { GeneratedGraph } from './generate';
import { Rng } from './random';

export interface SearchSample { english: string; chinese: string; typo: string; id: string }

export interface Samples {
  hub: { id: string; degree: number };
  leaf: { id: string; neighbour: string; neighbourDegree: number };
  entities: string[];
  relationships: string[];
  pairs: [string, string][];
  searches: SearchSample[];
  /** Cursors of the global list at 50-99% of its length: what a client holds after many pages. */
  deepCursors: string[];
  /** Cursors into the hub's own links at 50-99% of them. */
  hubCursors: string[];
  /** The sources that back the most and the fewest links. */
  busiestSource: string;
  rarestSource: string;
}

const SAMPLE_SIZE = 10;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The generated graph has no ${what}; use more --entities`);
  return value;
}

/** Drops one inner letter of the longest word: one edit, which search promises to forgive. */
function typo(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const at = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, at) + w.slice(at + 1) : w)).join(' ');
}

/** Cursors at evenly spread positions in the back half of a sorted list of keys. */
function deepPositions<T>(sorted: readonly T[], toCursor: (item: T) => string): string[] {
  return Array.from({ length: SAMPLE_SIZE }, (_, i) => {
    const at = Math.floor(sorted.length * (0.5 + (0.49 * i) / (SAMPLE_SIZE - 1)));
    return toCursor(required(sorted[Math.min(at, sorted.length - 1)], 'deep position'));
  });
}

export function pickSamples(graph: GeneratedGraph, seed: number): Samples {
  const rng = new Rng(seed ^ 0x5eed);
  const { entities, relationships } = graph.dataset;
  const degree = new Map<string, number>();
  const neighbour = new Map<string, string>();
  for (const r of relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    neighbour.set(r.from, r.to);
    neighbour.set(r.to, r.from);
  }
  const linked = entities.filter((e) => (degree.get(e.id) ?? 0) > 0).map((e) => e.id);
  const hubId = required([...degree].reduce<[string, number] | undefined>((best, d) => (!best || d[1] > best[1] ? d : best), undefined), 'links')[0];
  // A leaf hanging off an ordinary company (5-200 links), so that depth 2 and 3 have somewhere
  // to go, as when someone opens a little-known executive; any leaf if there is no such one.
  const leaves = linked.filter((id) => degree.get(id) === 1);
  const ordinary = leaves.filter((id) => { const d = degree.get(neighbour.get(id) ?? '') ?? 0; return d >= 5 && d <= 200; });
  const leafId = rng.pick(ordinary.length > 0 ? ordinary : leaves);
  const leafNeighbour = required(neighbour.get(leafId), 'leaf neighbour');

  const companies = entities.filter((e) => ['AUTOMAKER', 'EV_STARTUP', 'TECH_COMPANY', 'STATE_OWNED_GROUP'].includes(e.kind));
  const searches = Array.from({ length: SAMPLE_SIZE }, () => {
    const e = rng.pick(companies);
    const n = required(graph.names.get(e.id), 'generated name');
    return { id: e.id, english: e.name, chinese: n.coreHan, typo: typo(e.name) };
  });

  const globalOrder = relationships.map((r) => [r.from, r.id] as const).sort((a, b) => (a[0] === b[0] ? cmp(a[1], b[1]) : cmp(a[0], b[0])));
  const hubLinks = relationships.filter((r) => r.from === hubId || r.to === hubId).map((r) => r.id).sort(cmp);
  const sourceUse = new Map<string, number>(graph.dataset.sources.map((src) => [src.id, 0]));
  for (const r of relationships) for (const ev of r.evidence) sourceUse.set(ev.source, (sourceUse.get(ev.source) ?? 0) + 1);
  const byUse = [...sourceUse].sort((a, b) => b[1] - a[1]);

  return {
    hub: { id: hubId, degree: degree.get(hubId) ?? 0 },
    leaf: { id: leafId, neighbour: leafNeighbour, neighbourDegree: degree.get(leafNeighbour) ?? 0 },
    entities: Array.from({ length: SAMPLE_SIZE }, () => rng.pick(linked)),
    relationships: Array.from({ length: SAMPLE_SIZE }, () => rng.pick(relationships).id),
    pairs: Array.from({ length: SAMPLE_SIZE }, () => [rng.pick(linked), rng.pick(linked)] as [string, string]).filter(([a, b]) => a !== b),
    searches,
    deepCursors: deepPositions(globalOrder, (k) => encodeCursor(k)),
    hubCursors: deepPositions(hubLinks, (id) => encodeCursor([id])),
    busiestSource: required(byUse[0], 'source')[0],
    rarestSource: required(byUse.at(-1), 'source')[0],
  };
}

/** Code-unit order, which is how Neo4j compares strings (localeCompare is not). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
