// Reading saved views: one by id, or a page of an account's own or of the listed ones, newest first
// (ids sort by age), as a cursor connection. Who may see what is decided by the caller with
// views-rules.ts; the lists only ever hold what their scope allows.
import { applySchema, statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import { decodeCursor, encodeCursor } from '../translate/cursor';
import { once } from './page';
import type { SavedViewRow } from './views-rules';

export interface SavedViewEdgeRow { cursor: string; node: SavedViewRow }

export interface SavedViewPage {
  edges: SavedViewEdgeRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** The saved views' constraints and indexes (cypher/views/schema), created when missing: the server runs it at start. */
export async function ensureViewsSchema(db: Pick<Db, 'write'>): Promise<void> {
  await applySchema(db, ['views/schema']);
}

export async function savedViewById(db: Db, id: string): Promise<SavedViewRow | null> {
  const [row] = await db.read(statement('views/by-id', { id }));
  return (row?.view as SavedViewRow | undefined) ?? null;
}

/** `ownerId`: that account's views (any visibility); null: the listed views of every account. */
export interface SavedViewListArgs { ownerId: string | null; first: number; after: string | null | undefined }

export async function savedViewPage(db: Db, { ownerId, first, after }: SavedViewListArgs): Promise<SavedViewPage> {
  const before = decodeCursor(after, 1)?.[0] ?? null;
  const rows = ownerId === null
    ? await db.read(statement('views/page-listed', { before, first: int(first + 1) }))
    : await db.read(statement('views/page-mine', { ownerId, before, first: int(first + 1) }));
  const views = rows.map((r) => r.view as SavedViewRow);
  const edges = views.slice(0, first).map((node) => ({ cursor: encodeCursor([node.id]), node }));
  const count = async (): Promise<number> => {
    const [row] = ownerId === null ? await db.read(statement('views/count-listed', {})) : await db.read(statement('views/count-mine', { ownerId }));
    return Number(row?.total ?? 0);
  };
  return { edges, pageInfo: { hasNextPage: views.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: once(count) };
}
