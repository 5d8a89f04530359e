// The schema in a backup: every constraint and every index a constraint does not own, each with
// the CREATE statement Neo4j itself writes for it (SHOW … YIELD createStatement), which restore
// runs again. These statements come from the database, not from cypher/: they are its data.
import { statement } from '../cypher';
import type { Db, Run } from '../db';
import type { Counts, SchemaItem } from './format';

export async function readSchema(run: Run): Promise<SchemaItem[]> {
  const constraints = await run(statement('backup/constraints', {}));
  const indexes = await run(statement('backup/indexes', {}));
  const item = (kind: SchemaItem['kind']) => (row: Record<string, unknown>): SchemaItem => ({
    kind, name: String(row.name), type: String(row.type), entityType: String(row.entityType), createStatement: String(row.createStatement),
  });
  return [...constraints.map(item('constraint')), ...indexes.map(item('index'))];
}

/** The graph's counts: totals from the count store, labels and types by a scan. */
export async function readCounts(run: Run): Promise<Counts> {
  const [all] = await run(statement('backup/count-all', {}));
  const labels: Record<string, number> = {};
  for (const row of await run(statement('backup/count-labels', {}))) labels[String(row.label)] = Number(row.count);
  const types: Record<string, number> = {};
  for (const row of await run(statement('backup/count-types', {}))) types[String(row.type)] = Number(row.count);
  return { nodes: Number(all?.nodes ?? 0), relationships: Number(all?.relationships ?? 0), labels, types };
}

/** Only schema commands run from a file: anything else in a createStatement is refused. */
const SCHEMA_COMMAND = /^CREATE (CONSTRAINT|(RANGE |TEXT |POINT |FULLTEXT |LOOKUP |VECTOR )?INDEX) `/;

/** A schema item the database already has (by name; the token lookup indexes by what they cover). */
function sameItem(a: SchemaItem, b: SchemaItem): boolean {
  if (a.kind !== b.kind) return false;
  if (a.type === 'LOOKUP' && b.type === 'LOOKUP') return a.entityType === b.entityType;
  return a.name === b.name;
}

export class SchemaConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaConflictError';
  }
}

/**
 * Creates each item the database lacks, constraints first (as the file lists them); one that is
 * already there with the same definition is kept (an empty database has its two token lookup
 * indexes), one there with another definition is an error. Returns the names created.
 */
export async function restoreSchema(db: Db, items: readonly SchemaItem[]): Promise<string[]> {
  const existing = await readSchema((stmt) => db.read(stmt));
  const created: string[] = [];
  for (const item of items) {
    const there = existing.find((e) => sameItem(e, item));
    if (there) {
      if (there.type !== 'LOOKUP' && there.createStatement !== item.createStatement) {
        throw new SchemaConflictError(`The database already has ${item.kind} ${item.name}, defined differently:\n  there: ${there.createStatement}\n  file:  ${item.createStatement}`);
      }
      continue;
    }
    if (!SCHEMA_COMMAND.test(item.createStatement)) throw new SchemaConflictError(`The ${item.kind} ${item.name} in the file is not a schema command: ${item.createStatement}`);
    await db.write({ name: 'backup/(schema from the file)', cypher: item.createStatement, params: {} });
    created.push(item.name);
  }
  return created;
}
