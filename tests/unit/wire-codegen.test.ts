// The generated wire types are committed; `npm run codegen -- --check` regenerates them in memory
// and compares. It runs as a child process: the generator's plugins load ESM-only packages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { SCHEMA_FILE } from '../../server/schema';
import { pageDocument } from '../../scripts/lib/page-document';

function check(...extra: string[]): { status: number | null; stderr: string } {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, ['scripts/codegen.ts', '--check', ...extra], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('scripts/codegen', () => {
  it('finds every committed generated file up to date with the schema and the page\'s operations', () => {
    const { status, stderr } = check();
    if (status !== 0) throw new Error(stderr.trim() || 'The generated wire types are out of date: run npm run codegen');
    expect(status).toBe(0);
  });

  it('says which file to regenerate when the schema changes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-codegen-'));
    try {
      const changed = path.join(dir, 'schema.graphql');
      const schema = readFileSync(SCHEMA_FILE, 'utf8');
      expect(schema).toContain('enum Stance { SUPPORTS CONTRADICTS QUALIFIES }');
      writeFileSync(changed, schema.replace('enum Stance { SUPPORTS CONTRADICTS QUALIFIES }', 'enum Stance { SUPPORTS CONTRADICTS QUALIFIES NEUTRAL }'));
      const { status, stderr } = check('--schema', changed);
      expect(status).toBe(1);
      expect(stderr).toContain('vocabulary/wire/schema.ts is out of date with server/schema/schema.graphql or client/src/api/queries.ts: run npm run codegen');
      expect(stderr).toContain('vocabulary/wire/operations.ts is out of date');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scripts/lib/page-document', () => {
  it('keeps a fragment that several operations carry once, and refuses two that differ', () => {
    const fragment = 'fragment F on Entity { id }';
    const doc = pageDocument([`query A { entity(id: "a") { ...F } } ${fragment}`, `query B { entity(id: "b") { ...F } } ${fragment}`]);
    expect(doc.definitions.map((d) => ('name' in d ? d.name?.value : undefined))).toEqual(['A', 'F', 'B']);
    expect(() => pageDocument([fragment, 'fragment F on Entity { name }'])).toThrow('Fragment F is defined twice, differently');
  });

  it('collects every operation the page sends', () => {
    const names = pageDocument().definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []));
    expect(names.sort()).toEqual([
      'AddNote', 'AddSource', 'DeleteNote', 'DeleteView', 'EditNote', 'EntityDetails', 'EntityHistory', 'GraphStats', 'Intake', 'LinkForEdit', 'LinkHistory', 'LinkPage',
      'Me', 'Neighbourhood', 'Notes', 'Paths', 'Proposals', 'ProposeChange', 'ProposeEntity', 'ProposeFromIntake', 'ProposeRelationship', 'ReaderSource',
      'RelationshipDetails', 'RenameView', 'Revert', 'Review', 'SaveView', 'SavedViewState', 'SavedViews', 'Search', 'ShareView', 'SourceList',
    ]);
  });
});
