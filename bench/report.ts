// The results: a table on stdout for people, JSON under test-results/bench/ for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExplainedStatement, PlanFlag } from './explain';
import type { OpResult } from './measure';

export interface BenchReport {
  startedAt: string;
  durationMs: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  settings: Record<string, unknown>;
  graph: Record<string, unknown>;
  samples: Record<string, unknown>;
  /** 1, 5 and 15-minute load averages before and after the timed requests. */
  loadAverage: { before: number[]; after: number[] };
  operations: OpResult[];
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

export function formatTable(results: readonly OpResult[]): string {
  const head = ['operation', 'n', 'err', 'p50 ms', 'p95 ms', 'max ms', 'target', 'verdict'];
  const rows = results.map((r) => [
    r.name, String(r.n), String(r.errors), ms(r.p50), ms(r.p95), ms(r.max), `<${r.targetMs}`,
    [r.slow ? 'SLOW' : 'ok', r.cutShort ? '(budget hit)' : ''].filter(Boolean).join(' '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatErrors(results: readonly OpResult[]): string[] {
  return results.filter((r) => r.firstError !== null).map((r) => `  ${r.name}: ${r.errors} failed (${r.timeouts} timeouts), first: ${r.firstError ?? ''}`);
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
