import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { BackupFileError, backupFileName, checkBackup, parseBackupArgs, parseRestoreArgs, readBackup } from '../../server/backup';

const dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-backup-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = {
  header: {
    format: 'linkage-backup', version: 1, createdAt: '2026-12-02T01:30:00.000Z', neo4j: { version: '5.26.30', edition: 'community' }, database: null, bookmarks: ['FB:x'],
    counts: { nodes: 2, relationships: 1, labels: { Entity: 2, Company: 1 }, types: { BUILT_BY: 1 } },
  },
};
const SCHEMA = { schema: { kind: 'constraint', name: 'entity_id', type: 'UNIQUENESS', entityType: 'NODE', createStatement: 'CREATE CONSTRAINT `entity_id` FOR (n:`Entity`) REQUIRE (n.`id`) IS UNIQUE' } };
const NODE_A = { n: ['a', ['Entity', 'Company'], { id: 'nio', founded: { int: '2014' } }] };
const NODE_B = { n: ['b', ['Entity'], { id: 'jac' }] };
const REL = { r: ['r1', 'BUILT_BY', 'a', 'b', { weight: { float: 0.5 } }] };

/** The lines as text, with an end line whose checksum and counts are right unless `end` says otherwise. */
function fileText(lines: object[], end: Record<string, unknown> = {}): string {
  const body = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
  const sha256 = createHash('sha256').update(body).digest('hex');
  return `${body}${JSON.stringify({ end: { nodes: 2, relationships: 1, sha256, ...end } })}\n`;
}

let count = 0;
function write(content: string | Buffer): string {
  const file = path.join(dir, `b${(count += 1)}.jsonl.gz`);
  writeFileSync(file, typeof content === 'string' ? gzipSync(content) : content);
  return file;
}

const good = (): string => write(fileText([HEADER, SCHEMA, NODE_A, NODE_B, REL]));

