// The synthetic graph, in the seed's own format so that the real loader can validate and write it.
// Its shape follows the curated graph: a few agencies approve thousands of companies, a few state
// groups own thousands of subsidiaries, most companies have one to five links, and people and
// plants are leaves. Every relation type and status occurs, spans are partial dates or open.
// streamGraph hands each record to a sink as it is drawn (the bulk CSV writer at L, where five
// million links with their quotes would not fit in memory) and keeps only a compact summary;
// generateGraph collects the records into a Dataset for the incremental loader.
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityKind, RelationType, Status } from '#vocabulary';
import type { Dataset, LoadedSource, SeedEntity, SeedRelationship } from '../seed/loader/types';
import { NameMaker } from './names';
import type { SyntheticName } from './names';
import { Rng, Zipf } from './random';
import { MemorySentences } from './sentences';
import type { SentenceStore } from './sentences';
import { EvidenceMaker, makeSources } from './texts';

/** Share of all entities per kind; people take what is left (about 19%). */
const KIND_SHARES: readonly (readonly [EntityKind, number])[] = [
  ['AGENCY', 0.0002], ['POLICY', 0.002], ['STATE_OWNED_GROUP', 0.001], ['AUTOMAKER', 0.01], ['EV_STARTUP', 0.12],
  ['SUBSIDIARY', 0.2], ['BRAND', 0.08], ['TECH_COMPANY', 0.1], ['PLANT', 0.12], ['INDUSTRY_ASSOCIATION', 0.004],
  ['RESEARCH_INSTITUTE', 0.008], ['UNIVERSITY', 0.008],
];

const COMPANIES: EntityKind[] = ['STATE_OWNED_GROUP', 'AUTOMAKER', 'EV_STARTUP', 'SUBSIDIARY', 'BRAND', 'TECH_COMPANY'];

/**
 * How links of one type are drawn. Ends come from pools of kinds, in the order listed, with Zipf
 * skew (0 = uniform; about 1 = a few hubs take a large share). `each` gives every member of that
 * end's pool exactly one link (every plant has an operator); otherwise `perEntity` times the
 * number of entities are drawn.
 */
interface Rule { type: RelationType; from: EntityKind[]; to: EntityKind[]; fromSkew: number; toSkew: number; each?: 'from' | 'to'; perEntity?: number }

const RULES: readonly Rule[] = [
  { type: 'APPROVED_BY', from: ['AUTOMAKER', 'EV_STARTUP', 'SUBSIDIARY', 'TECH_COMPANY'], to: ['AGENCY'], fromSkew: 0, toSkew: 1.1, perEntity: 0.75 },
  { type: 'ISSUED', from: ['AGENCY'], to: ['POLICY'], fromSkew: 1, toSkew: 0, each: 'to' },
  { type: 'SUBSIDIARY_OF', from: ['SUBSIDIARY', 'AUTOMAKER', 'TECH_COMPANY', 'EV_STARTUP'], to: ['STATE_OWNED_GROUP', 'AUTOMAKER'], fromSkew: 0, toSkew: 1, perEntity: 0.6 },
  { type: 'JOINTLY_OWNED_BY', from: ['SUBSIDIARY', 'EV_STARTUP', 'RESEARCH_INSTITUTE'], to: ['STATE_OWNED_GROUP', 'AUTOMAKER', 'TECH_COMPANY'], fromSkew: 0, toSkew: 0.9, perEntity: 0.2 },
  { type: 'BRAND_OF', from: ['BRAND'], to: ['AUTOMAKER', 'STATE_OWNED_GROUP', 'EV_STARTUP'], fromSkew: 0, toSkew: 0.9, each: 'from' },
  { type: 'BUILT_BY', from: ['EV_STARTUP', 'BRAND', 'TECH_COMPANY'], to: ['AUTOMAKER', 'SUBSIDIARY'], fromSkew: 0, toSkew: 1, perEntity: 0.35 },
  { type: 'USES_QUALIFICATION_OF', from: ['EV_STARTUP', 'TECH_COMPANY'], to: ['AUTOMAKER', 'SUBSIDIARY'], fromSkew: 0, toSkew: 0.8, perEntity: 0.06 },
  { type: 'ACQUIRED', from: ['AUTOMAKER', 'STATE_OWNED_GROUP', 'EV_STARTUP', 'TECH_COMPANY'], to: ['EV_STARTUP', 'SUBSIDIARY', 'TECH_COMPANY', 'BRAND'], fromSkew: 0.8, toSkew: 0, perEntity: 0.12 },
  { type: 'OPERATES', from: ['AUTOMAKER', 'SUBSIDIARY', 'STATE_OWNED_GROUP'], to: ['PLANT'], fromSkew: 0.8, toSkew: 0, each: 'to' },
  { type: 'PLANS_TO_ACQUIRE', from: ['AUTOMAKER', 'EV_STARTUP', 'TECH_COMPANY'], to: ['PLANT', 'EV_STARTUP', 'SUBSIDIARY'], fromSkew: 0.5, toSkew: 0, perEntity: 0.05 },
  { type: 'PLANS_TO_SELL', from: ['AUTOMAKER', 'SUBSIDIARY', 'STATE_OWNED_GROUP'], to: ['PLANT'], fromSkew: 0.5, toSkew: 0, perEntity: 0.04 },
  { type: 'IN_TALKS_WITH', from: ['AUTOMAKER', 'EV_STARTUP', 'TECH_COMPANY', 'STATE_OWNED_GROUP', 'INDUSTRY_ASSOCIATION', 'UNIVERSITY'], to: ['STATE_OWNED_GROUP', 'AUTOMAKER', 'EV_STARTUP', 'TECH_COMPANY'], fromSkew: 0.3, toSkew: 0.7, perEntity: 0.15 },
  { type: 'HOLDS_ROLE_AT', from: ['PERSON'], to: [...COMPANIES, 'INDUSTRY_ASSOCIATION', 'RESEARCH_INSTITUTE', 'UNIVERSITY'], fromSkew: 0, toSkew: 0.5, each: 'from' },
  { type: 'HOLDS_ROLE_AT', from: ['PERSON'], to: [...COMPANIES, 'INDUSTRY_ASSOCIATION', 'RESEARCH_INSTITUTE', 'UNIVERSITY'], fromSkew: 0, toSkew: 0.5, perEntity: 0.3 },
];

