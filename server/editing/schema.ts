// The Proposal constraints and indexes (cypher/editing/schema); idempotent, so every start may run them.
import { applySchema } from '../cypher';
import type { Db } from '../db';

export async function ensureEditingSchema(db: Db): Promise<void> {
  await applySchema(db, ['editing/schema']);
}
