// The drill as the operator reads it in a terminal; the JSON beside it has every figure.
import { alignColumns } from '../report';
import type { Drill, Latency } from './summary';

const ms = (l: Latency | null): string => (l ? `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.max.toFixed(1)}` : '-');

export function formatDrill(d: Drill): string {
  const rows = d.phases.map((p) => [
    p.phase,
    String(p.requests),
    p.perSecond.toFixed(0),
    Object.entries(p.statuses).map(([s, n]) => `${s === '0' ? 'no answer' : s}: ${n}`).join(', '),
    ms(p.ok),
    ms(p.unavailable),
    String(p.unexpected),
  ]);
  const head = ['phase', 'requests', 'req/s', 'statuses', '200 ms p50 / p95 / max', '503 ms p50 / p95 / max', 'unexpected'];
  return [
    `Outage drill: ${d.clients} readers, Neo4j SIGKILLed, ${d.restarts} restart(s) by the supervisor (load average ${d.loadAverage.toFixed(1)})`,
    '',
    alignColumns(head, rows),
    '',
    `Kill to first good answer: ${d.killToFirstGoodMs === null ? 'never (within 120 s)' : `${(d.killToFirstGoodMs / 1000).toFixed(1)} s`}`,
    `Counts before: ${JSON.stringify(d.countsBefore)}`,
    `Counts after:  ${JSON.stringify(d.countsAfter)}`,
    '',
    '/metrics at the end (one line per Linkage series; a histogram by its count):',
    ...sampleLines(d.metrics).map((l) => `  ${l}`),
  ].join('\n');
}

/** The first line of each series, histograms' bucket lines left out for their `_count`. */
export function sampleLines(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith('#') || /_bucket[{ ]/.test(line) || /_sum[{ ]/.test(line)) continue;
    const name = line.split(/[{ ]/)[0] ?? line;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(line);
  }
  return out;
}