const STATUS_WEIGHTS: readonly (readonly [Status, number])[] = [['CONFIRMED', 50], ['REPORTED', 20], ['RUMOURED', 12], ['DENIED', 6], ['ENDED', 12]];
const ROLES = ['CEO', 'Chairman', 'CTO', 'Founder', 'Board member', 'President'];
/** One article per this many entities (about 500 quotes each), at least 13; the last is cited rarely (see texts.ts). */
const ENTITIES_PER_SOURCE = 100;
const MIN_SOURCES = 13;

/** Where streamGraph puts the records: entities first, then relationships, then sources with their texts. */
export interface GraphSink {
  /** The sources, without texts yet, before the first relationship (a quote without a date takes its source's). */
  begin?(sources: readonly LoadedSource[]): void;
  entity(e: SeedEntity): void;
  relationship(r: SeedRelationship): void;
  source(s: LoadedSource): void;
}

/** What the samples need of the graph, without its records: ends and types by position, quotes per source. */
export interface GraphSummary {
  entities: SeedEntity[];
  /** Names as generated, by entity id, for the search samples. */
  names: Map<string, SyntheticName>;
  /** The sources without their texts. */
  sources: LoadedSource[];
  relationships: number;
  evidence: number;
  /** Relationship i runs from entities[relFrom[i]] to entities[relTo[i]], of type RULE_TYPES[relType[i]]. */
  relFrom: Uint32Array;
  relTo: Uint32Array;
  relType: Uint8Array;
  /** Quotes citing each source, by position. */
  sourceUse: Uint32Array;
}

export interface GeneratedGraph {
  dataset: Dataset;
  summary: GraphSummary;
}

export interface StreamOptions {
  /** Multiplies the drawn (not the one-per-member) links: 1 gives about 3 links per entity, 1.76 about 5 (L). */
  linkScale?: number;
  sentences?: SentenceStore;
}

const RULE_TYPES: readonly RelationType[] = [...new Set(RULES.map((r) => r.type))];

const typeSlug = (type: RelationType): string => type.toLowerCase().replace(/_/g, '-');

