// The page benchmark's graph: a seeded synthetic subgraph of a given number of canvas elements
// (entities plus links), shaped like what a reader gets by expanding hubs on a large graph: a
// scale-free tree grown by preferential attachment (a few entities with about fifty links, a long
// tail with one or two) plus cross links between them, every kind, relation type and status.
// Plain model data (client/src/model/types), so the page receives it exactly as its own
// "Show everything" step would (addSubgraph), only without the requests that fetch it.
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import type { EntityKind, RelationType, Status } from '#vocabulary';
import type { EntityData, RelationshipData, Subgraph } from '../../client/src/model/types';
import { Rng } from '../random';

/** Entities per element: 600 of 1,500 in the e2e scale test, about what hub expansions give. */
const NODE_SHARE = 0.4;

const KINDS = Object.keys(ENTITY_KINDS) as EntityKind[];
const TYPES = Object.keys(RELATION_TYPES) as RelationType[];
const STATUS_WEIGHTS: readonly (readonly [Status, number])[] = [['CONFIRMED', 6], ['REPORTED', 2], ['RUMOURED', 1], ['DENIED', 0.5], ['ENDED', 0.5]];
const WORDS = ['Auto', 'Motor', 'Energy', 'Holdings', 'Industrial', 'New Energy Vehicle', 'Technology', 'Group', 'Works', 'Investment'];

function entity(i: number, rng: Rng): EntityData {
  const kind = rng.pick(KINDS);
  // Names of every length, some long enough to be cut on the canvas.
  const words = Array.from({ length: 1 + rng.int(4) }, () => rng.pick(WORDS)).join(' ');
  return { id: `pb-e${i}`, name: `Synthetic ${i} ${words}`, aliases: [], type: ENTITY_KINDS[kind], kind, country: 'CN', description: null, degree: 0 };
}

function link(i: number, from: string, to: string, rng: Rng): RelationshipData {
  const type = rng.pick(TYPES);
  const dated = rng.chance(0.4);
  return {
    id: `pb-r${i}`, type, label: RELATION_TYPES[type].label, from, to, status: rng.weighted(STATUS_WEIGHTS),
    validFrom: dated ? `${2010 + rng.int(14)}` : null, validTo: null, validFromBasis: dated ? 'STATED' : null, validToBasis: null,
    datesNote: null, role: null, note: null, lastReportedOn: null,
  };
}

/** A connected subgraph of exactly `elements` entities plus links (at least 2). */
export function pageGraph(elements: number, seed = 42): Subgraph {
  if (!Number.isInteger(elements) || elements < 2) throw new Error(`a page graph needs at least 2 elements, got ${elements}`);
  const rng = new Rng(seed);
  const n = Math.max(2, Math.round(elements * NODE_SHARE));
  const m = elements - n;
  const ids = Array.from({ length: n }, (_, i) => `pb-e${i}`);
  // Every link end so far: drawing from it picks an entity in proportion to its degree.
  const ends: number[] = [];
  const pairs: [number, number][] = [];
  const attach = (i: number): number => (ends.length > 0 && rng.chance(0.8) ? (ends[rng.int(ends.length)] ?? 0) : rng.int(i));
  for (let i = 1; i < n && pairs.length < m; i += 1) {
    const to = attach(i);
    pairs.push([i, to]);
    ends.push(i, to);
  }
  while (pairs.length < m) {
    const a = attach(n);
    const b = rng.int(n);
    if (a === b) continue;
    pairs.push([b, a]);
    ends.push(a, b);
  }
  const degree = new Array<number>(n).fill(0);
  for (const [a, b] of pairs) {
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  }
  // Every link of an entity is on the canvas, so no "+N more" node is added beside the generated ones.
  const nodes = ids.map((_, i) => ({ ...entity(i, rng), degree: degree[i] ?? 0 }));
  const edges = pairs.map(([a, b], i) => link(i, ids[a] ?? '', ids[b] ?? '', rng));
  return { nodes, edges };
}
