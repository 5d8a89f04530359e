// The domain vocabulary shared by the seed loader, the server and the client.
// Changing a list here changes what the loader accepts; the API's enums in server/schema/schema.graphql
// must list the same values (tests/unit/wire-enums.test.ts), and their wire types are generated.

export const ENTITY_TYPES = ['Company', 'Plant', 'Agency', 'Person', 'Policy', 'Organisation'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Fine-grained kind; each belongs to exactly one entity type (its Neo4j label). */
export const ENTITY_KINDS = {
  AUTOMAKER: 'Company',
  EV_STARTUP: 'Company',
  STATE_OWNED_GROUP: 'Company',
  SUBSIDIARY: 'Company',
  BRAND: 'Company',
  TECH_COMPANY: 'Company',
  PLANT: 'Plant',
  AGENCY: 'Agency',
  PERSON: 'Person',
  POLICY: 'Policy',
  INDUSTRY_ASSOCIATION: 'Organisation',
  RESEARCH_INSTITUTE: 'Organisation',
  UNIVERSITY: 'Organisation',
} as const satisfies Record<string, EntityType>;
export type EntityKind = keyof typeof ENTITY_KINDS;

/** Directed relationship types, read as `from -[TYPE]-> to`. */
export const RELATION_TYPES = {
  BUILT_BY: { label: 'is built by', inverse: 'builds for' },
  ACQUIRED: { label: 'acquired', inverse: 'was acquired by' },
  USES_QUALIFICATION_OF: { label: 'uses the production qualification of', inverse: 'lends its production qualification to' },
  SUBSIDIARY_OF: { label: 'is a subsidiary of', inverse: 'owns' },
  JOINTLY_OWNED_BY: { label: 'is jointly owned by', inverse: 'jointly owns' },
  BRAND_OF: { label: 'is a brand of', inverse: 'has the brand' },
  OPERATES: { label: 'operates', inverse: 'is operated by' },
  PLANS_TO_ACQUIRE: { label: 'plans to acquire', inverse: 'may be acquired by' },
  PLANS_TO_SELL: { label: 'plans to sell', inverse: 'may be sold by' },
  IN_TALKS_WITH: { label: 'is in talks with', inverse: 'is in talks with' },
  APPROVED_BY: { label: 'holds production approval from', inverse: 'granted production approval to' },
  ISSUED: { label: 'issued', inverse: 'was issued by' },
  HOLDS_ROLE_AT: { label: 'holds a role at', inverse: 'employs' },
} as const;
export type RelationType = keyof typeof RELATION_TYPES;

export const STATUSES = ['CONFIRMED', 'REPORTED', 'RUMOURED', 'DENIED', 'ENDED'] as const;
export type Status = (typeof STATUSES)[number];

/** Whether a quote supports the link or contradicts it (a denial, a "not heard of it"). */
export const STANCES = ['SUPPORTS', 'CONTRADICTS'] as const;
export type Stance = (typeof STANCES)[number];

/** Which of an entity's links to follow: those it starts, those it ends, or both. */
export const DIRECTIONS = ['OUTGOING', 'INCOMING', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const isEntityKind = (v: unknown): v is EntityKind => typeof v === 'string' && Object.hasOwn(ENTITY_KINDS, v);
export const isRelationType = (v: unknown): v is RelationType => typeof v === 'string' && Object.hasOwn(RELATION_TYPES, v);
export const isStatus = (v: unknown): v is Status => (STATUSES as readonly unknown[]).includes(v);
export const isStance = (v: unknown): v is Stance => (STANCES as readonly unknown[]).includes(v);

export { ErrorCode } from './errors';
