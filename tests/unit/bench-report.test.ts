// The bench's report and concurrent run: ratios and the table with the three peers, the
// concurrent figures from samples, and the scheduler against a real loopback HTTP server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runConcurrent, summarise } from '../../bench/concurrent';
import type { ConcurrentSample } from '../../bench/concurrent';
import { CYCLE, WITHOUT_PATHS, linkageMix, peerMix } from '../../bench/concurrent-mix';
import { generateGraph } from '../../bench/generate';
import type { OpResult } from '../../bench/measure';
import { buildOperations } from '../../bench/operations';
import { buildPeerPlans, peerSamples } from '../../bench/peer-operations';
import type { RawResult } from '../../bench/raw';
import { formatConcurrent, formatPeerNotes, formatTable, overP50 } from '../../bench/report';
import type { OperationReport } from '../../bench/report';
import { pickSamples } from '../../bench/samples';

const timing = (p50: number, p95: number, max: number): OpResult => ({
  name: 'x', targetMs: 100, n: 20, errors: 0, timeouts: 0, p50, p95, max, mean: p50, meanBytes: 10, firstError: null, timingsMs: [], cutShort: false, slow: p95 > 100,
});
const raw = (p50: number): RawResult => ({ n: 20, errors: 0, timeouts: 0, firstError: null, p50, p95: p50 * 2, max: p50 * 3, timingsMs: [] });

function report(name: string, peer: OpResult | null, extra: Partial<OperationReport> = {}): OperationReport {
  const linkage = { ...timing(20, 40, 50), name };
  return {
    name, raw: raw(10), linkage, peer, linkageOverRaw: 2, peerOverLinkage: overP50(peer, linkage),
    peerNote: peer ? 'nested connections' : null, peerReason: peer ? null : 'no shortest-path query', peerCheck: null, ...extra,
  };
}

describe('bench report', () => {
  it('divides p50s, and gives no ratio when a side is missing or zero', () => {
    expect(overP50({ p50: 30 }, { p50: 20 })).toBe(1.5);
    expect(overP50(null, { p50: 20 })).toBeNull();
    expect(overP50({ p50: 30 }, { p50: 0 })).toBeNull();
  });

  it('prints raw, Linkage and the peer with both ratios, and n/a where the peer cannot ask', () => {
    const table = formatTable([report('neighbourhood leaf depth 1', timing(50, 90, 120)), report('paths maxHops 4', null)]);
    const [head, , first, second] = table.split('\n');
    expect(head).toMatch(/raw p50\/p95\/max +Linkage p50\/p95\/max +peer p50\/p95\/max +L÷raw +peer÷L/);
    expect(first).toMatch(/neighbourhood leaf depth 1 .* 10 \/ 20 \/ 30 +20 \/ 40 \/ 50 +50 \/ 90 \/ 120 +2\.00 +2\.50 +<100 +ok$/);
    expect(second).toMatch(/paths maxHops 4 .* n\/a +2\.00 +- +<100 +ok$/);
  });

  it('says what the peer was asked, how its answer compared, or why it was not asked', () => {
    const lines = formatPeerNotes([
      report('a', timing(1, 2, 3), { peerCheck: { same: false, detail: '2 links missing' } }),
      report('b', null),
    ]);
    expect(lines).toEqual(['  a: nested connections; answer check: DIFFERS, 2 links missing', '  b: not expressible (no shortest-path query)']);
  });
});

describe('bench concurrent', () => {
  const sample = (kind: string, ms: number, error: string | null = null): ConcurrentSample => ({ kind, startMs: 0, ms, error });

  it('sums up throughput, percentiles and errors overall and by kind', () => {
    const samples = [sample('search', 10), sample('search', 30), sample('paths', 100, 'TIMEOUT'), sample('paths', 20)];
    const s = summarise(samples, 2, 2000);
    expect(s).toMatchObject({ clients: 2, durationMs: 2000, throughput: 2, n: 4, errors: 1, p50: 20, p95: 100, max: 100, firstError: 'TIMEOUT' });
    expect(s.byKind).toEqual({ paths: { n: 2, errors: 1, p50: 20, p95: 100, max: 100 }, search: { n: 2, errors: 0, p50: 10, p95: 30, max: 30 } });
    expect(formatConcurrent({ mix: 'm', linkage: s, linkageWithoutPaths: null, peerWithoutPaths: null })).toMatch(/Linkage, full mix +2 +2 s +4 +1 +2\.0 +20 \/ 100 \/ 100 +paths 100, search 30/);
  });

  it('keeps every client busy until the time is up, against a real server', async () => {
    let inFlight = 0;
    let most = 0;
    const server = http.createServer((req, res) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      req.resume();
      setTimeout(() => {
        inFlight -= 1;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(req.url === '/graphql' ? { data: {} } : { errors: [{ message: 'wrong path' }] }));
      }, 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const seen: number[] = [];
      // One request first, so that the run does not time the first connection and compilation of fetch.
      await fetch(`${url}/graphql`, { method: 'POST', body: '{}' }).then((r) => r.text());
      const started = performance.now();
      const s = await runConcurrent(url, { clients: 4, durationMs: 1500, next: (i) => { seen.push(i); return { kind: i % 2 ? 'b' : 'a', query: '{ x }', variables: {} }; } });
      const elapsed = performance.now() - started;
      expect(most).toBe(4);
      expect(s.errors).toBe(0);
      // 4 clients, 20 ms a request, 1.5 s: about 300 requests, far fewer on a loaded machine, never more;
      // none starts after the time is up, and the run lasts until the last answer.
      expect(s.n).toBeGreaterThanOrEqual(8);
      expect(s.n).toBeLessThanOrEqual(4 * Math.ceil(1500 / 20) + 4);
      expect(s.throughput).toBeCloseTo(s.n / (s.durationMs / 1000), 0);
      expect(s.durationMs).toBeLessThanOrEqual(Math.ceil(elapsed));
      expect(seen).toEqual(Array.from({ length: s.n }, (_, i) => i));
      expect(Object.keys(s.byKind)).toEqual(['a', 'b']);
      expect(s.durationMs).toBeGreaterThanOrEqual(1500);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('mixes searches, neighbourhoods and paths, and leaves paths out of the peer mix', () => {
    const graph = generateGraph(400, 7).summary;
    const samples = pickSamples(graph, 7);
    const ops = buildOperations(samples);
    const plans = buildPeerPlans(ops, samples, peerSamples(graph, samples));
    const kinds = (next: (i: number) => { kind: string }, n: number): string[] => Array.from({ length: n }, (_, i) => next(i).kind);
    expect(kinds(linkageMix(ops, samples), CYCLE.length).sort()).toEqual(['neighbourhood', 'neighbourhood', 'neighbourhood', 'neighbourhood', 'paths', 'paths', 'search', 'search', 'search', 'search']);
    expect(kinds(peerMix(plans, samples), WITHOUT_PATHS.length)).not.toContain('paths');
    // The random neighbourhood moves to the next sample entity on each turn of the cycle.
    const random = (i: number): unknown => linkageMix(ops, samples)(1 + i * CYCLE.length).variables;
    expect(random(0)).toEqual({ ids: [samples.entities[0]], depth: 1 });
    expect(random(1)).toEqual({ ids: [samples.entities[1]], depth: 1 });
  });
});
