// Synthetic articles. Each source's text is a few paragraphs of sentences written per relation
// type, and every quote is one of those sentences, so the loader's verbatim check passes and
// Evidence.paragraph finds a real paragraph. A handful of sources back hundreds of thousands of
// quotes, as a few big reports would, and one is cited rarely: Source.relationships is timed on both.
import { RELATION_TYPES } from '#vocabulary';
import type { RelationType, Stance, Status } from '#vocabulary';
import type { LoadedSource, SeedEvidence } from '../seed/loader/types';
import { Zipf } from './random';
import type { Rng } from './random';

const CITIES = ['Hefei', 'Qingdao', 'Chongqing', 'Wuhan', 'Changsha', 'Xi’an', 'Ningbo', 'Tianjin', 'Liuzhou', 'Changchun'];

const TEMPLATES: Record<RelationType, readonly string[]> = {
  BUILT_BY: ['Its cars are built under contract by an established partner in {city}, the company confirmed in {year}.', 'Production of the {n}-series is handled at a partner automaker’s plant in {city}.'],
  ACQUIRED: ['The group completed the purchase of the smaller carmaker for {n} million yuan in {year}.', 'After the takeover in {year}, the buyer kept the {city} workforce of {n} people.'],
  USES_QUALIFICATION_OF: ['Without a licence of its own, the start-up builds cars under the qualification of a partner in {city}.', 'The company has used another maker’s production qualification since {year}, a filing showed.'],
  SUBSIDIARY_OF: ['The unit in {city} is wholly owned by the group, according to filings from {year}.', 'The subsidiary reports to its parent, which holds {n} per cent of it.'],
  JOINTLY_OWNED_BY: ['The venture is jointly owned by {n} shareholders, the {year} registration in {city} showed.', 'Each partner holds a stake in the joint venture set up in {city} in {year}.'],
  BRAND_OF: ['The brand belongs to the parent automaker, which launched it in {city} in {year}.', 'The {n} series is sold under a brand of the group.'],
  OPERATES: ['The company runs the {city} factory, which can build {n},000 vehicles a year.', 'Since {year} the plant in {city} has been operated by the carmaker.'],
  PLANS_TO_ACQUIRE: ['People familiar with the matter said the company may take over the {city} plant in {year}.', 'The buyer is weighing a bid of {n} million yuan, the report said.'],
  PLANS_TO_SELL: ['The carmaker plans to sell the {city} factory as it consolidates production.', 'Assets worth {n} million yuan are up for sale, a notice from {year} said.'],
  IN_TALKS_WITH: ['The two companies are in talks about a tie-up, two people said in {year}.', 'Negotiations in {city} have run for {n} months, according to the report.'],
  APPROVED_BY: ['The ministry granted the company a production approval in {year}, a notice in {city} showed.', 'The licence, number {n}, lets the company build passenger cars on its own.'],
  ISSUED: ['The rules issued in {year} set out how contract manufacturing may be approved.', 'Measure {n} of the notice published in {city} took effect in {year}.'],
  HOLDS_ROLE_AT: ['The executive, who has led the company since {year}, spoke to reporters in {city}.', 'She joined the board in {year} and oversees {n} factories.'],
};

const SENTENCES_PER_TYPE = 4;
const SENTENCES_PER_PARAGRAPH = 4;

export interface SyntheticSource {
  source: LoadedSource;
  /** The sentences of the text, by the relation type they describe. */
  sentences: Map<RelationType, string[]>;
}

function fill(template: string, rng: Rng): string {
  return template
    .replace('{city}', rng.pick(CITIES))
    .replace('{year}', String(rng.between(2005, 2025)))
    .replace('{n}', String(rng.between(2, 99)));
}

export function makeSources(count: number, rng: Rng): SyntheticSource[] {
  return Array.from({ length: count }, (_, i) => {
    const sentences = new Map<RelationType, string[]>();
    const all: string[] = [];
    for (const type of Object.keys(RELATION_TYPES) as RelationType[]) {
      const list = Array.from({ length: SENTENCES_PER_TYPE }, () => fill(rng.pick(TEMPLATES[type]), rng));
      sentences.set(type, list);
      all.push(...list);
    }
    // Shuffled, so that a paragraph mixes topics the way an article does.
    for (let k = all.length - 1; k > 0; k--) {
      const j = rng.int(k + 1);
      [all[k], all[j]] = [all[j] ?? '', all[k] ?? ''];
    }
    const paragraphs: string[] = [];
    for (let k = 0; k < all.length; k += SENTENCES_PER_PARAGRAPH) paragraphs.push(all.slice(k, k + SENTENCES_PER_PARAGRAPH).join(' '));
    const n = String(i + 1).padStart(2, '0');
    const year = rng.between(2016, 2025);
    return {
      sentences,
      source: {
        id: `bench-source-${n}`,
        file: `bench-source-${n}.txt`,
        title: `Synthetic industry report ${n}: who builds for whom`,
        publisher: 'Linkage benchmark (synthetic)',
        author: null,
        publishedOn: `${year}-${String(rng.between(1, 12)).padStart(2, '0')}`,
        publishedOnBasis: 'STATED',
        publishedOnNote: null,
        url: `https://example.com/linkage-bench/${n}`,
        text: `${paragraphs.join('\n\n')}\n`,
        textPath: `(generated) bench-source-${n}.txt`,
      },
    };
  });
}

/**
 * How often the last source is cited: about one quote in 10,000, like one short article in a big
 * corpus. It shows what a source's page of links costs when its quotes are few among many.
 */
const RARE_SHARE = 0.0001;

/** Draws the 1-3 quotes of one relationship, from distinct sources where it can. */
export class EvidenceMaker {
  private readonly zipf: Zipf;

  constructor(private readonly sources: readonly SyntheticSource[], private readonly rng: Rng) {
    this.zipf = new Zipf(sources.length - 1, 1);
  }

  private draw(): number {
    return this.rng.chance(RARE_SHARE) ? this.sources.length - 1 : this.zipf.sample(this.rng);
  }

  make(type: RelationType, status: Status): SeedEvidence[] {
    const count = this.rng.weighted([[1, 55], [2, 30], [3, 15]] as const);
    const used = new Set<number>();
    const out: SeedEvidence[] = [];
    for (let k = 0; k < count; k++) {
      let at = this.draw();
      for (let tries = 0; used.has(at) && tries < 5; tries++) at = this.draw();
      used.add(at);
      const synthetic = this.sources[at];
      const quotes = synthetic?.sentences.get(type);
      if (!synthetic || !quotes) continue;
      // A denied link's first quote is the denial; otherwise a rare later quote disagrees.
      const stance: Stance = (status === 'DENIED' && k === 0) || (k > 0 && this.rng.chance(0.05)) ? 'CONTRADICTS' : 'SUPPORTS';
      const reportedOn = this.rng.chance(0.5) ? null : String(this.rng.between(2010, 2025));
      // An ENDED link's first quote is the one that states the end (issue 9: marksEnd).
      out.push({ source: synthetic.source.id, quote: this.rng.pick(quotes), reportedOn, stance, attribution: { kind: 'ARTICLE' }, marksEnd: status === 'ENDED' && k === 0 });
    }
    return out;
  }
}
