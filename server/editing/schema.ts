// The Proposal constraints and indexes (cypher/editing/schema); idempotent, so every start may run them.
import { splitStatements } from '../../seed/loader/write';
import { statement } from '../cypher';
import type { Db } from '../db';

export async function ensureEditingSchema(db: Db): Promise<void> {
  for (const cypher of splitStatements(statement('editing/schema', {}).cypher)) await db.write({ cypher, params: {} });
}
