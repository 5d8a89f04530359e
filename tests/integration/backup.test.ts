// The backup round trip: a seeded Neo4j of its own, edited (an accepted change, a revert, a
// pending proposal, an edited note), with accounts (a password, a session, an API token) and a node holding every
// value type, is backed up and restored into a second, empty Neo4j; both are then compared node
// by node, relationship by relationship, and schema item by schema item.
import { execFile } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import {
  backupDatabase, BackupFileError, BackupInconsistentError, checkBackup, encodeProps, readCounts, readSchema, restoreDatabase, RestoreFailedError, RestoreRefusedError,
} from '../../server/backup';
import type { SchemaItem } from '../../server/backup';
import { ensureViewsSchema } from '../../server/services/views';
import { authenticate, createApiToken, createSession, createUser, findUserByEmail, SESSION_COOKIE, verifyPassword } from '../../server/accounts';
import { REPO_ROOT } from '../../server/config';
import { cypher, statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { PROPOSE_CHANGE, RELATIONSHIP, REVERT, REVIEW, startEditingApi, USERS } from '../support/editing';
import type { EditingApi, ProposalJson } from '../support/editing';
import type { Viewer } from '../../server/resolvers';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';

jest.setTimeout(300_000);

const LINK = 'xpeng-built-by-haima-zhengzhou';
const PASSWORD = 'a long enough passphrase';

/** JSON with keys sorted: a canonical text of a record, for sorting two databases' records alike. */
const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

interface Graph { nodes: unknown[]; relationships: unknown[] }

/** Every node and relationship as the driver reads them (typed values, not toPlain's), in a canonical order. */
async function graphOf(db: Db): Promise<Graph> {
  return db.transaction('READ', async (tx) => {
    const rows = async (name: string): Promise<Neo4jRecord[]> => (await tx.run(cypher(name))).records;
    const sortLabels = (l: unknown): string[] => [...(l as string[])].sort();
    const key = (x: { labels?: string[]; props: unknown }): string => canonical([x.labels ?? [], encodeProps(x.props as Record<string, unknown>, 'compare')]);
    const nodes = (await rows('backup/nodes')).map((r) => ({ labels: sortLabels(r.get('labels')), props: r.get('props') as unknown }));
    const relationships = (await rows('test/relationships-with-ends')).map((r) => ({
      type: r.get('type') as string, props: r.get('props') as unknown,
      start: { labels: sortLabels(r.get('startLabels')), props: r.get('startProps') as unknown },
      end: { labels: sortLabels(r.get('endLabels')), props: r.get('endProps') as unknown },
    }));
    const relKey = (r: (typeof relationships)[number]): string => canonical([r.type, encodeProps(r.props as Record<string, unknown>, 'compare'), key(r.start), key(r.end)]);
    return {
      nodes: nodes.map((n) => [key(n), n] as const).sort(([a], [b]) => a.localeCompare(b)).map(([, n]) => n),
      relationships: relationships.map((r) => [relKey(r), r] as const).sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r),
    };
  });
}

const schemaOf = (db: Db): Promise<SchemaItem[]> => readSchema((stmt) => db.read(stmt));

/** The file's lines, changed by `edit`, written again with the header's counts and the checksum put right. */
function rewrite(file: string, out: string, edit: (lines: Record<string, unknown>[]) => Record<string, unknown>[]): string {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const body = edit(lines.slice(0, -1));
  const text = body.map((l) => `${JSON.stringify(l)}\n`).join('');
  const nodes = body.filter((l) => 'n' in l).length;
  const relationships = body.filter((l) => 'r' in l).length;
  writeFileSync(out, gzipSync(`${text}${JSON.stringify({ end: { nodes, relationships, sha256: createHash('sha256').update(text).digest('hex') } })}\n`));
  return out;
}

