// What the two commands print when they are done: counts by label and type, the file, its size, the time.
import type { BackupSummary } from './dump';
import type { Counts } from './format';
import type { RestoreSummary } from './restore';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u += 1; }
  return `${v.toFixed(1)} ${units[u] ?? 'TiB'}`;
}

function countLines(counts: Counts): string[] {
  const by = (m: Record<string, number>): string => Object.entries(m).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(', ') || '(none)';
  return [`  nodes: ${counts.nodes} (${by(counts.labels)})`, `  relationships: ${counts.relationships} (${by(counts.types)})`];
}

export function formatBackupSummary(s: BackupSummary): string[] {
  return [
    `Wrote ${s.file} (${formatBytes(s.bytes)}) in ${s.seconds.toFixed(1)} s${s.tries > 1 ? ` (try ${s.tries}: the graph changed during the earlier ones)` : ''}:`,
    ...countLines(s.counts),
    `  schema: ${s.schema.filter((i) => i.kind === 'constraint').length} constraints, ${s.schema.filter((i) => i.kind === 'index').length} indexes`,
  ];
}

export function formatRestoreSummary(file: string, s: RestoreSummary): string[] {
  return [
    `Restored ${file} (taken ${s.header.createdAt}) in ${s.seconds.toFixed(1)} s; the counts match the file's:`,
    ...countLines(s.counts),
    `  schema: ${s.schemaCreated.length} constraints and indexes created`,
  ];
}
