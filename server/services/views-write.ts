// Writing saved views: save (idempotent with a key, within the account's limit), rename and change
// visibility (the owner, at the current version), delete (the owner, or an editor for a view
// others can open). Each runs in one write transaction that locks what it checks, so a check and
// the write it allows see the same view; a refusal writes nothing and says why, with its code.
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from '#vocabulary/errors';
import { checkViewName, VIEW_LIMITS, viewStateProblem } from '#vocabulary/views';
import type { ViewVisibility } from '#vocabulary/views';
import type { SavedViewInput } from '#vocabulary/wire/schema';
import { statement } from '../cypher';
import { int } from '../db';
import type { Run } from '../db';
import { inReadTransaction, inWriteTransaction } from '../editing/tx';
import { badInput, notFound } from '../errors';
import type { Context, Viewer } from '../resolvers/context';
import { mayDelete, mayEdit, mayRead, newViewId, viewIdemKey } from './views-rules';
import type { SavedViewRow } from './views-rules';

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

function nameOrRefuse(raw: string, argument: string): string {
  const checked = checkViewName(raw);
  if (!checked.ok) throw badInput(argument, checked.message);
  return checked.name;
}

const missing = (id: string): GraphQLError => {
  const error = notFound('saved view', id);
  error.extensions.argument = 'id';
  return error;
};

const forbidden = (what: string): GraphQLError =>
  new GraphQLError(`Only the view's owner may ${what}`, { extensions: { code: ErrorCode.FORBIDDEN, argument: 'id' } });

export function staleVersion(id: string, currentVersion: number, version: number): GraphQLError {
  return new GraphQLError(`The view is at version ${currentVersion}, not ${version}: it was changed since you read it; reload it and try again`, {
    extensions: { code: ErrorCode.CONFLICT, argument: 'version', id, currentVersion },
  });
}

async function byIdemKey(ctx: Context, idemKey: string | null): Promise<SavedViewRow | null> {
  if (idemKey === null) return null;
  const [row] = await inReadTransaction(ctx, (run) => run(statement('views/by-idem-key', { idemKey })));
  return (row?.view as SavedViewRow | undefined) ?? null;
}

export async function saveView(ctx: Context, viewer: Viewer, input: SavedViewInput, key?: string | null): Promise<SavedViewRow> {
  const idemKey = viewIdemKey(viewer, key);
  const first = await byIdemKey(ctx, idemKey);
  if (first) return first;
  const name = nameOrRefuse(input.name, 'input.name');
  const problem = viewStateProblem(input.state);
  if (problem !== null) throw badInput('input.state', problem);
  const at = new Date();
  const row = { id: newViewId(at), ownerId: viewer.id, name, state: input.state, visibility: input.visibility, at: at.toISOString(), idemKey };
  let out: Record<string, unknown> | undefined;
  try {
    [out] = await inWriteTransaction(ctx, (run) => run(statement('views/create', { row, limit: int(VIEW_LIMITS.perAccount) })));
  } catch (err) {
    // A concurrent save with the same key committed first: it is the one to return.
    if (!(err instanceof Neo4jError && err.code === CONSTRAINT_FAILED)) throw err;
    const winner = await byIdemKey(ctx, idemKey);
    if (!winner) throw err;
    return winner;
  }
  if (!out) throw new Error(`The signed-in account ${viewer.id} has no User node`);
  if (out.view === null) {
    const error = badInput('input', `You keep ${Number(out.count)} saved views, the most an account may keep; delete one to save another`);
    error.extensions.max = VIEW_LIMITS.perAccount;
    throw error;
  }
  return out.view as SavedViewRow;
}

/** Locks and reads the view, then applies the checks every change makes; the view as stored. */
async function lockedView(run: Run, viewer: Viewer, id: string, version: number | null, allowed: (v: SavedViewRow) => boolean, what: string): Promise<SavedViewRow> {
  const [row] = await run(statement('views/for-update', { id }));
  const view = row?.view as SavedViewRow | undefined;
  // A private view of another account is not there for them, whatever they try.
  if (!view || !mayRead(viewer, view)) throw missing(id);
  if (!allowed(view)) throw forbidden(what);
  if (version !== null && view.version !== version) throw staleVersion(id, view.version, version);
  return view;
}

async function update(ctx: Context, viewer: Viewer, id: string, version: number, change: { name: string | null; visibility: ViewVisibility | null }, what: string): Promise<SavedViewRow> {
  return inWriteTransaction(ctx, async (run) => {
    await lockedView(run, viewer, id, version, (v) => mayEdit(viewer, v), what);
    const [row] = await run(statement('views/update', { id, ...change, at: new Date().toISOString() }));
    return row?.view as SavedViewRow;
  });
}

export function renameView(ctx: Context, viewer: Viewer, id: string, version: number, name: string): Promise<SavedViewRow> {
  return update(ctx, viewer, id, version, { name: nameOrRefuse(name, 'name'), visibility: null }, 'rename it');
}

export function shareView(ctx: Context, viewer: Viewer, id: string, version: number, visibility: ViewVisibility): Promise<SavedViewRow> {
  return update(ctx, viewer, id, version, { name: null, visibility }, 'change who sees it');
}

export function deleteView(ctx: Context, viewer: Viewer, id: string, version: number | null): Promise<string> {
  return inWriteTransaction(ctx, async (run) => {
    await lockedView(run, viewer, id, version, (v) => mayDelete(viewer, v), 'delete it (or an editor, once it is shared)');
    await run(statement('views/delete', { id }));
    return id;
  });
}
