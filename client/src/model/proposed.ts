// Links proposed but not yet reviewed, read from the pending proposals' payloads, so the canvas can
// draw them apart from the graph's own links. Only contributors and editors are sent proposals;
// the page adds them to the state only for those roles (model/access.ts, seeProposed).
import { RELATION_TYPES, STATUSES } from '#vocabulary';
import type { RelationType, Status } from '#vocabulary';
import { parseRecord } from './recordDiff';

export interface ProposedLink {
  /** `proposal:<proposal id>`: never the id of a link of the graph. */
  readonly id: string;
  readonly proposal: string;
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  readonly status: Status;
  readonly author: string;
}

export interface PendingLike {
  readonly id: string;
  readonly kind: string;
  readonly state: string;
  readonly payload: string;
  readonly author: { readonly email: string };
}

export const PROPOSED_PREFIX = 'proposal:';

export function proposedLinks(proposals: readonly PendingLike[]): ProposedLink[] {
  const out: ProposedLink[] = [];
  for (const p of proposals) {
    if (p.kind !== 'RELATIONSHIP' || p.state !== 'PENDING') continue;
    const payload = parseRecord(p.payload);
    const input = payload && typeof payload.input === 'object' && payload.input !== null && !Array.isArray(payload.input) ? payload.input : payload;
    if (!input || Array.isArray(input) || typeof input !== 'object') continue;
    const { from, to, type, status } = input as Record<string, unknown>;
    if (typeof from !== 'string' || typeof to !== 'string' || typeof type !== 'string' || !(type in RELATION_TYPES)) continue;
    const known = typeof status === 'string' && (STATUSES as readonly string[]).includes(status);
    out.push({ id: `${PROPOSED_PREFIX}${p.id}`, proposal: p.id, from, to, type: type as RelationType, status: known ? (status as Status) : 'REPORTED', author: p.author.email });
  }
  return out;
}

/** The state with these proposed links; the same state when they are already the ones it has. */
export function withProposed<S extends { readonly proposed?: readonly ProposedLink[] }>(state: S, links: readonly ProposedLink[]): S {
  const now = state.proposed ?? [];
  if (now === links || (now.length === 0 && links.length === 0)) return state;
  return { ...state, proposed: links };
}
