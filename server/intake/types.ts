// The data each intake stage hands the next (docs/intake.md). Plain, serialisable values only, so a
// stage is tested on its own and a stronger extractor (a local model) can replace one behind the
// same shapes. Every offset is a UTF-16 index into `CleanText.text`, the text the source stores,
// so `text.slice(start, end)` is always the verbatim quote.
import type { AttributionKind, DateBasis, EntityKind, RelationType, Stance, Status } from '#vocabulary';

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** What the user gives: the raw article and what they know about it. */
export interface ArticleInput {
  raw: string;
  /** Omitted: guessed from the content (a tag soup is HTML, `#`/`**`/`[x](y)` is Markdown). */
  format?: ArticleFormat;
  title?: string;
  publisher?: string;
  author?: string;
  url?: string;
  /** Partial ISO date ("2023", "2023-12", "2023-12-04"); relative dates need it. */
  publishedOn?: string;
}

export interface Span { start: number; end: number }

/** Stage 1 (clean/): the stored text, its paragraphs, and what was dropped and why. */
export interface CleanText {
  text: string;
  paragraphs: Span[];
  /** Page furniture removed from the raw input ("Leave a Reply", share buttons, an author bio…). */
  removed: { text: string; reason: string }[];
  format: ArticleFormat;
  /** A title found in the input itself (an HTML <title>/<h1>, a Markdown `# heading`), if any. */
  foundTitle?: string;
}

export type Language = 'en' | 'zh';

/** Stage 2 (sentences/). */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  lang: Language;
}

/** A date a sentence gives (dates/), already resolved against the publication date. */
export interface DateMention extends Span {
  /** Partial ISO date: "2018", "2018-06", "2023-12-04". */
  value: string;
  basis: DateBasis;
  /** Why the basis is not STATED ("'yesterday' counted back from the publication date 2018-12-07"). */
  note?: string;
  /** What the words around it say the date is for: "since 2018" starts, "until 2023" ends, "on Monday" is when. */
  role: 'from' | 'to' | 'on';
}

/** An entity already in the graph, as the mention matcher needs it. */
export interface KnownEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: readonly string[];
}

/** A link already in the graph between entities the article mentions. */
export interface KnownLink {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  status: Status;
}

/**
 * What the extractor may ask of the graph. In memory for tests and the benchmark
 * (mentions/memory-gazetteer.ts); backed by the full-text index for the API and the CLI, so it
 * never needs the whole graph in memory.
 */
export interface Gazetteer {
  /** For each surface string (a name as written, or its pinyin), the entities it may name, best first. */
  lookup(surfaces: readonly string[]): Promise<Map<string, { entity: KnownEntity; score: number }[]>>;
  /** Live links among these entity ids, either direction. */
  linksAmong(ids: readonly string[]): Promise<KnownLink[]>;
}

/** One entity the article talks about: in the graph (`entityId`) or proposed as new. */
export interface EntityCandidate {
  /** Stable within one result: the entity id when known, else "new:" + the folded name. */
  key: string;
  name: string;
  entityId: string | null;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  score: number;
  why: string;
}

/** Stage 3 (mentions/): where an entity is named or referred to ("the company", "it", "JAC"). */
export interface Mention extends Span {
  entityKey: string;
  sentence: number;
  text: string;
  /** NAME: its name or an alias; SHORT: a short form after the long one; COREF: a pronoun or "the ministry". */
  via: 'NAME' | 'SHORT' | 'COREF';
}

export interface ClaimEnd { key: string; name: string; entityId: string | null }

/** Stage 4 (claims/): one proposed link with the sentence that states it. */
export interface ClaimCandidate {
  /** Stable within one result ("c" + sentence + "-" + n). */
  key: string;
  from: ClaimEnd;
  to: ClaimEnd;
  type: RelationType;
  status: Status;
  stance: Stance;
  /** The whole sentence, verbatim: `text.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  sentence: number;
  attribution: { kind: AttributionKind; name?: string; entityKey?: string };
  validFrom?: string;
  validFromBasis?: DateBasis;
  validTo?: string;
  validToBasis?: DateBasis;
  datesNote?: string;
  /** The evidence's reportedOn: when the sentence says the thing was said ("said on Monday"). */
  reportedOn?: string;
  /** Shares of a joint venture, a role's title… */
  note?: string;
  marksEnd?: boolean;
  /** The graph's link this is new evidence for (same type and ends). */
  existing: string | null;
  /** The graph's link this sentence denies or disputes. */
  contradicts: string | null;
  score: number;
  /** One line: "'was the OEM for' → BUILT_BY, reversed; 'reportedly' → REPORTED". */
  why: string;
  /** The cue words' spans, for highlighting. */
  cues: Span[];
}

export interface IntakeResult {
  source: { title: string; publishedOn?: string; sentences: number };
  clean: CleanText;
  sentences: Sentence[];
  entities: EntityCandidate[];
  mentions: Mention[];
  claims: ClaimCandidate[];
  /** Milliseconds per stage, for the benchmark and the page's progress. */
  timings: Record<string, number>;
}

/** Progress callback: the stage just started and how far through the article it is (0..1). */
export type IntakeProgress = (stage: string, fraction: number) => void;

/** The one interface a stronger extractor would implement (docs/intake.md). */
export interface Extractor {
  extract(article: ArticleInput, gazetteer: Gazetteer, progress?: IntakeProgress): Promise<IntakeResult>;
}
