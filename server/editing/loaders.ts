// Per-request batching for the editing fields: a list of links asking for version or history,
// a page of proposals asking for authors, is one query per field, not one per object.
import DataLoader from 'dataloader';
import type { Db } from '../db';
import { entityVersions, historiesOf, proposalsByIds, relationshipVersions, revisionsByIds } from './reads';
import type { ProposalRow, RevisionRow } from './types';

export interface EditingLoaders {
  proposal: DataLoader<string, ProposalRow | null>;
  revision: DataLoader<string, RevisionRow | null>;
  history: DataLoader<string, RevisionRow[]>;
  entityVersion: DataLoader<string, number>;
  relationshipVersion: DataLoader<string, number>;
}

export function createEditingLoaders(db: Db): EditingLoaders {
  return {
    proposal: new DataLoader((ids) => proposalsByIds(db, ids)),
    revision: new DataLoader((ids) => revisionsByIds(db, ids)),
    history: new DataLoader((ids) => historiesOf(db, ids)),
    entityVersion: new DataLoader((ids) => entityVersions(db, ids)),
    relationshipVersion: new DataLoader((ids) => relationshipVersions(db, ids)),
  };
}
