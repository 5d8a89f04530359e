// Who may do what (docs/editing.md). Roles are ordered: each may do everything the one before it may.
// The server checks permissions here and nowhere else; the page reads the same table to decide what it shows.

export const ROLES = ['viewer', 'contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: unknown): v is Role => (ROLES as readonly unknown[]).includes(v);

/** What an account can do, and the least role that can do it. */
export const PERMISSIONS = {
  read: 'viewer',
  /** Notes on entities and links (docs/notes.md): any signed-in account writes its own. */
  writeNotes: 'viewer',
  /** Saved views (docs/views.md): any account saves, renames and deletes its own. */
  saveViews: 'viewer',
  propose: 'contributor',
  review: 'editor',
  editDirectly: 'editor',
  addSource: 'editor',
  revert: 'editor',
  /** Deleting another account's shared note. */
  moderateNotes: 'editor',
  /** Deleting another account's shared or listed view. */
  moderateViews: 'editor',
  manageAccounts: 'admin',
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission): boolean => ROLES.indexOf(role) >= ROLES.indexOf(PERMISSIONS[permission]);

/**
 * Accounts that are not people: they hold revisions written by tools and can never sign in (no
 * password, no token). `seed` authors the curated seed's load; its revisions are the ones a later
 * seed run may replace (an edit by anyone else is never overwritten).
 */
export const SYSTEM_ACCOUNTS = {
  seed: { id: 'seed', email: 'seed@system.linkage', role: 'editor' },
} as const satisfies Record<string, { id: string; email: string; role: Role }>;
