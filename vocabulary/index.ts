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

/**
 * Statuses from the strongest claim to the weakest: a traced path is ranked by its weakest step.
 * An ended link held (a source says it stopped), so it ranks just under a confirmed one.
 */
export const STATUS_STRENGTH: readonly Status[] = ['CONFIRMED', 'ENDED', 'REPORTED', 'RUMOURED', 'DENIED'];

/**
 * What a quote does for the link: supports it, contradicts it (a denial, a "not heard of it"), or
 * qualifies it (hedges or withholds confirmation: "details ... remain undisclosed"), which is neither.
 */
export const STANCES = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * Who asserts a quote, as the article tells it: the article's own voice, another publication it
 * cites, a party to the link (or one named in it), a register or database it cites, an unnamed source.
 */
export const ATTRIBUTION_KINDS = ['ARTICLE', 'OUTLET', 'PARTY', 'OFFICIAL_RECORD', 'ANONYMOUS'] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

/** Attributions that only pass on someone else's words: never enough on their own for CONFIRMED. */
export const PASSED_ON_ATTRIBUTIONS: readonly AttributionKind[] = ['OUTLET', 'ANONYMOUS'];

/**
 * How a date is known: the text gives it, it was worked out (the note says how), or the text gives
 * only a bound (no earlier than, no later than).
 */
export const DATE_BASES = ['STATED', 'INFERRED', 'NOT_BEFORE', 'NOT_AFTER'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** Bases that need a note saying how the date was worked out or what the bound is. */
export const NOTED_DATE_BASES: readonly DateBasis[] = ['INFERRED', 'NOT_BEFORE', 'NOT_AFTER'];

/** Which of an entity's links to follow: those it starts, those it ends, or both. */
export const DIRECTIONS = ['OUTGOING', 'INCOMING', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const isEntityKind = (v: unknown): v is EntityKind => typeof v === 'string' && Object.hasOwn(ENTITY_KINDS, v);
export const isRelationType = (v: unknown): v is RelationType => typeof v === 'string' && Object.hasOwn(RELATION_TYPES, v);
export const isStatus = (v: unknown): v is Status => (STATUSES as readonly unknown[]).includes(v);
export const isStance = (v: unknown): v is Stance => (STANCES as readonly unknown[]).includes(v);
export const isAttributionKind = (v: unknown): v is AttributionKind => (ATTRIBUTION_KINDS as readonly unknown[]).includes(v);
export const isDateBasis = (v: unknown): v is DateBasis => (DATE_BASES as readonly unknown[]).includes(v);

export { ErrorCode } from './errors';
