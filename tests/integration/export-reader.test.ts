// The export data set read from the seeded test Neo4j: complete and equal to the seed files when
// unfiltered, the same whatever the page size, and filtered exactly as LinkFilter filters.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensurePythonVenv } from '../../scripts/lib/python-venv';
import type { Db } from '../../server/db';
import { collectText, csvExport, graphmlExport, jsonExport, NO_FILTER, parseExportFilter, readExportData } from '../../server/export';
import type { ExportFilter } from '../../server/export';
import { endOf, startOf } from '#vocabulary/dates';
import { readDataset } from '../../seed/loader';
import type { Dataset } from '../../seed/loader';
import { testDb } from '../support/env';

interface JsonExport { sources: Record<string, unknown>[]; entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] }

const filterOf = (query: string): ExportFilter => {
  const parsed = parseExportFilter(new URLSearchParams(query));
  if (!parsed.ok) throw parsed.error;
  return parsed.filter;
};

/** The seed as the export writes it: every field present, the loader's defaults applied, ids in order. */
function seedAsExported(seed: Dataset): JsonExport {
  const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  const publishedOn = new Map(seed.sources.map((s) => [s.id, s.publishedOn]));
  return {
    sources: byId(seed.sources).map((s) => ({
      id: s.id, title: s.title, publisher: s.publisher, author: s.author ?? null, publishedOn: s.publishedOn, publishedOnBasis: s.publishedOnBasis,
      publishedOnNote: s.publishedOnNote ?? null, url: s.url ?? null, text: s.text,
    })),
    entities: byId(seed.entities).map((e) => ({ id: e.id, name: e.name, kind: e.kind, country: e.country ?? null, aliases: e.aliases ?? [], description: e.description ?? null })),
    relationships: byId(seed.relationships).map((r) => ({
      id: r.id, type: r.type, from: r.from, to: r.to, status: r.status,
      validFrom: r.validFrom ?? null, validFromBasis: r.validFromBasis ?? null, validTo: r.validTo ?? null, validToBasis: r.validToBasis ?? null,
      datesNote: r.datesNote ?? null, role: r.role ?? null, note: r.note ?? null,
      evidence: r.evidence.map((ev) => ({
        source: ev.source, quote: ev.quote, reportedOn: ev.reportedOn ?? publishedOn.get(ev.source), stance: ev.stance ?? 'SUPPORTS',
        attribution: { kind: ev.attribution.kind, name: ev.attribution.name ?? null, entity: ev.attribution.entity ?? null }, marksEnd: ev.marksEnd ?? false,
      })),
      context: (r.context ?? []).map((c) => ({ source: c.source, quote: c.quote, reportedOn: c.reportedOn ?? publishedOn.get(c.source) })),
    })),
  };
}

