// What the operations ask about, picked from the generated graph with the benchmark's seed: the
// biggest hub, a leaf, random entities, links and pairs, names to search for, and cursors deep
// into the paged lists. Taken from the generator's summary of the graph (ends and types by
// position, not the records, so that it fits at L), so picking costs no database time.
import { encodeCursor } from '../server/translate/cursor';
import { relationshipId } from './generate';
import type { GraphSummary } from './generate';
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

/** Entity positions by degree, the first to reach the top degree (in link order) being the hub, and each one's last neighbour. */
function degrees(g: GraphSummary): { degree: Uint32Array; neighbour: Int32Array; hub: number } {
  const degree = new Uint32Array(g.entities.length);
  const firstSeen = new Float64Array(g.entities.length).fill(Infinity);
  const neighbour = new Int32Array(g.entities.length).fill(-1);
  for (let i = 0; i < g.relationships; i++) {
    const from = g.relFrom[i] ?? 0;
    const to = g.relTo[i] ?? 0;
    degree[from] = (degree[from] ?? 0) + 1;
    degree[to] = (degree[to] ?? 0) + 1;
    firstSeen[from] = Math.min(firstSeen[from] ?? Infinity, 2 * i);
    firstSeen[to] = Math.min(firstSeen[to] ?? Infinity, 2 * i + 1);
    neighbour[from] = to;
    neighbour[to] = from;
  }
  let hub = -1;
  for (let e = 0; e < degree.length; e++) {
    const d = degree[e] ?? 0;
    if (d === 0) continue;
    const best = hub < 0 ? -1 : degree[hub] ?? 0;
    if (d > best || (d === best && (firstSeen[e] ?? 0) < (firstSeen[hub] ?? 0))) hub = e;
  }
  if (hub < 0) throw new Error('The generated graph has no links; use more --entities');
  return { degree, neighbour, hub };
}

/**
 * Keys [from, id] at the deep positions of every link ordered by start entity id, then link id:
 * found by counting links per start entity, so that five million keys need not be sorted.
 */
function globalDeepKeys(g: GraphSummary): [string, string][] {
  const out = new Uint32Array(g.entities.length);
  for (let i = 0; i < g.relationships; i++) out[g.relFrom[i] ?? 0] = (out[g.relFrom[i] ?? 0] ?? 0) + 1;
  const byId = Array.from({ length: g.entities.length }, (_, e) => e).sort((a, b) => cmp(g.entities[a]?.id ?? '', g.entities[b]?.id ?? ''));
  const targets = Array.from({ length: SAMPLE_SIZE }, (_, i) => Math.min(Math.floor(g.relationships * (0.5 + (0.49 * i) / (SAMPLE_SIZE - 1))), g.relationships - 1));
  const keys: [string, string][] = [];
  let before = 0;
  let t = 0;
  for (const e of byId) {
    const n = out[e] ?? 0;
    while (t < targets.length && (targets[t] ?? 0) < before + n) {
      const ids: string[] = [];
      for (let i = 0; i < g.relationships; i++) if (g.relFrom[i] === e) ids.push(relationshipId(g, i));
      ids.sort(cmp);
      keys.push([g.entities[e]?.id ?? '', required(ids[(targets[t] ?? 0) - before], 'deep position')]);
      t += 1;
    }
    before += n;
  }
  return keys;
}

export function pickSamples(g: GraphSummary, seed: number): Samples {
  const rng = new Rng(seed ^ 0x5eed);
  const { entities } = g;
  const { degree, neighbour, hub } = degrees(g);
  const idOf = (e: number): string => required(entities[e], 'entity').id;
  const linked = entities.flatMap((_, e) => ((degree[e] ?? 0) > 0 ? [e] : []));
  // A leaf hanging off an ordinary company (5-200 links), so that depth 2 and 3 have somewhere
  // to go, as when someone opens a little-known executive; any leaf if there is no such one.
  const leaves = linked.filter((e) => degree[e] === 1);
  const ordinary = leaves.filter((e) => { const d = degree[neighbour[e] ?? -1] ?? 0; return d >= 5 && d <= 200; });
  const leaf = rng.pick(ordinary.length > 0 ? ordinary : leaves);
  const leafNeighbour = neighbour[leaf] ?? -1;
  if (leafNeighbour < 0) throw new Error('The generated graph has no leaf neighbour; use more --entities');

  const companies = entities.filter((e) => ['AUTOMAKER', 'EV_STARTUP', 'TECH_COMPANY', 'STATE_OWNED_GROUP'].includes(e.kind));
  const searches = Array.from({ length: SAMPLE_SIZE }, () => {
    const e = rng.pick(companies);
    const n = required(g.names.get(e.id), 'generated name');
    return { id: e.id, english: e.name, chinese: n.coreHan, typo: typo(e.name) };
  });
  const sampleEntities = Array.from({ length: SAMPLE_SIZE }, () => idOf(rng.pick(linked)));
  if (g.relationships === 0) throw new Error('The generated graph has no links; use more --entities');
  const sampleRelationships = Array.from({ length: SAMPLE_SIZE }, () => relationshipId(g, rng.int(g.relationships)));
  const pairs = Array.from({ length: SAMPLE_SIZE }, () => [idOf(rng.pick(linked)), idOf(rng.pick(linked))] as [string, string]).filter(([a, b]) => a !== b);

  const hubLinks: string[] = [];
  for (let i = 0; i < g.relationships; i++) if (g.relFrom[i] === hub || g.relTo[i] === hub) hubLinks.push(relationshipId(g, i));
  hubLinks.sort(cmp);
  // A stable sort, so that among equally used sources the earlier one is the busiest and the later the rarest.
  const byUse = g.sources.map((src, i) => [src.id, g.sourceUse[i] ?? 0] as const).sort((a, b) => b[1] - a[1]);

  return {
    hub: { id: idOf(hub), degree: degree[hub] ?? 0 },
    leaf: { id: idOf(leaf), neighbour: idOf(leafNeighbour), neighbourDegree: degree[leafNeighbour] ?? 0 },
    entities: sampleEntities,
    relationships: sampleRelationships,
    pairs,
    searches,
    deepCursors: globalDeepKeys(g).map((k) => encodeCursor(k)),
    hubCursors: deepPositions(hubLinks, (id) => encodeCursor([id])),
    busiestSource: required(byUse[0], 'source')[0],
    rarestSource: required(byUse.at(-1), 'source')[0],
  };
}

/** Code-unit order, which is how Neo4j compares strings (localeCompare is not). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
