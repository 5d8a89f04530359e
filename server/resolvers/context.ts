// What every resolver receives: the database, this request's loaders, the limits, and who is asking.
import type { Role } from '#vocabulary/roles';
import type { Limits } from '../config';
import type { Db } from '../db';
import type { Extractor } from '../intake/types';
import { createLoaders } from '../loaders';
import type { Loaders } from '../loaders';

/** The signed-in account a request runs as (from its session cookie or API token). */
export interface Viewer { id: string; email: string; role: Role }

/**
 * Per-request state the HTTP layer fills in: who is asking, the bookmarks the request sent back
 * (so that its reads see the writes they name), and the bookmarks this request's writes produced
 * (sent back in a response header).
 */
export interface RequestState {
  user: Viewer | null;
  bookmarks: string[];
  /** Writes add the bookmark of their committed transaction here. */
  newBookmarks: string[];
  /** Who the rate limits count this request as (server/app/rate-limit.ts); null or absent: not counted. */
  rateKey?: string | null;
}

/**
 * `extractor`: what reads an article for Mutation.intake; absent, the rule-based one
 * (server/intake). Tests and a stronger extractor (a local model) plug in here.
 */
export interface Context { db: Db; loaders: Loaders; limits: Limits; request: RequestState; extractor?: Extractor }

export const anonymousRequest = (): RequestState => ({ user: null, bookmarks: [], newBookmarks: [] });

export function createContext(db: Db, limits: Limits, request: RequestState = anonymousRequest()): Context {
  return { db, loaders: createLoaders(db), limits, request };
}
