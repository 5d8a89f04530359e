// Everything the loader does to the database: schema first, then batched MERGEs, then waiting
// for indexes. Each batch is its own transaction, so a large seed never holds one huge one.
import { ensureAccountsSchema } from '../../server/accounts/users';
import { applySchema, statement } from '../../server/cypher';
import { ensureTallies } from '../../server/tally';
import type { Db, Run } from '../../server/db';
import type { RelationshipWriteRow, Rows } from './rows';
import { ErrorCode } from '#vocabulary/errors';
import { SYSTEM_ACCOUNTS } from '#vocabulary/roles';
import { SEED_FILES } from './types';
import type { SeedError } from './types';


export const BATCH_SIZE = 500;
const INDEX_WAIT_SECONDS = 300;
// editing/schema: the Proposal constraints and the `retired` indexes the API's totals count from;
// revisions/schema: the Revision ids and the history's target index; notes/schema: the notes' ids, keys and target index.
const SCHEMA_FILES = ['schema/constraints', 'schema/relation-indexes', 'schema/fulltext', 'editing/schema', 'revisions/schema', 'notes/schema'] as const;

/**
 * The schema, then the kept counts every writer moves (counted once when a database has none).
 * `evidenceSourced`: every Evidence was written with its sourceId (a store neo4j-admin just made from
 * the bulk writer's files), so the pass that gives older ones theirs can be skipped.
 */
export async function ensureSchema(db: Db, opts: { evidenceSourced?: boolean } = {}): Promise<number> {
  const statements = await applySchema(db, SCHEMA_FILES);
  await ensureTallies(db, opts);
  return statements;
}

/** The `seed` system account, which the seed's revisions name as their author. */
export async function ensureSeedAccount(db: Db): Promise<string> {
  await ensureAccountsSchema(db);
  return SYSTEM_ACCOUNTS.seed.id;
}

export async function awaitIndexes(db: Db): Promise<void> {
  await db.read(statement('schema/await-indexes', { seconds: INDEX_WAIT_SECONDS }));
}

/**
 * Relationship ids the database already uses with another type or other ends, as errors located
 * at the seed record, so that a changed meaning never turns into a second relationship.
 */
export async function findConflicts(read: Run, relationships: readonly RelationshipWriteRow[]): Promise<SeedError[]> {
  const wanted = new Map(relationships.map((r, index) => [r.id, { r, index }]));
  const stored = await read(statement('seed/existing-relationships', { ids: [...wanted.keys()] }));
  const seen = new Map<string, number>();
  const errors: SeedError[] = [];
  for (const row of stored) {
    const id = String(row.id);
    const hit = wanted.get(id);
    if (!hit) continue;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    const { r, index } = hit;
    if (row.type !== r.type || row.fromId !== r.from || row.toId !== r.to) {
      const was = `(${String(row.fromId)})-[${String(row.type)}]->(${String(row.toId)})`;
      errors.push({
        code: ErrorCode.BAD_USER_INPUT, file: SEED_FILES.relationships, index, id, field: null,
        message: `id already used in the database by ${was}, not (${r.from})-[${r.type}]->(${r.to}); give the new relationship a new id, or delete the old one first`,
      });
    }
  }
  for (const [id, n] of seen) {
    const hit = wanted.get(id);
    if (n > 1 && hit) {
      errors.push({ code: ErrorCode.BAD_USER_INPUT, file: SEED_FILES.relationships, index: hit.index, id, field: null, message: `id is used by ${n} relationships in the database; remove the extra ones first` });
    }
  }
  return errors;
}

async function inBatches<T>(write: Run, name: string, rows: readonly T[], column: string): Promise<number> {
  let total = 0;
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const [result] = await write(statement(name, { rows: rows.slice(i, i + BATCH_SIZE) }));
    total += Number(result?.[column] ?? 0);
  }
  return total;
}

export interface WriteCounts {
  sources: number; entities: number; relationships: number; evidence: number; staleEvidenceRemoved: number;
  context: number; staleContextRemoved: number;
}

/** MERGEs every row; returns what the statements report having written. */
export async function writeRows(write: Run, rows: Rows): Promise<WriteCounts> {
  const sources = await inBatches(write, 'seed/merge-sources', rows.sources, 'written');
  const entities = await inBatches(write, 'seed/merge-entities', rows.entities, 'written');
  const relationships = await inBatches(write, 'seed/merge-relationships', rows.relationships, 'written');
  // Validation guarantees both ends exist; a shortfall means the database changed under us.
  if (relationships !== rows.relationships.length) {
    throw new Error(`Wrote ${relationships} of ${rows.relationships.length} relationships: some end entities are missing from the database`);
  }
  const evidence = await inBatches(write, 'seed/merge-evidence', rows.evidence, 'written');
  const staleEvidenceRemoved = await inBatches(write, 'seed/prune-evidence', rows.evidenceCounts, 'removed');
  const context = await inBatches(write, 'seed/merge-context', rows.context, 'written');
  const staleContextRemoved = await inBatches(write, 'seed/prune-context', rows.contextCounts, 'removed');
  return { sources, entities, relationships, evidence, staleEvidenceRemoved, context, staleContextRemoved };
}

export interface GraphCounts { nodesByLabel: Record<string, number>; relationshipsByType: Record<string, number>; totalNodes: number; totalRelationships: number }

export async function countGraph(read: Run): Promise<GraphCounts> {
  const toRecord = (rows: Record<string, unknown>[], key: string): Record<string, number> =>
    Object.fromEntries(rows.map((r) => [String(r[key]), Number(r.count)]));
  const labels = await read(statement('seed/count-labels', {}));
  const types = await read(statement('seed/count-types', {}));
  const [totals] = await read(statement('seed/count-totals', {}));
  return {
    nodesByLabel: toRecord(labels, 'label'),
    relationshipsByType: toRecord(types, 'type'),
    totalNodes: Number(totals?.nodes ?? 0),
    totalRelationships: Number(totals?.relationships ?? 0),
  };
}
