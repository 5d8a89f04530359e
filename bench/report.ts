// The results: a table on stdout for people, JSON under test-results/bench/ for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConcurrentSummary } from './concurrent';
import type { ExplainedStatement, PlanFlag } from './explain';
import type { OpResult } from './measure';
import type { CheckResult } from './peer-compare';
import type { RawResult } from './raw';

/** One operation as the three peers answered it (issue 12). */
export interface OperationReport {
  name: string;
  raw: RawResult;
  linkage: OpResult;
  /** @neo4j/graphql's timings; null when it cannot ask this (peerReason says why) or was not run. */
  peer: OpResult | null;
  /** Linkage's p50 over the raw driver's: what the API adds to the statements it runs. */
  linkageOverRaw: number;
  /** The peer's p50 over Linkage's: above 1, Linkage is faster. */
  peerOverLinkage: number | null;
  /** Where the peer's question is not quite Linkage's. */
  peerNote: string | null;
  /** Why the peer has no figures. */
  peerReason: string | null;
  /** One request of each compared with Linkage's answer (same ids?). */
  peerCheck: CheckResult | null;
}

/** The concurrent runs: Linkage's full mix, and both without paths (which the peer cannot ask). */
export interface ConcurrentReport {
  mix: string;
  linkage: ConcurrentSummary;
  linkageWithoutPaths: ConcurrentSummary | null;
  peerWithoutPaths: ConcurrentSummary | null;
}

export interface BenchReport {
  /** S, M or L; null for a custom --entities. */
  size: string | null;
  startedAt: string;
  durationMs: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  settings: Record<string, unknown>;
  graph: Record<string, unknown>;
  samples: Record<string, unknown>;
  /** 1, 5 and 15-minute load averages before and after the timed requests. */
  loadAverage: { before: number[]; after: number[] };
  operations: OperationReport[];
  statements: ExplainedStatement[];
  concurrent: ConcurrentReport | null;
}

export function machine(): BenchReport['machine'] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

const ms = (v: number): string => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(1) : v.toFixed(0));

const triple = (r: { p50: number; p95: number; max: number }): string => `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.max)}`;

const ratio = (v: number | null): string => (v !== null && Number.isFinite(v) ? v.toFixed(2) : '-');

/** Columns aligned: the first and last to the left, the figures to the right. */
export function alignColumns(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatTable(results: readonly OperationReport[]): string {
  const head = ['operation', 'n', 'err', 'raw p50/p95/max', 'Linkage p50/p95/max', 'peer p50/p95/max', 'L÷raw', 'peer÷L', 'target', 'verdict'];
  const rows = results.map(({ linkage: r, raw, peer, linkageOverRaw, peerOverLinkage }) => [
    r.name, String(r.n), String(r.errors + raw.errors + (peer?.errors ?? 0)), triple(raw), triple(r), peer ? triple(peer) : 'n/a',
    ratio(linkageOverRaw), ratio(peerOverLinkage), `<${r.targetMs}`,
    [r.slow ? 'SLOW' : 'ok', r.cutShort ? '(budget hit)' : ''].filter(Boolean).join(' '),
  ]);
  return alignColumns(head, rows);
}

/** Per operation: what the peer was asked instead, whether its answer matched, or why it was not asked. */
export function formatPeerNotes(results: readonly OperationReport[]): string[] {
  return results.map((r) => {
    if (r.peerReason !== null) return `  ${r.name}: not expressible (${r.peerReason})`;
    const check = r.peerCheck ? `; answer check: ${r.peerCheck.same ? 'ok' : 'DIFFERS'}, ${r.peerCheck.detail}` : '';
    return `  ${r.name}: ${r.peerNote ?? 'same question'}${check}`;
  });
}

/** The p50 ratio of two timings, null when either is missing. */
export function overP50(top: { p50: number } | null, bottom: { p50: number } | null): number | null {
  if (!top || !bottom || !(bottom.p50 > 0)) return null;
  return top.p50 / bottom.p50;
}

export function formatConcurrent(c: ConcurrentReport): string {
  const runs: [string, ConcurrentSummary | null][] = [
    ['Linkage, full mix', c.linkage], ['Linkage, without paths', c.linkageWithoutPaths], ['@neo4j/graphql, without paths', c.peerWithoutPaths],
  ];
  const rows = runs.flatMap(([label, s]) => (s === null ? [] : [
    [label, String(s.clients), `${(s.durationMs / 1000).toFixed(0)} s`, String(s.n), String(s.errors), s.throughput.toFixed(1), triple(s),
      Object.entries(s.byKind).map(([k, v]) => `${k} ${ms(v.p95)}`).join(', ')],
  ]));
  return alignColumns(['run', 'clients', 'time', 'requests', 'err', 'req/s', 'p50/p95/max', 'p95 by kind'], rows);
}

export function formatErrors(results: readonly OperationReport[]): string[] {
  return results.flatMap(({ name, linkage: r, raw, peer }) => [
    ...(r.firstError === null ? [] : [`  ${name}: ${r.errors} failed (${r.timeouts} timeouts), first: ${r.firstError}`]),
    ...(raw.firstError === null ? [] : [`  ${name} (raw driver): ${raw.errors} failed, first: ${raw.firstError}`]),
    ...(peer?.firstError == null ? [] : [`  ${name} (@neo4j/graphql): ${peer.errors} failed (${peer.timeouts} timeouts), first: ${peer.firstError.slice(0, 300)}`]),
  ]);
}

export function formatFlags(statements: readonly ExplainedStatement[]): string[] {
  const flags: PlanFlag[] = statements.flatMap((s) => s.flags);
  if (flags.length === 0) return ['  none'];
  return flags.map((f) => `  [${f.kind}] ${f.statement}: ${f.operator} ${f.details} — ${f.why}`);
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
