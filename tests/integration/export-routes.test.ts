// GET /export/* over real HTTP on the app the server builds, against the seeded test Neo4j.
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { Db } from '../../server/db';
import { collectText, jsonExport, parseExportFilter, readExportData } from '../../server/export';
import { readDataset } from '../../seed/loader';
import { testConfig, testDb, testDbOptions } from '../support/env';
import { captureLogger } from '../support/log-capture';

describe('export routes', () => {
  let app: RunningApp;
  let db: Db;
  beforeAll(async () => {
    app = await createApp(testConfig(), testDb());
    db = testDb();
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  it.each([
    ['/export/graph.graphml', 'application/graphml+xml', 'linkage-graph.graphml'],
    ['/export/relationships.csv', 'text/csv; charset=utf-8', 'linkage-relationships.csv'],
    ['/export/graph.json', 'application/json; charset=utf-8', 'linkage-graph.json'],
  ])('serves %s as a %s download named %s', async (route, type, filename) => {
    const res = await fetch(`${app.url}${route}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
    expect((await res.text()).length).toBeGreaterThan(1000);
  });

  it('sends the CSV in UTF-8 with a byte-order mark and Chinese names intact', async () => {
    const bytes = Buffer.from(await (await fetch(`${app.url}/export/relationships.csv`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('relationship_id,from_id,from_name,to_id,to_name,type,status,valid_from,valid_from_basis,valid_to,valid_to_basis,dates_note,');
    expect(text).toContain(',stance,attribution_kind,attribution_name,attribution_entity,marks_end\r\n');
    // An OUTLET attribution and a stated basis, as a spreadsheet shows them.
    expect(text).toMatch(/\nxiaomi-in-talks-with-ndrc,xiaomi,Xiaomi,ndrc,.*,2022-07-29,SUPPORTS,OUTLET,Bloomberg,,false\r\n/);
    const graph = await (await fetch(`${app.url}/export/graph.graphml`)).text();
    expect(graph).toContain('蔚来');
  });

  it('sends the whole graph as JSON the importer reads, the same bytes as the export reader', async () => {
    const body = await (await fetch(`${app.url}/export/graph.json`)).text();
    const parsed = JSON.parse(body) as { entities: { id: string; aliases: string[] }[]; relationships: unknown[] };
    expect(parsed.relationships).toHaveLength(readDataset().relationships.length);
    expect(parsed.entities.find((e) => e.id === 'nio')?.aliases).toContain('蔚来');
    const filter = parseExportFilter(new URLSearchParams());
    if (!filter.ok) throw filter.error;
    expect(body).toBe(await collectText(jsonExport(readExportData(db, filter.filter))));
  });

  it('filters with the LinkFilter parameters', async () => {
    // Every BUILT_BY link is valid in 2020 (the only dated one starts in 2018), so the status does the narrowing.
    const res = await fetch(`${app.url}/export/graph.json?types=BUILT_BY&asOf=2020-06-01&statuses=CONFIRMED`);
    const parsed = JSON.parse(await res.text()) as { relationships: { id: string; type: string; status: string }[] };
    expect(parsed.relationships.map((r) => r.type)).toEqual(parsed.relationships.map(() => 'BUILT_BY'));
    expect(parsed.relationships.map((r) => r.status)).toEqual(parsed.relationships.map(() => 'CONFIRMED'));
    expect(parsed.relationships.map((r) => r.id)).toContain('nio-built-by-jac');
    expect(parsed.relationships.length).toBeLessThan(readDataset().relationships.filter((r) => r.type === 'BUILT_BY').length);
  });

  it.each([
    ['/export/graph.json?types=BUILDS', 'types'],
    ['/export/relationships.csv?asOf=yesterday', 'asOf'],
    ['/export/graph.graphml?from=2021&to=2020', 'from'],
    ['/export/graph.json?typ=BUILT_BY', 'typ'],
  ])('answers %s with HTTP 400 and a BAD_USER_INPUT error naming %s, in GraphQL\'s error shape', async (route, argument) => {
    const res = await fetch(`${app.url}${route}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', argument } }] });
  });

  it('gives the same message and code as the filter check itself', async () => {
    const body = (await (await fetch(`${app.url}/export/graph.json?types=BUILDS`)).json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    const parsed = parseExportFilter(new URLSearchParams('types=BUILDS'));
    if (parsed.ok) throw new Error('types=BUILDS was accepted');
    expect(body.errors).toEqual([{ message: parsed.error.message, extensions: { code: 'BAD_USER_INPUT', argument: 'types' } }]);
    expect(body.errors[0]?.message).toContain('"BUILDS" is not a relation type');
  });
});

describe('export routes when Neo4j is unreachable', () => {
  it('answers HTTP 503 with SERVICE_UNAVAILABLE instead of an empty download', async () => {
    const app = await createApp(testConfig(), new Db({ ...testDbOptions(), uri: 'bolt://127.0.0.1:1', maxTransactionRetryTime: 200 }));
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await fetch(`${app.url}/export/graph.json`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(await res.json()).toEqual({ errors: [{ message: expect.stringContaining('unavailable'), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    } finally {
      quiet.mockRestore();
      await app.stop();
    }
  });
});

describe('export routes on an unexpected Neo4j error', () => {
  it("answers HTTP 500 with INTERNAL_SERVER_ERROR, without Neo4j's message, and logs the cause", async () => {
    const log = captureLogger();
    const app = await createApp(testConfig(), new Db({ ...testDbOptions(), database: 'no-such-database' }), { logger: log.logger });
    try {
      const res = await fetch(`${app.url}/export/relationships.csv`);
      expect(res.status).toBe(500);
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(await res.json()).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      expect(log.lines()).toContainEqual(expect.objectContaining({ level: 50, msg: 'export failed', path: '/export/relationships.csv', err: expect.anything() }));
    } finally {
      await app.stop();
    }
  });
});
