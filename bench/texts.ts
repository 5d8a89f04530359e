// Synthetic articles. Every quote is a sentence written for its link, naming both of its ends by
// their names (the loader's claims rule: a supporting quote names an end, folded as search folds
// names), and written into the article it cites once, so the loader's verbatim check passes and
// Evidence.paragraph finds a real paragraph. Articles are many and of modest size, as in a real
// corpus: a few are cited thousands of times, most a few hundred, and one rarely
// (Source.relationships is timed on the busiest and the rarest). The sentences wait in a
// SentenceStore (sentences.ts) until every link is drawn.
import type { RelationType, Stance, Status } from '#vocabulary';
import type { LoadedSource, SeedEntity, SeedEvidence } from '../seed/loader/types';
import { Zipf } from './random';
import type { Rng } from './random';
import type { SentenceStore } from './sentences';

const CITIES = ['Hefei', 'Qingdao', 'Chongqing', 'Wuhan', 'Changsha', 'Xi’an', 'Ningbo', 'Tianjin', 'Liuzhou', 'Changchun'];

/** {from} and {to} are the link's ends by name; no template has a full stop before its end. */
const TEMPLATES: Record<RelationType, readonly string[]> = {
  BUILT_BY: ['Cars sold by {from} are built under contract by {to} in {city}, the company confirmed in {year}.', 'Production of the {from} {n}-series is handled at a plant of {to} in {city}.'],
  ACQUIRED: ['{from} completed the purchase of {to} for {n} million yuan in {year}.', 'After {from} took over {to} in {year}, it kept the {city} workforce of {n} people.'],
  USES_QUALIFICATION_OF: ['Without a licence of its own, {from} builds cars under the qualification of {to} in {city}.', '{from} has used the production qualification of {to} since {year}, a filing showed.'],
  SUBSIDIARY_OF: ['{from} in {city} is wholly owned by {to}, according to filings from {year}.', '{from} reports to its parent {to}, which holds {n} per cent of it.'],
  JOINTLY_OWNED_BY: ['{from} is jointly owned by {to} and {n} other shareholders, the {year} registration in {city} showed.', '{to} holds a stake in {from}, the joint venture set up in {city} in {year}.'],
  BRAND_OF: ['The {from} brand belongs to {to}, which launched it in {city} in {year}.', 'The {from} {n} series is sold under a brand of {to}.'],
  OPERATES: ['{from} runs the {to}, which can build {n},000 vehicles a year.', 'Since {year} the {to} in {city} has been operated by {from}.'],
  PLANS_TO_ACQUIRE: ['People familiar with the matter said {from} may take over {to} in {year}.', '{from} is weighing a bid of {n} million yuan for {to}, the report said.'],
  PLANS_TO_SELL: ['{from} plans to sell the {to} as it consolidates production.', '{from} has put the {to} up for sale for {n} million yuan, a notice from {year} said.'],
  IN_TALKS_WITH: ['{from} and {to} are in talks about a tie-up, two people said in {year}.', 'Negotiations between {from} and {to} in {city} have run for {n} months, according to the report.'],
  APPROVED_BY: ['The {to} granted {from} a production approval in {year}, a notice in {city} showed.', 'The licence from the {to}, number {n}, lets {from} build passenger cars on its own.'],
  ISSUED: ['The {to} issued by the {from} in {year} set out how contract manufacturing may be approved.', 'Measure {n} of the {to}, published by the {from} in {city}, took effect in {year}.'],
  HOLDS_ROLE_AT: ['{from}, who has been at {to} since {year}, spoke to reporters in {city}.', '{from} joined the board of {to} in {year} and oversees {n} factories.'],
};
const DENIAL = 'A spokesperson for {from} denied in {year} that it had any such arrangement with {to}.';

/** The share of quotes that cite the last, rarely cited source: one in 10,000. */
const RARE_SHARE = 0.0001;
/** Mild skew: the busiest article holds about 1% of all quotes, not a third of them. */
const SOURCE_SKEW = 0.5;

function fill(template: string, rng: Rng, from: SeedEntity, to: SeedEntity): string {
  return template
    .replace('{from}', from.name)
    .replace('{to}', to.name)
    .replace('{city}', rng.pick(CITIES))
    .replace('{year}', String(rng.between(2005, 2025)))
    .replace('{n}', String(rng.between(2, 99)));
}

/** Sources with empty texts; their sentences are added as links are drawn. */
export function makeSources(count: number, rng: Rng): LoadedSource[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(Math.max(2, width), '0');
    const year = rng.between(2016, 2025);
    return {
      id: `bench-source-${n}`,
      file: `bench-source-${n}.txt`,
      title: `Synthetic industry report ${n}: who builds for whom`,
      publisher: 'Linkage benchmark (synthetic)',
      author: null,
      publishedOn: `${year}-${String(rng.between(1, 12)).padStart(2, '0')}`,
      publishedOnBasis: 'STATED',
      publishedOnNote: null,
      url: `https://example.com/linkage-bench/${n}`,
      text: '',
      textPath: `(generated) bench-source-${n}.txt`,
    };
  });
}

/** Draws the 1-3 quotes of one relationship, from distinct sources where it can. */
export class EvidenceMaker {
  private readonly zipf: Zipf;

  constructor(private readonly sources: readonly LoadedSource[], private readonly rng: Rng, private readonly sentences: SentenceStore) {
    this.zipf = new Zipf(sources.length - 1, SOURCE_SKEW);
  }

  private draw(): number {
    return this.rng.chance(RARE_SHARE) ? this.sources.length - 1 : this.zipf.sample(this.rng);
  }

  make(type: RelationType, status: Status, from: SeedEntity, to: SeedEntity): SeedEvidence[] {
    const count = this.rng.weighted([[1, 55], [2, 30], [3, 15]] as const);
    const used = new Set<number>();
    const out: SeedEvidence[] = [];
    for (let k = 0; k < count; k++) {
      let at = this.draw();
      for (let tries = 0; used.has(at) && tries < 5; tries++) at = this.draw();
      if (used.has(at)) continue;
      used.add(at);
      const source = this.sources[at];
      if (!source) continue;
      // A denied link's first quote is the denial; otherwise a rare later quote disagrees.
      const stance: Stance = (status === 'DENIED' && k === 0) || (k > 0 && this.rng.chance(0.05)) ? 'CONTRADICTS' : 'SUPPORTS';
      const quote = fill(stance === 'CONTRADICTS' ? DENIAL : this.rng.pick(TEMPLATES[type]), this.rng, from, to);
      this.sentences.add(at, quote);
      const reportedOn = this.rng.chance(0.5) ? null : String(this.rng.between(2010, 2025));
      // An ENDED link's first quote is the one that states the end (issue 9: marksEnd).
      out.push({ source: source.id, quote, reportedOn, stance, attribution: { kind: 'ARTICLE' }, marksEnd: status === 'ENDED' && k === 0 });
    }
    return out;
  }
}
