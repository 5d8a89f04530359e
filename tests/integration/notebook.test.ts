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
}
interface NotebookReport {
  backend: string;
  figures: number;
  relationships: NotebookRow[];
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
      });
    }
  });

  it('builds a networkx graph with one edge per relationship', () => {
    expect(report.graph.edges).toBe(readDataset().relationships.length);
  });

  it('answers who built cars for whom, and when', () => {
    const seedBuilt = readDataset().relationships.filter((r) => r.type === 'BUILT_BY');
    expect(report.who_built_for_whom).toHaveLength(seedBuilt.length);
    expect(report.who_built_for_whom).toContainEqual({ builder: 'JAC Motors', 'built for': 'NIO', when: 'from 2018 to 2023-12', status: 'ENDED' });
  });
});
