// Saved views (docs/views.md): a named copy of the view the page's address carries, stored in Neo4j
// and opened by anyone its visibility lets read it. The limits and checks live here so that the
// page refuses what the server would refuse, with the same words.

/** PRIVATE: its owner only. SHARED: anyone who may read the graph and has the link. LISTED: shared, and in everyone's list. */
export const VIEW_VISIBILITIES = ['PRIVATE', 'SHARED', 'LISTED'] as const;
export type ViewVisibility = (typeof VIEW_VISIBILITIES)[number];

/** Which saved views a list holds: the signed-in account's own, or every account's listed ones. */
export const VIEW_SCOPES = ['MINE', 'LISTED'] as const;
export type ViewScope = (typeof VIEW_SCOPES)[number];

export const isViewVisibility = (v: unknown): v is ViewVisibility => (VIEW_VISIBILITIES as readonly unknown[]).includes(v);

export const VIEW_LIMITS = {
  /** Characters of a name, after trimming. */
  nameChars: 100,
  /**
   * Bytes of the state (the address's query string). A 20-entity view takes about 1.5 KB; the
   * largest canvas "Show everything" draws (600 records) takes under 20 KB.
   */
  stateBytes: 32_768,
  /** Views one account may keep; deleting one makes room. */
  perAccount: 200,
} as const;

/** The address parameter a saved view is opened by: `/?saved=<id>`. */
export const SAVED_VIEW_PARAM = 'saved';

/** What a saved view's id looks like (server/services/views-rules.ts makes them): "v_" + time + random hex. */
export const VIEW_ID = /^v_\d{8}T\d{9}Z-[0-9a-f]{16}$/;

/** The name as stored (trimmed, inner runs of white space as one space), or the reason it cannot be. */
export function checkViewName(raw: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = raw.trim().replace(/\s+/gu, ' ');
  if (name === '') return { ok: false, message: 'Give the view a name' };
  if ([...name].length > VIEW_LIMITS.nameChars) return { ok: false, message: `A view's name has at most ${VIEW_LIMITS.nameChars} characters` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(name)) return { ok: false, message: 'A view\'s name cannot hold control characters' };
  return { ok: true, name };
}

// The characters URLSearchParams.toString() writes ([A-Za-z0-9*-._], "%XX", "+", "=", "&"), and
// the "," and ":" the view's own lists use, which it escapes as %2C and %3A.
const STATE = /^[A-Za-z0-9*._~:,%+=&-]*$/;

/** null when `state` can be stored as a view's state, else the reason it cannot. */
export function viewStateProblem(state: string): string | null {
  if (state === '') return 'The view is empty: put something on the canvas first';
  if (new TextEncoder().encode(state).length > VIEW_LIMITS.stateBytes) return `The view is larger than the ${VIEW_LIMITS.stateBytes} bytes a saved view may hold; hide or remove some entities first`;
  if (!STATE.test(state)) return 'The state is not a view\'s address (a query string such as "n=jac,nio&s=n:nio")';
  const keys = new URLSearchParams(state);
  if (keys.has(SAVED_VIEW_PARAM)) return `A view's state cannot name another saved view ("${SAVED_VIEW_PARAM}=")`;
  return null;
}
