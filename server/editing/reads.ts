// What the editing API reads: proposals (a page, newest first, or by id), revisions by id, the
// accounts the audit trail names, records' version stamps and history. Batched by the loaders
// (./loaders.ts) where a list asks for many.
import type { ProposalState } from '#vocabulary/editing';
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import { readHistory } from '../revisions';
import { once } from '../services/page';
import { decodeCursor, encodeCursor } from '../translate/cursor';
import type { ProposalPage, ProposalRow, RevisionRow } from './types';

const byIds = <T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] => {
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
};

export async function proposalsByIds(db: Db, ids: readonly string[]): Promise<(ProposalRow | null)[]> {
  return byIds(ids, (await db.read(statement('editing/proposals-by-ids', { ids }))).map((r) => r.proposal as ProposalRow));
}

export async function revisionsByIds(db: Db, ids: readonly string[]): Promise<(RevisionRow | null)[]> {
  return byIds(ids, (await db.read(statement('editing/revisions-by-ids', { ids }))).map((r) => r.revision as RevisionRow));
}

async function versionsByIds(db: Db, name: string, ids: readonly string[]): Promise<number[]> {
  const rows = await db.read(statement(name, { ids }));
  const found = new Map(rows.map((r) => [String(r.id), Number(r.version ?? 0)]));
  return ids.map((id) => found.get(id) ?? 0);
}

export const entityVersions = (db: Db, ids: readonly string[]): Promise<number[]> => versionsByIds(db, 'editing/entity-versions', ids);
export const relationshipVersions = (db: Db, ids: readonly string[]): Promise<number[]> => versionsByIds(db, 'editing/relationship-versions', ids);

export async function historiesOf(db: Db, targets: readonly string[]): Promise<RevisionRow[][]> {
  const history = await readHistory((stmt) => db.read(stmt), targets);
  return targets.map((t) => (history.get(t) ?? []) as RevisionRow[]);
}

export interface ProposalListArgs { state: ProposalState | null; authorId: string | null; first: number; after: string | null | undefined }

/** A page of proposals, newest first; `authorId` limits it to one author's. */
export async function proposalPage(db: Db, args: ProposalListArgs): Promise<ProposalPage> {
  const before = decodeCursor(args.after, 1)?.[0] ?? null;
  const rows = await db.read(statement('editing/proposal-page', { state: args.state, authorId: args.authorId, before, first: int(args.first + 1) }));
  const proposals = rows.map((r) => r.proposal as ProposalRow);
  const edges = proposals.slice(0, args.first).map((node) => ({ cursor: encodeCursor([node.id]), node }));
  const count = async (): Promise<number> => {
    const [row] = await db.read(statement('editing/proposal-count', { state: args.state, authorId: args.authorId }));
    return Number(row?.total ?? 0);
  };
  return { edges, pageInfo: { hasNextPage: proposals.length > args.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: once(count) };
}