describe('export reader (against the seeded Neo4j)', () => {
  let db: Db;
  const seed = readDataset();
  const exportJson = async (filter: ExportFilter, pageSize?: number): Promise<string> => collectText(jsonExport(readExportData(db, filter, pageSize)));

  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('exports the whole graph exactly as the seed files state it', async () => {
    expect(JSON.parse(await exportJson(NO_FILTER))).toEqual(seedAsExported(seed));
  });

  it('writes the same bytes whatever the page size, so paging never reorders or drops records', async () => {
    expect(await exportJson(NO_FILTER, 4)).toBe(await exportJson(NO_FILTER, 1000));
    const filter = filterOf('types=BUILT_BY,APPROVED_BY');
    expect(await exportJson(filter, 2)).toBe(await exportJson(filter, 1000));
  });

  it('keeps only the filtered relationships, with just the entities they join and the sources they cite', async () => {
    const out = JSON.parse(await exportJson(filterOf('types=BUILT_BY&statuses=CONFIRMED,ENDED'))) as JsonExport;
    const wanted = seed.relationships.filter((r) => r.type === 'BUILT_BY' && (r.status === 'CONFIRMED' || r.status === 'ENDED'));
    expect(out.relationships.map((r) => r.id)).toEqual(wanted.map((r) => r.id).sort());
    expect(out.entities.map((e) => e.id)).toEqual([...new Set(wanted.flatMap((r) => [r.from, r.to]))].sort());
    expect(out.sources.map((s) => s.id)).toEqual([...new Set(wanted.flatMap((r) => r.evidence.map((ev) => ev.source)))].sort());
  });

  it('keeps links valid on an asOf day, and links overlapping a from/to span, as LinkFilter does', async () => {
    const validOn = (day: string) => (r: Dataset['relationships'][number]): boolean =>
      (!r.validFrom || (startOf(r.validFrom) ?? '') <= day) && (!r.validTo || (endOf(r.validTo) ?? '') >= day);
    const asOf = JSON.parse(await exportJson(filterOf('asOf=2023-12-15'))) as JsonExport;
    expect(asOf.relationships.map((r) => r.id)).toEqual(seed.relationships.filter(validOn('2023-12-15')).map((r) => r.id).sort());
    expect(asOf.relationships.map((r) => r.id)).toContain('nio-built-by-jac');
    // No source states an end of NIO-JAC (issue 9), so it is still valid later; it began in 2018, so not before.
    const after = JSON.parse(await exportJson(filterOf('asOf=2024-01-01'))) as JsonExport;
    expect(after.relationships.map((r) => r.id)).toContain('nio-built-by-jac');
    expect(after.relationships.map((r) => r.id)).not.toContain('mofcom-issued-ev-export-licensing-2026');
    const before = JSON.parse(await exportJson(filterOf('asOf=2017-06-01'))) as JsonExport;
    expect(before.relationships.map((r) => r.id)).not.toContain('nio-built-by-jac');
    expect(before.relationships.map((r) => r.id)).toEqual(seed.relationships.filter(validOn('2017-06-01')).map((r) => r.id).sort());
    const span = JSON.parse(await exportJson(filterOf('from=2024&to=2024'))) as JsonExport;
    const overlaps = (r: Dataset['relationships'][number]): boolean => (!r.validTo || (endOf(r.validTo) ?? '') >= '2024-01-01') && (!r.validFrom || (startOf(r.validFrom) ?? '') <= '2024-12-31');
    expect(span.relationships.map((r) => r.id)).toEqual(seed.relationships.filter(overlaps).map((r) => r.id).sort());
  });

  it('keeps links whose both ends are of the given kinds', async () => {
    const kinds = new Map(seed.entities.map((e) => [e.id, e.kind]));
    const out = JSON.parse(await exportJson(filterOf('kinds=EV_STARTUP,AUTOMAKER'))) as JsonExport;
    const both = (r: Dataset['relationships'][number]): boolean => ['EV_STARTUP', 'AUTOMAKER'].includes(kinds.get(r.from) ?? '') && ['EV_STARTUP', 'AUTOMAKER'].includes(kinds.get(r.to) ?? '');
    expect(out.relationships.map((r) => r.id)).toEqual(seed.relationships.filter(both).map((r) => r.id).sort());
    expect(out.relationships.length).toBeGreaterThan(0);
  });

  it('writes a CSV row for every quote and every context sentence of every relationship', async () => {
    const csv = await collectText(csvExport(readExportData(db, NO_FILTER, 5).relationships()));
    // Quotes hold no line breaks in the seed, so rows are lines here.
    const rows = csv.split('\r\n').filter(Boolean);
    const contextCount = seed.relationships.reduce((n, r) => n + (r.context?.length ?? 0), 0);
    expect(rows).toHaveLength(1 + seed.relationships.reduce((n, r) => n + r.evidence.length, 0) + contextCount);
    expect(rows.filter((row) => row.includes(',CONTEXT,'))).toHaveLength(contextCount);
    expect(rows).toContainEqual(expect.stringContaining(',EVIDENCE,cnevpost-2022-xiaomi-baic-qingdao,'));
    expect(rows.find((row) => row.startsWith('xiaomi-in-talks-with-baic-group,') && row.includes(',"A BAIC Group source later told local media'))).toMatch(/,CONTRADICTS,ANONYMOUS,a BAIC Group source,,false$/);
  });

  it('writes GraphML that networkx reads with typed attributes and every node and edge', async () => {
    const python = ensurePythonVenv(() => undefined);
    if (!python) throw new Error('notebooks/requirements.txt is missing');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-graphml-'));
    try {
      const file = path.join(dir, 'graph.graphml');
      writeFileSync(file, await collectText(graphmlExport(readExportData(db, NO_FILTER))));
      const script = [
        'import json, sys, networkx as nx',
        'g = nx.read_graphml(sys.argv[1], force_multigraph=True)',
        'e = next(d for _, _, k, d in g.edges(keys=True, data=True) if d["id"] == "nio-built-by-jac")',
        'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),',
        '  "count": e["evidenceCount"], "countType": type(e["evidenceCount"]).__name__, "contradicted": e["contradicted"],',
        '  "nio": g.nodes["nio"]["label"], "aliases": g.nodes["nio"]["aliases"],',
        '  "fromBasis": e["validFromBasis"], "toBasis": e.get("validToBasis"), "datesNote": e["datesNote"][:24],',
        '  "attributions": e["attributions"].split(" | "), "stances": e["stances"].split(" | "), "kinds": e["attributionKinds"]}, ensure_ascii=False))',
      ].join('\n');
      const { stdout } = await promisify(execFile)(python, ['-c', script, file]);
      expect(JSON.parse(stdout)).toEqual({
        nodes: seed.entities.length, edges: seed.relationships.length, directed: true,
        count: 7, countType: 'int', contradicted: false, nio: 'NIO', aliases: 'Nio | NIO Inc | 蔚来 | 蔚来汽车 | NextEV | Weilai | JAC NIO | 江淮蔚来',
        // The link's date bases and note, and one attribution and stance per quote, in the quotes' order.
        fromBasis: 'STATED', toBasis: null, datesNote: 'The start is stated: "Si',
        attributions: ['ARTICLE', 'ARTICLE', 'OUTLET: Reuters', 'OUTLET: Reuters', 'ARTICLE', 'ARTICLE', 'ARTICLE'],
        stances: ['SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'QUALIFIES'],
        kinds: 'ARTICLE | OUTLET',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