async function failure(file: string): Promise<string> {
  try {
    await checkBackup(file);
  } catch (err) {
    if (err instanceof BackupFileError) return err.message;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('backup file', () => {
  it('names a file by the UTC time to the second', () => {
    expect(backupFileName(new Date('2026-12-02T01:30:00.123Z'))).toBe('linkage-20261202T013000Z.jsonl.gz');
  });

  it('reads a whole file: header, schema, typed nodes and relationships', async () => {
    const file = good();
    const { header, schema, end } = await checkBackup(file);
    expect(header.counts.nodes).toBe(2);
    expect(schema.map((s) => s.name)).toEqual(['entity_id']);
    expect(end.nodes).toBe(2);
    const kinds: string[] = [];
    for await (const line of readBackup(file)) {
      kinds.push(line.kind);
      if (line.kind === 'node' && line.node.id === 'a') expect(line.node.props.founded).toEqual(neo4j.int(2014));
    }
    expect(kinds).toEqual(['header', 'schema', 'node', 'node', 'relationship', 'end']);
  });

  it('refuses a file cut short, in the gzip stream or at a line boundary', async () => {
    const whole = gzipSync(fileText([HEADER, SCHEMA, NODE_A, NODE_B, REL]));
    expect(await failure(write(whole.subarray(0, whole.length - 12)))).toMatch(/ends early|damaged/);
    const lines = fileText([HEADER, SCHEMA, NODE_A, NODE_B, REL]).split('\n');
    expect(await failure(write(`${lines.slice(0, 4).join('\n')}\n`))).toMatch(/the end line is missing: the file was cut short \(after 4 lines\)/);
  });

  it('refuses a file edited after it was written (the checksum no longer matches)', async () => {
    const text = fileText([HEADER, SCHEMA, NODE_A, NODE_B, REL]).replace('"jac"', '"jaq"');
    expect(await failure(write(text))).toMatch(/the checksum does not match: the file was altered/);
  });

  it('refuses counts that disagree with the header, even with a right checksum', async () => {
    expect(await failure(write(fileText([HEADER, SCHEMA, NODE_A, REL], { nodes: 1 })))).toMatch(/holds 1 nodes where the header says 2/);
    const relabelled = { n: ['b', ['Entity', 'Company'], { id: 'jac' }] };
    expect(await failure(write(fileText([HEADER, SCHEMA, NODE_A, relabelled, REL])))).toMatch(/2 × Company where the header says 1/);
  });

  it('refuses lines out of order, after the end, of unknown kinds, or with a bad value', async () => {
    expect(await failure(write(fileText([HEADER, NODE_A, SCHEMA, NODE_B, REL])))).toMatch(/line 3: a schema line after the nodes/);
    expect(await failure(write(fileText([SCHEMA, HEADER, NODE_A, NODE_B, REL])))).toMatch(/line 1: not a Linkage backup/);
    expect(await failure(write(`${fileText([HEADER, SCHEMA, NODE_A, NODE_B, REL])}${JSON.stringify(NODE_A)}\n`))).toMatch(/lines after the end line/);
    expect(await failure(write(fileText([HEADER, SCHEMA, { x: 1 }, NODE_A, NODE_B, REL])))).toMatch(/line 3: unknown line "x"/);
    expect(await failure(write(fileText([HEADER, SCHEMA, { n: ['a', ['Entity'], { size: 3 }] }, NODE_B, REL])))).toMatch(/line 3: node a property "size": 3 is not a backup value/);
    expect(await failure(write(fileText([HEADER, SCHEMA, { n: ['a', ['Entity', '__LinkageRestore'], {}] }, NODE_B, REL])))).toMatch(/restore's own label/);
    expect(await failure(write(`{"header":${JSON.stringify({ ...HEADER.header, version: 2 })}}\n`))).toMatch(/format version 2; this Linkage reads version 1/);
    expect(await failure(write('not json\n'))).toMatch(/line 1: not JSON/);
  });

  it('refuses a file that is not gzip, an empty one, and a missing one', async () => {
    expect(await failure(write(Buffer.from('{"header":{}}\n')))).toMatch(/not a gzip file, or damaged/);
    expect(await failure(write(''))).toMatch(/empty/);
    expect(await failure(path.join(dir, 'missing.jsonl.gz'))).toMatch(/missing\.jsonl\.gz: no such file/);
  });
});

describe('backup args', () => {
  it('takes an optional --out folder, in either form', () => {
    expect(parseBackupArgs([])).toEqual({ command: 'backup', outDir: null });
    expect(parseBackupArgs(['--out', '/tmp/b'])).toEqual({ command: 'backup', outDir: '/tmp/b' });
    expect(parseBackupArgs(['--out=b'])).toEqual({ command: 'backup', outDir: 'b' });
  });

  it('refuses a file name, an unknown option or an empty --out, and answers --help', () => {
    expect(parseBackupArgs(['x.gz'])).toMatchObject({ command: 'error', message: expect.stringContaining('backup takes no file name') as unknown });
    expect(parseBackupArgs(['--force'])).toMatchObject({ command: 'error', message: expect.stringContaining("Unknown option '--force'") as unknown });
    expect(parseBackupArgs(['--out='])).toEqual({ command: 'error', message: '--out needs a folder' });
    expect(parseBackupArgs(['--out'])).toMatchObject({ command: 'error' });
    expect(parseBackupArgs(['-h'])).toEqual({ command: 'help' });
  });
});

describe('restore args', () => {
  it('takes exactly one file', () => {
    expect(parseRestoreArgs(['b.jsonl.gz'])).toEqual({ command: 'restore', file: 'b.jsonl.gz' });
    expect(parseRestoreArgs([])).toEqual({ command: 'error', message: 'No backup file given' });
    expect(parseRestoreArgs(['a', 'b'])).toEqual({ command: 'error', message: 'restore takes one file, got 2' });
  });

  it('has no option to skip the empty-database check, or any other', () => {
    expect(parseRestoreArgs(['b.jsonl.gz', '--force'])).toMatchObject({ command: 'error', message: expect.stringContaining("Unknown option '--force'") as unknown });
    expect(parseRestoreArgs(['--help'])).toEqual({ command: 'help' });
  });
});
