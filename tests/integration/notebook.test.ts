// Runs notebooks/explore.ipynb for real: the API in-process on the seeded test Neo4j, the notebook in
// the .venv that npm test builds from notebooks/requirements.txt, executed cell by cell with nbclient.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensurePythonVenv } from '../../scripts/lib/python-venv';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT } from '../../server/config';
import { readDataset } from '../../seed/loader';
import { testConfig, testDb } from '../support/env';

const run = promisify(execFile);

interface NotebookRow {
  id: string; from: string; to: string; type: string; status: string; valid_from: string | null; valid_to: string | null;
  source: string | null; quote: string | null; evidence: number;
  valid_from_basis: string | null; valid_to_basis: string | null; dates: string; dates_note: string | null;
  attribution: string | null; context: number; last_reported: string | null;
}
interface NotebookReport {
  backend: string;
  figures: number;
  relationships: NotebookRow[];
  quotes: { link: string; stance: string; attribution_kind: string; attribution: string; speaker: string | null; quote: string }[];
  who_built_for_whom: { builder: string; 'built for': string; when: string; status: string }[];
  graph: { nodes: number; edges: number };
}

describe('notebook explore.ipynb', () => {
  let app: RunningApp;
  let dir: string;
  let report: NotebookReport;
  let stderr = '';

  beforeAll(async () => {
    const python = ensurePythonVenv(() => undefined);
    if (!python) throw new Error('notebooks/requirements.txt is missing');
    app = await createApp(testConfig(), testDb());
    dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-notebook-'));
    const out = path.join(dir, 'report.json');
    // Asynchronous on purpose: the API answering the notebook runs in this very process.
    const result = await run(python, [path.join(REPO_ROOT, 'notebooks', 'run_notebook.py')], {
      env: { ...process.env, LINKAGE_URL: app.url, LINKAGE_DATAFRAME_OUT: out, MPLBACKEND: 'Agg' },
      timeout: 240_000,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((err: { stderr?: string; message: string }) => {
      throw new Error(`The notebook failed:\n${err.stderr ?? err.message}`);
    });
    stderr = result.stderr;
    report = JSON.parse(readFileSync(out, 'utf8')) as NotebookReport;
  }, 600_000);

  afterAll(async () => {
    await app?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is committed with its outputs cleared', () => {
    const nb = JSON.parse(readFileSync(path.join(REPO_ROOT, 'notebooks', 'explore.ipynb'), 'utf8')) as { cells: { cell_type: string; outputs?: unknown[]; execution_count?: number | null }[] };
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThan(5);
    for (const cell of code) expect([cell.outputs, cell.execution_count]).toEqual([[], null]);
  });

  it('executes every cell without an error, drawing with the Agg backend', () => {
    expect(stderr).not.toMatch(/Traceback|Error:/);
    expect(report.backend.toLowerCase()).toBe('agg');
    expect(report.figures).toBe(2);
  });

  it('pages every relationship of the seed into the DataFrame, one row each, with its ends, type, status and dates', () => {
    const seed = readDataset().relationships;
    expect(report.relationships).toHaveLength(seed.length);
    const rows = new Map(report.relationships.map((r) => [r.id, r]));
    expect(rows.size).toBe(seed.length);
    for (const rel of seed) {
      expect(rows.get(rel.id)).toMatchObject({
        id: rel.id, from: rel.from, to: rel.to, type: rel.type, status: rel.status,
        valid_from: rel.validFrom ?? null, valid_to: rel.validTo ?? null,
        source: rel.evidence[0]?.source, quote: rel.evidence[0]?.quote, evidence: rel.evidence.length,
        valid_from_basis: rel.validFromBasis ?? null, valid_to_basis: rel.validToBasis ?? null, dates_note: rel.datesNote ?? null,
        context: rel.context?.length ?? 0,
      });
    }
  });

  it('shows who asserts each link\'s first quote and how its dates are known', () => {
    const seed = readDataset().relationships;
    const rows = new Map(report.relationships.map((r) => [r.id, r]));
    for (const rel of seed) {
      const a = rel.evidence[0]?.attribution;
      expect([rel.id, rows.get(rel.id)?.attribution]).toEqual([rel.id, a ? (a.name ? `${a.kind}: ${a.name}` : a.kind) : null]);
    }
    expect(rows.get('xiaomi-in-talks-with-baic-group')).toMatchObject({ attribution: 'OUTLET: Bloomberg', last_reported: '2022-08-26' });
    expect(rows.get('baic-bjev-approved-by-ndrc')).toMatchObject({ dates: '2016 (not before) to open', valid_from_basis: 'NOT_BEFORE' });
    expect(rows.get('li-auto-acquired-lifan')?.dates).toBe('dates not stated');
  });

  it('lists every quote with its stance and attribution, the speaker named when it is in the graph', () => {
    const seed = readDataset().relationships;
    expect(report.quotes).toHaveLength(seed.reduce((n, r) => n + r.evidence.length, 0));
    expect(report.quotes).toContainEqual(expect.objectContaining({
      link: 'xiaomi-in-talks-with-baic-group', stance: 'CONTRADICTS', attribution_kind: 'ANONYMOUS', attribution: 'ANONYMOUS: a BAIC Group source', speaker: null,
    }));
    expect(report.quotes).toContainEqual(expect.objectContaining({ link: 'nio-approved-by-miit', attribution_kind: 'OFFICIAL_RECORD', speaker: 'Ministry of Industry and Information Technology' }));
    expect(report.quotes.filter((q) => q.stance === 'QUALIFIES').length).toBe(seed.flatMap((r) => r.evidence).filter((e) => e.stance === 'QUALIFIES').length);
  });

  it('builds a networkx graph with one edge per relationship', () => {
    expect(report.graph.edges).toBe(readDataset().relationships.length);
  });

  it('answers who built cars for whom, and when', () => {
    const seedBuilt = readDataset().relationships.filter((r) => r.type === 'BUILT_BY');
    expect(report.who_built_for_whom).toHaveLength(seedBuilt.length);
    expect(report.who_built_for_whom).toContainEqual({ builder: 'JAC Motors', 'built for': 'NIO', when: 'since 2018 (stated)', status: 'CONFIRMED' });
  });
});
