// What every resolver receives: the database, this request's loaders, and the limits.
import type { Limits } from '../config';
import type { Db } from '../db';
import { createLoaders } from '../loaders';
import type { Loaders } from '../loaders';

export interface Context { db: Db; loaders: Loaders; limits: Limits }

export function createContext(db: Db, limits: Limits): Context {
  return { db, loaders: createLoaders(db), limits };
}
