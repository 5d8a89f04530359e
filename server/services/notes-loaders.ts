// Per-request batching for notes: a list of entities or links asking for their notes, or a list of
// notes asking for their earlier versions, is one query, not one per object.
import DataLoader from 'dataloader';
import type { Db } from '../db';
import { earlierVersions, notesOnTargets } from './notes-store';
import type { NoteVersionRow, StoredNote } from './notes-store';

/** Whose reading (the request's account) and which target. */
export interface NotesKey { viewerId: string; target: string }

export interface NotesLoaders {
  on: DataLoader<NotesKey, StoredNote[], string>;
  earlier: DataLoader<string, NoteVersionRow[]>;
}

async function loadNotes(db: Db, keys: readonly NotesKey[]): Promise<StoredNote[][]> {
  const viewers = [...new Set(keys.map((k) => k.viewerId))];
  const found = new Map<string, StoredNote[]>();
  await Promise.all(viewers.map(async (viewerId) => {
    const targets = keys.filter((k) => k.viewerId === viewerId).map((k) => k.target);
    const lists = await notesOnTargets(db, viewerId, targets);
    targets.forEach((t, i) => found.set(`${viewerId}\u0000${t}`, lists[i] ?? []));
  }));
  return keys.map((k) => found.get(`${k.viewerId}\u0000${k.target}`) ?? []);
}

export function createNotesLoaders(db: Db): NotesLoaders {
  return {
    on: new DataLoader((keys) => loadNotes(db, keys), { cacheKeyFn: (k) => `${k.viewerId}\u0000${k.target}` }),
    earlier: new DataLoader((ids) => earlierVersions(db, ids)),
  };
}
