// "Osei, who joined Sorel from Ondine in 2023": joining one company from another ends the role at
// the one left, on the day of joining (or, without a date, by the article's date at the latest).
import { ENTITY_KINDS } from '#vocabulary';
import type { ClaimCandidate, EntityCandidate, Mention } from '../types';

const FROM_BEFORE = /\bfrom\s+(the\s+)?$/i;

export function rolesLeft(roles: readonly ClaimCandidate[], mentions: readonly Mention[], entities: Map<string, EntityCandidate>, text: string, publishedOn: string | undefined): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const c of roles) {
    if (c.type !== 'HOLDS_ROLE_AT' || c.stance !== 'SUPPORTS' || !/^'(join|joins|joined|joining)'/i.test(c.why)) continue;
    const joined = mentions.find((m) => m.entityKey === c.to.key && m.start >= c.start && m.end <= c.end);
    const left = joined && mentions.find((m) => m.start >= joined.end && m.start - joined.end <= 12 && FROM_BEFORE.test(text.slice(joined.end, m.start)) && m.entityKey !== c.to.key);
    const kind = left ? entities.get(left.entityKey)?.kind : undefined;
    if (!left || (kind && ENTITY_KINDS[kind] !== 'Company' && ENTITY_KINDS[kind] !== 'Organisation')) continue;
    const e = entities.get(left.entityKey);
    const when = c.validFrom ? { validTo: c.validFrom, validToBasis: c.validFromBasis } : publishedOn ? { validTo: publishedOn, validToBasis: 'NOT_AFTER' as const } : {};
    out.push({
      ...c, key: `${c.key}-left`, to: { key: left.entityKey, name: e?.name ?? left.text, entityId: e?.entityId ?? null }, status: 'ENDED', marksEnd: true,
      validFrom: undefined, validFromBasis: undefined, ...when, note: undefined, existing: null, contradicts: null,
      score: Math.round(c.score * 0.8 * 100) / 100, why: `'joined … from ${left.text}' → the role there ENDED`,
    });
  }
  return out;
}
