import { sampleLines } from '../../bench/outage/report';
import { latency, summarise } from '../../bench/outage/summary';
import type { Sample } from '../../bench/outage/summary';

const rest = { clients: 2, killToFirstGoodMs: 1200, restarts: 1, countsBefore: { entities: 1 }, countsAfter: { entities: 1 }, loadAverage: 1, metrics: [] };

describe('bench/outage/summary', () => {
  it('takes nearest-rank percentiles and gives null for no samples', () => {
    expect(latency([5, 1, 3, 2, 4])).toEqual({ p50: 3, p95: 5, max: 5 });
    expect(latency([])).toBeNull();
  });

  it('counts a 503 while down as the outage, and a 503 outside it, a 400 or a lost connection as unexpected', () => {
    const samples: Sample[] = [
      { phase: 'before', status: 200, ms: 4, at: 0 },
      { phase: 'before', status: 503, ms: 2, at: 1000 },
      { phase: 'down', status: 503, ms: 1, at: 1100 },
      { phase: 'down', status: 0, ms: 9, at: 1200 },
      { phase: 'down', status: 400, ms: 3, at: 1300 },
      { phase: 'after', status: 200, ms: 6, at: 2500 },
    ];
    const drill = summarise(samples, rest);
    const [before, down, after] = drill.phases;
    expect(before).toMatchObject({ requests: 2, statuses: { 200: 1, 503: 1 }, unexpected: 1, seconds: 1, perSecond: 2 });
    expect(down).toMatchObject({ requests: 3, statuses: { 503: 1, 0: 1, 400: 1 }, unexpected: 2, unavailable: { p50: 1, p95: 1, max: 1 }, ok: null });
    expect(after).toMatchObject({ requests: 1, unexpected: 0, ok: { p50: 6, p95: 6, max: 6 }, perSecond: 0 });
  });
});

describe('bench/outage/report', () => {
  it('keeps one line per series, a histogram by its count', () => {
    const lines = [
      '# HELP linkage_http_request_duration_seconds x',
      'linkage_http_request_duration_seconds_bucket{le="0.1"} 3',
      'linkage_http_request_duration_seconds_sum 0.2',
      'linkage_http_request_duration_seconds_count 3',
      'linkage_neo4j_restarts_total 1',
      'linkage_neo4j_restarts_total 2',
    ];
    expect(sampleLines(lines)).toEqual(['linkage_http_request_duration_seconds_count 3', 'linkage_neo4j_restarts_total 1']);
  });
});