async function refusal(work: Promise<unknown>): Promise<Error> {
  try {
    await work;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected it to be refused');
}

describe('backup', () => {
  let api: EditingApi;
  let source: Db;
  let target: ScratchNeo4j;
  let emptySchema: SchemaItem[];
  let file: string;
  let dir: string;
  const secrets = { token: '', session: '' };

  beforeAll(async () => {
    [api, target] = await Promise.all([startEditingApi('backup', SCRATCH_NEO4J_PORTS.backup), startScratchNeo4j('restore', SCRATCH_NEO4J_PORTS.restore)]);
    source = api.db;
    dir = api.scratch.dir;
    emptySchema = await schemaOf(target.db);
    // Edits through the editing API: an accepted change, its revert, and a proposal left pending.
    const link = async (): Promise<{ version: number }> => (await api.ok<{ relationship: { version: number } }>(null, RELATIONSHIP, { id: LINK })).relationship;
    const propose = async (who: Viewer, patch: Record<string, unknown>): Promise<ProposalJson> =>
      (await api.ok<{ proposeChange: ProposalJson }>(who, PROPOSE_CHANGE, { target: LINK, version: (await link()).version, patch, reason: 'the backup test' })).proposeChange;
    const accepted = (await api.ok<{ review: ProposalJson }>(USERS.editor, REVIEW, { id: (await propose(USERS.editor, { status: 'RUMOURED' })).id, decision: 'ACCEPT' })).review;
    await api.ok(USERS.editor2, REVERT, { id: accepted.result?.id, reason: 'the article states it as fact' });
    await propose(USERS.contributor, { note: 'Pending: only "was the OEM" in 2018.' });
    // A note, edited once, so that the backup holds a Note and the NoteVersion its edit kept.
    const note = (await api.ok<{ addNote: { id: string } }>(USERS.editor, 'mutation($t: ID!) { addNote(target: $t, text: "Check the plant sale.", visibility: SHARED) { id } }', { t: LINK })).addNote;
    await api.ok(USERS.editor, 'mutation($id: ID!) { editNote(id: $id, version: 1, text: "Checked: sold in 2024.") { id } }', { id: note.id });
    // An account with a password, a session and an API token.
    const user = await createUser(source, { email: 'backup@example.org', role: 'editor', password: PASSWORD });
    secrets.session = (await createSession(source, user.id, 3600)).token;
    secrets.token = (await createApiToken(source, 'backup@example.org', 'notebook')).token;
    // A saved view (docs/views.md), with its constraints: the backup holds every label and schema item.
    await ensureViewsSchema(source);
    await api.ok(USERS.viewer, 'mutation($input: SavedViewInput!) { saveView(input: $input) { id } }', { input: { name: 'backed up', state: 'n=jac%2Cnio&s=n%3Anio', visibility: 'SHARED' } });
    await source.write(statement('test/backup-typed-values', { bytes: new Int8Array([0, 1, -1, 127, -128]) }));
    file = (await backupDatabase(source, { outDir: path.join(dir, 'backups') })).file;
  }, 900_000);
  afterAll(async () => { await Promise.all([api?.stop(), target?.stop()]); }, 300_000);

  it('writes a dated, gzip\'d file whose header counts every label and type in the graph', async () => {
    expect(path.basename(file)).toMatch(/^linkage-\d{8}T\d{6}Z\.jsonl\.gz$/);
    const { header, schema } = await checkBackup(file);
    expect(header.counts).toEqual(await readCounts((stmt) => source.read(stmt)));
    expect(Object.keys(header.counts.labels)).toEqual(expect.arrayContaining(['Entity', 'Source', 'Evidence', 'Revision', 'Proposal', 'User', 'Session', 'ApiToken', 'BackupTypes', 'Note', 'NoteVersion', 'SavedView']));
    expect(schema).toEqual(await schemaOf(source));
    expect(schema.map((s) => s.type)).toEqual(expect.arrayContaining(['UNIQUENESS', 'RANGE', 'FULLTEXT', 'LOOKUP']));
  });

  it('refuses a file edited after it was written, and writes nothing', async () => {
    const edited = path.join(dir, 'edited.jsonl.gz');
    writeFileSync(edited, gzipSync(gunzipSync(readFileSync(file)).toString('utf8').replace('"backup@example.org"', '"admin@example.org"')));
    const err = await refusal(restoreDatabase(target.db, edited));
    expect(err).toBeInstanceOf(BackupFileError);
    expect(err.message).toMatch(/the checksum does not match: the file was altered after it was written/);
    expect((await readCounts((stmt) => target.db.read(stmt))).nodes).toBe(0);
    expect(await schemaOf(target.db)).toEqual(emptySchema);
  });

  it('refuses a file cut short, and writes nothing', async () => {
    const whole = readFileSync(file);
    const cut = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const err = await refusal(restoreDatabase(target.db, cut));
    expect(err).toBeInstanceOf(BackupFileError);
    expect(err.message).toMatch(/ends early/);
    expect((await readCounts((stmt) => target.db.read(stmt))).nodes).toBe(0);
    expect(await schemaOf(target.db)).toEqual(emptySchema);
  });

  it('stops a restore that a wrong (but whole) file breaks part-way, leaves its nodes marked, and refuses to restore over them', async () => {
    // A file whose checksum is right but which lacks a node a relationship needs: it passes the checks and fails while writing.
    const wrong = rewrite(file, path.join(dir, 'wrong.jsonl.gz'), (lines) => {
      const rel = lines.find((l) => 'r' in l) as { r: [string, string, string] };
      const header = (lines[0] as { header: { counts: { nodes: number; labels: Record<string, number> } } }).header;
      const gone = lines.find((l) => 'n' in l && (l as { n: [string] }).n[0] === rel.r[2]) as { n: [string, string[]] };
      header.counts.nodes -= 1;
      for (const label of gone.n[1]) header.counts.labels[label] = (header.counts.labels[label] ?? 1) - 1;
      return lines.filter((l) => l !== gone);
    });
    const err = await refusal(restoreDatabase(target.db, wrong, { batchSize: 100 }));
    expect(err).toBeInstanceOf(RestoreFailedError);
    expect(err.message).toMatch(/The restore stopped after writing (\d+) of \1 nodes and 0 of \d+ relationships: .*name an end node the file does not hold/);
    expect(err.message).toMatch(/carry the label __LinkageRestore/);
    const again = await refusal(restoreDatabase(target.db, file));
    expect(again).toBeInstanceOf(RestoreRefusedError);
    expect(again.message).toMatch(/left by a restore that did not finish/);
    await target.db.write(statement('admin/wipe-all', {}));
  });

  it('restores every node, relationship and constraint and index exactly into the empty database', async () => {
    const summary = await restoreDatabase(target.db, file, { batchSize: 250 });
    expect(summary.counts).toEqual(summary.header.counts);
    const [from, to] = await Promise.all([graphOf(source), graphOf(target.db)]);
    expect(to.nodes).toHaveLength(summary.header.counts.nodes);
    expect(to.relationships).toHaveLength(summary.header.counts.relationships);
    expect(to.nodes).toStrictEqual(from.nodes);
    expect(to.relationships).toStrictEqual(from.relationships);
    expect(await schemaOf(target.db)).toEqual(await schemaOf(source));
  });

  it('brings the accounts back: the password, the session and the API token still sign in', async () => {
    const user = await findUserByEmail(target.db, 'backup@example.org');
    expect(await verifyPassword(user?.passwordHash, PASSWORD)).toBe(true);
    expect(await authenticate(target.db, { headers: { authorization: `Bearer ${secrets.token}` } })).toMatchObject({ email: 'backup@example.org' });
    expect(await authenticate(target.db, { headers: { cookie: `${SESSION_COOKIE}=${secrets.session}` } })).toMatchObject({ email: 'backup@example.org' });
  });

  it('refuses to restore into a database that holds a node, and changes nothing', async () => {
    const before = await graphOf(target.db);
    const err = await refusal(restoreDatabase(target.db, file));
    expect(err).toBeInstanceOf(RestoreRefusedError);
    expect(err.message).toMatch(/The database is not empty \(\d+ nodes\)/);
    expect(await graphOf(target.db)).toStrictEqual(before);
  });

  it('dumps again when a write commits during the dump, and the file then holds that write', async () => {
    const outDir = path.join(dir, 'retried');
    let writes = 0;
    const betweenParts = async (): Promise<void> => {
      if (writes > 0) return;
      writes += 1;
      await source.write(statement('test/add-probe-node', { name: 'written during the dump' }));
    };
    const logged: string[] = [];
    const summary = await backupDatabase(source, { outDir, betweenParts, log: (l) => logged.push(l) });
    expect(summary.tries).toBe(2);
    expect(logged).toEqual([expect.stringMatching(/The graph changed during the dump \(a transaction committed while it was read\); dumping it again \(try 2 of 3\)/)]);
    expect((await checkBackup(summary.file)).header.counts).toEqual(await readCounts((stmt) => source.read(stmt)));
  });

  it('gives up with a clear error when every dump sees a write, and leaves no file', async () => {
    const outDir = path.join(dir, 'busy');
    const betweenParts = async (): Promise<void> => { await source.write(statement('test/add-probe-node', { name: 'busy' })); };
    const err = await refusal(backupDatabase(source, { outDir, betweenParts, tries: 2 }));
    expect(err).toBeInstanceOf(BackupInconsistentError);
    expect(err.message).toMatch(/The graph changed during each of 2 dumps, so no consistent backup was written/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  describe('npm run backup and npm run restore', () => {
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const cli = (script: string, args: string[], neo = target.neo): Promise<{ code: number; stdout: string; stderr: string }> =>
      promisify(execFile)(tsx, [path.join(REPO_ROOT, 'scripts', script), ...args], {
        cwd: REPO_ROOT, env: { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, INIT_CWD: dir },
      }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

    it('backs up into --out (relative to where it was typed) and prints the counts, the file, its size and the time', async () => {
      const run = await cli('backup.ts', ['--out', 'from-cli'], api.scratch.neo);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Wrote .*from-cli\/linkage-\d{8}T\d{6}Z\.jsonl\.gz \(\d+(\.\d)? (B|KiB|MiB)\) in \d+\.\d s:/);
      expect(run.stdout).toMatch(/nodes: \d+ \(.*Entity \d+.*\)/);
      expect(readdirSync(path.join(dir, 'from-cli'))).toHaveLength(1);
    });

    it('exits 2 when restoring into a database that is not empty', async () => {
      copyFileSync(file, path.join(dir, 'copy.jsonl.gz'));
      const run = await cli('restore.ts', ['copy.jsonl.gz']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/The database is not empty/);
    });

    it('exits 2 with the usage when the command line is wrong', async () => {
      const none = await cli('restore.ts', []);
      expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('No backup file given\nUsage: npm run restore -- FILE')]);
      const force = await cli('restore.ts', ['copy.jsonl.gz', '--force']);
      expect([force.code, force.stderr]).toEqual([2, expect.stringContaining("Unknown option '--force'")]);
      const named = await cli('backup.ts', ['mine.gz']);
      expect([named.code, named.stderr]).toEqual([2, expect.stringContaining('backup takes no file name')]);
      const help = await cli('backup.ts', ['--help']);
      expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('Usage: npm run backup [-- --out DIR]')]);
    });
  });
});
