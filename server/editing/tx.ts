// The editing services' transactions. Writes run in one managed write transaction
// (session.executeWrite), which the driver retries on transient failures: everything a write
// creates has its id made before the transaction starts, and every statement MERGEs on ids or on
// the idempotency key, so a retried transaction writes nothing twice.
import type { Run } from '../db';
import type { Context } from '../resolvers/context';

/**
 * Runs `work` in one write transaction. Bookmarks need nothing here: the request's Db is a view
 * (Db.withBookmarks, made by server/app) whose sessions start after the bookmarks the client sent
 * and whose committed writes leave theirs in ctx.request.newBookmarks, the response's header.
 */
export function inWriteTransaction<T>(ctx: Context, work: (run: Run) => Promise<T>): Promise<T> {
  return ctx.db.transaction('WRITE', (tx) => work(ctx.db.runner(tx)));
}

/** Runs `work` in one read transaction (after the request's bookmarks, as every read). */
export function inReadTransaction<T>(ctx: Context, work: (run: Run) => Promise<T>): Promise<T> {
  return ctx.db.transaction('READ', (tx) => work(ctx.db.runner(tx)));
}
