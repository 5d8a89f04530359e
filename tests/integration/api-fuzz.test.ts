// A bounded fuzz run over real HTTP: 2,000 seeded, schema-generated operations, many of them
// hostile, must never make the server fail (no 5xx, no INTERNAL_SERVER_ERROR). The seed is in the
// failure message, so a failure can be replayed (LINKAGE_FUZZ_SEED); LINKAGE_FUZZ_OPERATIONS runs a
// longer one. The error codes met are written to test-results/api-fuzz.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT } from '../../server/config';
import { schemaShape } from '../../server/schema';
import { fuzzer } from '../support/fuzz';
import { testConfig, testDb } from '../support/env';

const OPERATIONS = Number(process.env.LINKAGE_FUZZ_OPERATIONS ?? 2000);
const CONCURRENCY = 4;
const SEED = Number(process.env.LINKAGE_FUZZ_SEED ?? 20261201);

interface Failure { query: string; status: number; body: string }

describe('API fuzz', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await createApp(testConfig(), testDb()); });
  afterAll(() => app.stop());

  it(`gives no 5xx and no INTERNAL_SERVER_ERROR for ${OPERATIONS} generated operations (seed ${SEED})`, async () => {
    const fuzz = fuzzer(schemaShape(), SEED);
    const queries = Array.from({ length: OPERATIONS }, () => fuzz.operation());
    const failures: Failure[] = [];
    const codes = new Map<string, number>();
    let nextIndex = 0;
    const worker = async (): Promise<void> => {
      while (nextIndex < queries.length) {
        const query = queries[nextIndex++] as string;
        const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = await res.text();
        const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
        for (const e of parsed.errors ?? []) codes.set(e.extensions?.code ?? 'none', (codes.get(e.extensions?.code ?? 'none') ?? 0) + 1);
        if (res.status >= 500 || body.includes('INTERNAL_SERVER_ERROR')) failures.push({ query, status: res.status, body: body.slice(0, 500) });
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    mkdirSync(path.join(REPO_ROOT, 'test-results'), { recursive: true });
    writeFileSync(path.join(REPO_ROOT, 'test-results', 'api-fuzz.json'), `${JSON.stringify({
      seed: SEED, operations: OPERATIONS, seconds: (Date.now() - started) / 1000, failures: failures.length,
      codes: Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])),
    }, null, 2)}\n`);
    expect({ seed: SEED, failures: failures.slice(0, 5) }).toEqual({ seed: SEED, failures: [] });
    // Most operations are refused somewhere; some must get through, or the fuzz tests nothing.
    expect(codes.size).toBeGreaterThan(1);
  }, 300_000);
});
