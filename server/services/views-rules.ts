// Saved views' rules, pure: the row the API reads, its id, and who may read, change or delete it
// (docs/views.md). The services (views.ts, views-write.ts) apply them; the unit tests check them.
import { randomBytes } from 'node:crypto';
import { can } from '#vocabulary/roles';
import type { ViewVisibility } from '#vocabulary/views';
import type { Viewer } from '../resolvers/context';

/** A SavedView node as cypher/fragments/saved-view-fields projects it (the SavedView type's parent). */
export interface SavedViewRow {
  id: string;
  ownerId: string;
  name: string;
  state: string;
  visibility: ViewVisibility;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** "v_" + the time, so that ids sort by age, + 64 random bits, so that a shared view's link cannot be guessed. */
export const newViewId = (at: Date): string => `v_${at.toISOString().replace(/[-:.]/g, '')}-${randomBytes(8).toString('hex')}`;

/** The key as stored: unique per owner, so two accounts may use the same key. */
export const viewIdemKey = (viewer: Viewer, key: string | null | undefined): string | null => (key === null || key === undefined ? null : `${viewer.id}:${key}`);

const owns = (viewer: Viewer | null, view: SavedViewRow): boolean => viewer !== null && viewer.id === view.ownerId;

/** Its owner reads it; a shared or listed view is read by anyone who may read the graph (the sign-in gate decides that). */
export const mayRead = (viewer: Viewer | null, view: SavedViewRow): boolean => owns(viewer, view) || view.visibility !== 'PRIVATE';

/** Only its owner renames it or changes its visibility: a view says what its owner chose to show. */
export const mayEdit = (viewer: Viewer | null, view: SavedViewRow): boolean => owns(viewer, view);

/**
 * Its owner deletes it; so may an editor or admin when it is shared or listed (a link anyone can
 * open is the newsroom's to take down). A private view they cannot even read.
 */
export const mayDelete = (viewer: Viewer | null, view: SavedViewRow): boolean =>
  owns(viewer, view) || (viewer !== null && view.visibility !== 'PRIVATE' && can(viewer.role, 'moderateViews'));