function partialDate(rng: Rng, year: number): string {
  const month = String(rng.between(1, 12)).padStart(2, '0');
  const precision = rng.weighted([['year', 40], ['month', 35], ['day', 25]] as const);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${String(rng.between(1, 28)).padStart(2, '0')}`;
}

/** A span that passes the loader's checks: the end after the start, and an end when ENDED. */
function span(rng: Rng, status: Status): Pick<SeedRelationship, 'validFrom' | 'validTo' | 'validFromBasis' | 'validToBasis'> {
  const fromYear = rng.between(2000, 2024);
  const validFrom = rng.chance(0.25) ? null : partialDate(rng, fromYear);
  const hasEnd = status === 'ENDED' || rng.chance(0.08);
  const validTo = hasEnd ? partialDate(rng, Math.min(fromYear + rng.between(1, 8), 2030)) : null;
  // Each date comes with its basis (issue 9); the synthetic texts "state" them.
  return { validFrom, validFromBasis: validFrom === null ? null : 'STATED', validTo, validToBasis: validTo === null ? null : 'STATED' };
}

function entityCounts(total: number): Map<EntityKind, number> {
  const counts = new Map<EntityKind, number>();
  let used = 0;
  for (const [kind, share] of KIND_SHARES) {
    const n = Math.max(3, Math.round(total * share));
    counts.set(kind, n);
    used += n;
  }
  counts.set('PERSON', Math.max(3, total - used));
  return counts;
}

/** Relationship i's id, as the generator made it. */
export function relationshipId(g: GraphSummary, i: number): string {
  const from = g.entities[g.relFrom[i] ?? 0];
  const to = g.entities[g.relTo[i] ?? 0];
  return `${from?.id ?? ''}-${typeSlug(RULE_TYPES[g.relType[i] ?? 0] ?? 'BUILT_BY')}-${to?.id ?? ''}`;
}

function grow<T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

export function streamGraph(entityTotal: number, seed: number, sink: GraphSink, opts: StreamOptions = {}): GraphSummary {
  const rng = new Rng(seed);
  const names = new NameMaker(rng);
  const byKind = new Map<EntityKind, number[]>();
  const entities: SeedEntity[] = [];
  const generated = new Map<string, SyntheticName>();
  for (const [kind, count] of entityCounts(entityTotal)) {
    const list: number[] = [];
    for (let i = 0; i < count; i++) {
      const n = names.make(kind);
      generated.set(n.id, n);
      const what = kind.toLowerCase().replace(/_/g, ' ');
      list.push(entities.length);
      entities.push({ id: n.id, name: n.name, kind, country: n.country, aliases: n.aliases, description: `Synthetic ${what} (${ENTITY_KINDS[kind]}) for the benchmark.` });
    }
    byKind.set(kind, list);
  }
  for (const e of entities) sink.entity(e);
  const sources = makeSources(Math.max(MIN_SOURCES, Math.round(entityTotal / ENTITIES_PER_SOURCE)), rng);
  sink.begin?.(sources);
  const sentences = opts.sentences ?? new MemorySentences();
  const evidence = new EvidenceMaker(sources, rng, sentences);
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const summary: GraphSummary = {
    entities, names: generated, sources, relationships: 0, evidence: 0,
    relFrom: new Uint32Array(1024), relTo: new Uint32Array(1024), relType: new Uint8Array(1024), sourceUse: new Uint32Array(sources.length),
  };
  // The same link drawn twice is kept once, as a curator would: keys from*total+to, one set per type.
  const seen = new Map<RelationType, Set<number>>();
  const pool = (kinds: readonly EntityKind[]): number[] => kinds.flatMap((k) => byKind.get(k) ?? []);
  const scale = opts.linkScale ?? 1;

  for (const rule of RULES) {
    const froms = pool(rule.from);
    const tos = pool(rule.to);
    const fromZipf = new Zipf(froms.length, rule.fromSkew);
    const toZipf = new Zipf(tos.length, rule.toSkew);
    const draws = rule.each === 'from' ? froms.length : rule.each === 'to' ? tos.length : Math.round((rule.perEntity ?? 0) * scale * entityTotal);
    const keys = seen.get(rule.type) ?? new Set<number>();
    seen.set(rule.type, keys);
    const typeIndex = RULE_TYPES.indexOf(rule.type);
    for (let i = 0; i < draws; i++) {
      const fi = rule.each === 'from' ? froms[i] : froms[fromZipf.sample(rng)];
      const ti = rule.each === 'to' ? tos[i] : tos[toZipf.sample(rng)];
      if (fi === undefined || ti === undefined || fi === ti) continue;
      const from = entities[fi];
      const to = entities[ti];
      if (!from || !to) continue;
      const key = fi * entities.length + ti;
      if (keys.has(key)) continue;
      keys.add(key);
      const status = rng.weighted(STATUS_WEIGHTS);
      const rel: SeedRelationship = {
        id: `${from.id}-${typeSlug(rule.type)}-${to.id}`, type: rule.type, from: from.id, to: to.id, status, ...span(rng, status),
        role: rule.type === 'HOLDS_ROLE_AT' ? rng.pick(ROLES) : null,
        note: rng.chance(0.1) ? 'Date inferred from the timing of the report.' : null,
        evidence: evidence.make(rule.type, status, from, to),
      };
      sink.relationship(rel);
      const at = summary.relationships++;
      if (at >= summary.relFrom.length) {
        summary.relFrom = grow(summary.relFrom, (n) => new Uint32Array(n));
        summary.relTo = grow(summary.relTo, (n) => new Uint32Array(n));
        summary.relType = grow(summary.relType, (n) => new Uint8Array(n));
      }
      summary.relFrom[at] = fi;
      summary.relTo[at] = ti;
      summary.relType[at] = typeIndex;
      summary.evidence += rel.evidence.length;
      for (const ev of rel.evidence) {
        const s = sourceIndex.get(ev.source);
        if (s !== undefined) summary.sourceUse[s] = (summary.sourceUse[s] ?? 0) + 1;
      }
    }
  }
  seen.clear();
  for (const [i, text] of sentences.texts(sources.length)) {
    const s = sources[i];
    if (s) sink.source({ ...s, text });
  }
  return summary;
}

/** The whole graph in memory, for the incremental loader (S, M and tests). */
export function generateGraph(entityTotal: number, seed: number, opts: Omit<StreamOptions, 'sentences'> = {}): GeneratedGraph {
  const entities: SeedEntity[] = [];
  const relationships: SeedRelationship[] = [];
  const sources: LoadedSource[] = [];
  const summary = streamGraph(entityTotal, seed, {
    entity: (e) => entities.push(e), relationship: (r) => relationships.push(r), source: (s) => sources.push(s),
  }, opts);
  return { dataset: { dir: '(synthetic benchmark graph)', sources, entities, relationships }, summary };
}
