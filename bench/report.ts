// The results: a table on stdout for people, JSON under test-results/bench/ for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExplainedStatement, PlanFlag } from './explain';
import type { OpResult } from './measure';
import type { RawResult } from './raw';

/** One operation as the three peers answered it (issue 12); @neo4j/graphql is not run yet. */
export interface OperationReport {
  name: string;
  raw: RawResult;
  linkage: OpResult;
  peer: null;
  /** Linkage's p50 over the raw driver's: what the API adds to the statements it runs. */
  linkageOverRaw: number;
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

export function formatTable(results: readonly OperationReport[]): string {
  const head = ['operation', 'n', 'err', 'raw p50/p95/max', 'Linkage p50/p95/max', 'L÷raw', 'target', 'verdict'];
  const rows = results.map(({ linkage: r, raw, linkageOverRaw }) => [
    r.name, String(r.n), String(r.errors + raw.errors), triple(raw), triple(r), Number.isFinite(linkageOverRaw) ? linkageOverRaw.toFixed(2) : '-', `<${r.targetMs}`,
    [r.slow ? 'SLOW' : 'ok', r.cutShort ? '(budget hit)' : ''].filter(Boolean).join(' '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatErrors(results: readonly OperationReport[]): string[] {
  return results.flatMap(({ name, linkage: r, raw }) => [
    ...(r.firstError === null ? [] : [`  ${name}: ${r.errors} failed (${r.timeouts} timeouts), first: ${r.firstError}`]),
    ...(raw.firstError === null ? [] : [`  ${name} (raw driver): ${raw.errors} failed, first: ${raw.firstError}`]),
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
