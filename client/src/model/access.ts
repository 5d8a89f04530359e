// What the page shows to whom, from the signed-in account's role and the permissions table the
// server checks (vocabulary/roles.ts): the page never offers what the server would refuse.
import { can, isRole } from '#vocabulary/roles';
import type { Role } from '#vocabulary/roles';

export interface Access {
  readonly signedIn: boolean;
  /** The role the page acts on; an unknown role reads as a viewer's. */
  readonly role: Role | null;
  /** "Propose": new links and entities, changes, quotes; they wait for review. */
  readonly propose: boolean;
  /** Proposals can be accepted at once by their own author (a direct edit). */
  readonly editDirectly: boolean;
  /** The review queue: accept or reject others' proposals. */
  readonly review: boolean;
  readonly revert: boolean;
  readonly addSource: boolean;
  /** Proposed-but-unreviewed links on the canvas: contributors and editors, never viewers or anonymous readers. */
  readonly seeProposed: boolean;
  /** Notes on entities and links: every signed-in account reads its own and the shared ones, and writes its own. */
  readonly writeNotes: boolean;
  /** Deleting another account's shared note. */
  readonly moderateNotes: boolean;
}

export function accessFor(user: { readonly role: string } | null): Access {
  const role = user ? (isRole(user.role) ? user.role : 'viewer') : null;
  const may = (p: Parameters<typeof can>[1]): boolean => role !== null && can(role, p);
  return {
    signedIn: user !== null,
    role,
    propose: may('propose'),
    editDirectly: may('editDirectly'),
    review: may('review'),
    revert: may('revert'),
    addSource: may('addSource'),
    seeProposed: may('propose'),
    writeNotes: may('writeNotes'),
    moderateNotes: may('moderateNotes'),
  };
}
