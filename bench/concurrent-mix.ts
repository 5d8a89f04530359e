// What the concurrent clients ask: a repeating cycle of ten requests, four searches (English,
// Chinese, a typo), four neighbourhoods (random entities and the leaf at depth 1, the leaf at
// depth 2, the hub at depth 1 with the page's limit of 10) and two paths (maxHops 4, with and
// without asOf). The peer cannot ask for paths, so its mix, and the Linkage mix it is compared
// with, is the same cycle without them.
import type { MixItem } from './concurrent';
import type { Operation } from './measure';
import { neighbourhoodQuery } from './peer-queries';
import type { PeerPlan } from './peer-operations';
import type { Samples } from './samples';

type Slot = 'search English name' | 'search Chinese name' | 'search with a typo' | 'neighbourhood random depth 1'
  | 'neighbourhood leaf depth 1 limit default' | 'neighbourhood leaf depth 2 limit default' | 'neighbourhood hub depth 1 limit 10'
  | 'paths maxHops 4' | 'paths maxHops 4 asOf 2020-06-01';

export const CYCLE: readonly Slot[] = [
  'search English name', 'neighbourhood random depth 1', 'paths maxHops 4', 'search Chinese name', 'neighbourhood leaf depth 1 limit default',
  'search with a typo', 'neighbourhood leaf depth 2 limit default', 'paths maxHops 4 asOf 2020-06-01', 'search English name', 'neighbourhood hub depth 1 limit 10',
];

export const WITHOUT_PATHS: readonly Slot[] = CYCLE.filter((s) => !s.startsWith('paths'));

const kindOf = (slot: Slot): string => slot.split(' ')[0] ?? slot;

function at<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty sample list');
  return item;
}

function byName<T extends { name: string }>(items: readonly T[], name: string): T {
  const found = items.find((x) => x.name === name);
  if (!found) throw new Error(`no operation "${name}" for the concurrent mix`);
  return found;
}

/** The i-th request of Linkage's mix (`cycle` picks with or without paths). */
export function linkageMix(ops: readonly Operation[], s: Samples, cycle: readonly Slot[] = CYCLE): (i: number) => MixItem {
  const hood = byName(ops, 'neighbourhood leaf depth 1 limit default');
  return (i) => {
    const slot = at(cycle, i);
    // Which sample of its list, counted per turn of the cycle, so consecutive turns ask about different ones.
    const turn = Math.floor(i / cycle.length);
    if (slot === 'neighbourhood random depth 1') return { kind: kindOf(slot), query: hood.query, variables: { ids: [at(s.entities, turn)], depth: 1 } };
    const op = byName(ops, slot);
    return { kind: kindOf(slot), query: op.query, variables: op.variables(turn) };
  };
}

/** The i-th request of the peer's mix: the cycle without paths, through the peer's own queries. */
export function peerMix(plans: readonly PeerPlan[], s: Samples): (i: number) => MixItem {
  const depth1 = neighbourhoodQuery(1);
  return (i) => {
    const slot = at(WITHOUT_PATHS, i);
    const turn = Math.floor(i / WITHOUT_PATHS.length);
    if (slot === 'neighbourhood random depth 1') return { kind: kindOf(slot), query: depth1, variables: { id: at(s.entities, turn), limit: 100 } };
    const plan = byName(plans, slot);
    if (plan.op === null) throw new Error(`the peer cannot ask "${slot}"`);
    return { kind: kindOf(slot), query: plan.op.query, variables: plan.op.variables(turn) };
  };
}
