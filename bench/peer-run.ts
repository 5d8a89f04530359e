// The peer's part of a bench run: time its query for an operation right after Linkage's and the
// raw driver's (same database, same cache), check one answer against Linkage's, and run the
// concurrent mixes. Kept apart from run.ts, which only calls these.
import { runConcurrent } from './concurrent';
import type { ConcurrentSummary } from './concurrent';
import { linkageMix, peerMix, WITHOUT_PATHS } from './concurrent-mix';
import { measure } from './measure';
import type { Operation, OpResult } from './measure';
import { compareAnswers, requestData } from './peer-compare';
import type { CheckResult } from './peer-compare';
import type { PeerPlan } from './peer-operations';
import type { ConcurrentReport } from './report';
import type { Samples } from './samples';

export interface PeerTiming { peer: OpResult | null; peerNote: string | null; peerReason: string | null; peerCheck: CheckResult | null }

export interface PeerRunSettings { reps: number; warmup: number; budgetMs: number }

/** The same first request to both, compared; an error on either side is a failed check, not a crash. */
async function check(linkageUrl: string, peerUrl: string, op: Operation, plan: Extract<PeerPlan, { op: Operation }>): Promise<CheckResult | null> {
  if (plan.compare === null) return null;
  try {
    const [l, p] = await Promise.all([requestData(linkageUrl, op.query, op.variables(0)), requestData(peerUrl, plan.op.query, plan.op.variables(0))]);
    return compareAnswers(plan.compare, l, p);
  } catch (err) {
    return { same: false, detail: `could not compare: ${(err instanceof Error ? err.message : String(err)).slice(0, 200)}` };
  }
}

export async function timePeer(linkageUrl: string, peerUrl: string | null, op: Operation, plan: PeerPlan | undefined, settings: PeerRunSettings): Promise<PeerTiming> {
  if (peerUrl === null) return { peer: null, peerNote: null, peerReason: 'not run (--peer off)', peerCheck: null };
  if (plan === undefined) return { peer: null, peerNote: null, peerReason: 'no peer plan', peerCheck: null };
  if (plan.op === null) return { peer: null, peerNote: null, peerReason: plan.reason, peerCheck: null };
  const peer = await measure(peerUrl, plan.op, settings);
  const peerCheck = await check(linkageUrl, peerUrl, op, plan);
  return { peer, peerNote: plan.note, peerReason: null, peerCheck };
}

export interface ConcurrentRunSettings { clients: number; durationMs: number; log: (line: string) => void }

const line = (label: string, s: ConcurrentSummary): string =>
  `${label}: ${s.n} requests in ${(s.durationMs / 1000).toFixed(0)} s = ${s.throughput.toFixed(1)}/s, p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms${s.errors ? `, ${s.errors} errors (first: ${s.firstError ?? ''})` : ''}`;

/** Linkage with the full mix, then Linkage and the peer without paths (when the peer runs). */
export async function concurrentRuns(linkageUrl: string, peerUrl: string | null, ops: readonly Operation[], plans: readonly PeerPlan[], s: Samples, settings: ConcurrentRunSettings): Promise<ConcurrentReport> {
  const run = { clients: settings.clients, durationMs: settings.durationMs };
  settings.log(`Concurrent: ${settings.clients} clients for ${(settings.durationMs / 1000).toFixed(0)} s per run.`);
  const linkage = await runConcurrent(linkageUrl, { ...run, next: linkageMix(ops, s) });
  settings.log(line('Linkage, full mix', linkage));
  if (peerUrl === null) return { mix: describeMix(), linkage, linkageWithoutPaths: null, peerWithoutPaths: null };
  const linkageWithoutPaths = await runConcurrent(linkageUrl, { ...run, next: linkageMix(ops, s, WITHOUT_PATHS) });
  settings.log(line('Linkage, without paths', linkageWithoutPaths));
  const peerWithoutPaths = await runConcurrent(peerUrl, { ...run, next: peerMix(plans, s) });
  settings.log(line('@neo4j/graphql, without paths', peerWithoutPaths));
  return { mix: describeMix(), linkage, linkageWithoutPaths, peerWithoutPaths };
}

function describeMix(): string {
  return 'a cycle of 10: search English (2), Chinese, typo; neighbourhood depth 1 of a random entity and of the leaf, the leaf at depth 2, the hub at depth 1 limit 10; paths maxHops 4 with and without asOf (left out in the "without paths" runs)';
}
