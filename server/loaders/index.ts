// Per-request batching: every Relationship.from, .evidence, .context, .lastReportedOn, Evidence.source, Entity.counts or author (User)
// asked for while resolving one level of a response becomes one query, not one per object.
import DataLoader from 'dataloader';
import { usersByIds } from '../accounts/users';
import type { UserRow } from '../accounts/users';
import type { Db } from '../db';
import { createEditingLoaders } from '../editing/loaders';
import type { EditingLoaders } from '../editing/loaders';
import { countsByIds, entitiesByIds } from '../services/entities';
import { createNotesLoaders } from '../services/notes-loaders';
import type { NotesLoaders } from '../services/notes-loaders';
import { contextByRelIds, evidenceByRelIds, lastReportedByRelIds } from '../services/evidence';
import { entityLinkPages, relationshipsByIds } from '../services/relationships';
import type { EntityLinks, EntityLinksKey } from '../services/relationships';
import { sourceSummariesByIds, sourcesByIds } from '../services/sources';
import type { ContextRow, EntityRow, EvidenceRow, RelationshipRow, SourceRow, SourceSummary, TypeCount } from '../services/types';

export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  relationship: DataLoader<string, RelationshipRow | null>;
  evidence: DataLoader<string, EvidenceRow[]>;
  context: DataLoader<string, ContextRow[]>;
  lastReportedOn: DataLoader<string, string | null>;
  /** Sources with their texts (Evidence.source and .paragraph, Source.text, intake). */
  source: DataLoader<string, SourceRow | null>;
  /** Sources without their texts: source(id) when the query does not select `text`. */
  sourceSummary: DataLoader<string, SourceSummary | null>;
  counts: DataLoader<string, TypeCount[]>;
  /** A page of an entity's links, with the entities at their other ends (to prime `entity`). */
  entityLinks: DataLoader<EntityLinksKey, EntityLinks, string>;
  /** Accounts by id: a Proposal's or Revision's author and reviewer. */
  user: DataLoader<string, UserRow | null>;
  /** Proposals, revisions, accounts, versions and history (server/editing). */
  editing: EditingLoaders;
  /** Notes on entities and links, and their earlier versions (server/services/notes*). */
  notes: NotesLoaders;
}

const argsKey = ({ direction, first, after, filter }: Omit<EntityLinksKey, 'id'>): string => JSON.stringify([direction, first, after, filter]);

/** Entities asking for their links with the same arguments share one query per distinct arguments. */
async function loadEntityLinks(db: Db, keys: readonly EntityLinksKey[]): Promise<EntityLinks[]> {
  const groups = new Map<string, EntityLinksKey[]>();
  for (const key of keys) groups.set(argsKey(key), [...(groups.get(argsKey(key)) ?? []), key]);
  const results = new Map<EntityLinksKey, EntityLinks>();
  await Promise.all([...groups.values()].map(async (group) => {
    const [head] = group;
    if (!head) return;
    const pages = await entityLinkPages(db, group.map((k) => k.id), head);
    group.forEach((key, i) => results.set(key, pages[i] ?? { rels: [], ends: [] }));
  }));
  return keys.map((key) => results.get(key) ?? { rels: [], ends: [] });
}

export function createLoaders(db: Db): Loaders {
  const entity = new DataLoader<string, EntityRow | null>((ids) => entitiesByIds(db, ids));
  return {
    entity,
    // A relationship's ends come with it, so from/to are not a second round trip.
    relationship: new DataLoader((ids) => relationshipsByIds(db, ids, (end) => { entity.prime(end.id, end); })),
    evidence: new DataLoader((ids) => evidenceByRelIds(db, ids)),
    context: new DataLoader((ids) => contextByRelIds(db, ids)),
    lastReportedOn: new DataLoader((ids) => lastReportedByRelIds(db, ids)),
    source: new DataLoader((ids) => sourcesByIds(db, ids)),
    sourceSummary: new DataLoader((ids) => sourceSummariesByIds(db, ids)),
    counts: new DataLoader((ids) => countsByIds(db, ids)),
    entityLinks: new DataLoader((keys) => loadEntityLinks(db, keys), { cacheKeyFn: (k) => `${k.id}\u0000${argsKey(k)}` }),
    user: new DataLoader((ids) => usersByIds(db, ids)),
    editing: createEditingLoaders(db),
    notes: createNotesLoaders(db),
  };
}
