// The editing services' transactions. Writes run in one managed write transaction
// (session.executeWrite), which the driver retries on transient failures: everything a write
// creates has its id made before the transaction starts, and every statement MERGEs on ids or on
// the idempotency key, so a retried transaction writes nothing twice.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Row, Statement } from '../db';
import { toPlain } from '../db';
import type { Context } from '../resolvers/context';
import type { Run } from '../../seed/loader/write';

/** A Run bound to one open transaction, as server/revisions takes it. */
export const runOn = (tx: ManagedTransaction): Run => async (stmt: Statement): Promise<Row[]> =>
  (await tx.run(stmt.cypher, stmt.params)).records.map((r) => toPlain(r.toObject()) as Row);

/**
 * Runs `work` in one write transaction. Bookmarks need nothing here: the request's Db is a view
 * (Db.withBookmarks, made by server/app) whose sessions start after the bookmarks the client sent
 * and whose committed writes leave theirs in ctx.request.newBookmarks, the response's header.
 */
export function inWriteTransaction<T>(ctx: Context, work: (run: Run) => Promise<T>): Promise<T> {
  return ctx.db.transaction('WRITE', (tx) => work(runOn(tx)));
}

/** Runs `work` in one read transaction (after the request's bookmarks, as every read). */
export function inReadTransaction<T>(ctx: Context, work: (run: Run) => Promise<T>): Promise<T> {
  return ctx.db.transaction('READ', (tx) => work(runOn(tx)));
}
