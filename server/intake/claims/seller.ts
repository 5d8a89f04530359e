// "bought a 40% stake in X from Y", "took over X's plant from the startup", "从Y手中收购": a purchase
// names its seller, and the seller held what was bought until the sale. So the purchase also ends
// the seller's link: its stake in a company (X JOINTLY_OWNED_BY Y, ENDED) or its running of a plant
// (Y OPERATES P, ENDED), dated by the purchase (or, without a date, by when it was said or the
// article's date, as a bound). A plan or a denial of a purchase ends nothing.
import { ENTITY_KINDS } from '#vocabulary';
import type { ClaimCandidate, ClaimEnd, EntityCandidate, KnownLink, Mention, Sentence } from '../types';
import { linkFor } from './links';

const SELLER_BEFORE = /\bfrom\s+(the\s+)?$/i;
/** "已从X手中收购其持有的Y股权": the seller stands before the purchase in Chinese. */
const isZhSeller = (m: Mention, text: string) => /从$/.test(text.slice(m.start - 1, m.start)) && /^(手中|手里|处)/.test(text.slice(m.end, m.end + 2));
/** How far after the thing bought its seller may stand ("a 68% stake in X from Y, the startup's investor"). */
const REACH = 60;

const typeOf = (key: string, entities: Map<string, EntityCandidate>) => {
  const kind = entities.get(key)?.kind;
  return kind ? ENTITY_KINDS[kind] : 'Company';
};

export function sellerEnds(
  sentence: Sentence, purchases: readonly ClaimCandidate[], mentions: readonly Mention[], entities: Map<string, EntityCandidate>,
  text: string, links: readonly KnownLink[], publishedOn: string | undefined,
): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const c of purchases) {
    const minority = c.type === 'JOINTLY_OWNED_BY' && /minority share/.test(c.why);
    if ((c.type !== 'ACQUIRED' && !minority) || c.stance !== 'SUPPORTS' || c.status === 'DENIED' || c.status === 'RUMOURED') continue;
    const [buyer, bought] = c.type === 'ACQUIRED' ? [c.from, c.to] : [c.to, c.from];
    const near = (m: Mention) => mentions.some((b) => b.entityKey === bought.key && b.end <= m.start && m.start - b.end <= REACH);
    const seller = mentions.find((m) => m.entityKey !== buyer.key && m.entityKey !== bought.key
      && (sentence.lang === 'zh' ? isZhSeller(m, text) : near(m) && SELLER_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))));
    if (!seller || typeOf(seller.entityKey, entities) !== 'Company') continue;
    const plant = typeOf(bought.key, entities) === 'Plant';
    const sellerEnd: ClaimEnd = { key: seller.entityKey, name: entities.get(seller.entityKey)?.name ?? seller.text, entityId: entities.get(seller.entityKey)?.entityId ?? null };
    const [from, to] = plant ? [sellerEnd, bought] : [bought, sellerEnd];
    const type = plant ? 'OPERATES' : 'JOINTLY_OWNED_BY';
    const when = c.validFrom ? { validTo: c.validFrom, validToBasis: c.validFromBasis } : { validTo: c.reportedOn ?? publishedOn, validToBasis: 'NOT_AFTER' as const };
    const link = linkFor(links, type, from.entityId, to.entityId);
    out.push({
      ...c, key: `${c.key}-s`, from, to, type, status: 'ENDED', marksEnd: true, note: undefined,
      validFrom: undefined, validFromBasis: undefined, ...(when.validTo ? when : {}), existing: link?.id ?? null, contradicts: null,
      score: Math.round(c.score * 0.8 * 100) / 100, why: `'from ${seller.text}' after a purchase → the seller's ${plant ? 'running of the plant' : 'stake'} ENDED`,
    });
  }
  return out;
}
