// Stage 4: from sentences that name two parties to claim candidates. The cue table says the type
// and the direction (cues.ts), the words around it the status, stance and attribution (voice.ts),
// the dates stage the dates (dates.ts), and the graph's links whether it is new (links.ts).
import type { RelationType } from '#vocabulary';
import type { ClaimCandidate, ClaimEnd, DateMention, EntityCandidate, KnownLink, Mention, Sentence, Span } from '../types';
import { datesFor } from './dates';
import { linkFor } from './links';
import { findCues, type CueHit } from './match';
import { roleNote, shareIn, shareOf, sharesNote } from './notes';
import { findAsides, knownTypeOf, pairsFor, type Pair } from './parties';
import { possessivePlants } from './possessive';
import { bothSides } from './both-sides';
import { carriedApprovals } from './carried-approval';
import { gappedClauses } from './gapping';
import { sellerEnds } from './seller';
import { rolesLeft } from './joined-from';
import { endedArrangement } from './ended-arrangement';
import { anonymousName, denierOf, speakerOf, voiceOf } from './voice';

export interface ClaimsInput {
  /** The stored text every offset points into. */
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entities: readonly EntityCandidate[];
  datesBySentence: Map<number, DateMention[]>;
  /** The graph's live links among the mentioned entities. */
  links: readonly KnownLink[];
  publisher?: string;
  publishedOn?: string;
}

const cue = (hit: CueHit) => hit.cue;
const round = (n: number) => Math.round(Math.min(0.99, Math.max(0.05, n)) * 100) / 100;

function end(m: Mention, entities: Map<string, EntityCandidate>): ClaimEnd {
  const e = entities.get(m.entityKey);
  return { key: m.entityKey, name: e?.name ?? m.text, entityId: e?.entityId ?? null };
}

/** Mentions an outlet's name stands in ("Bloomberg reported"): the outlet is no party. */
function outletSpans(hits: readonly CueHit[], sentence: Sentence, mentions: readonly Mention[], entities: Map<string, EntityCandidate>): Span[] {
  const out: Span[] = [];
  for (const h of hits) {
    // "local media", "media reports" name the outlet themselves: no speaker stands before them.
    if (h.family !== 'outlet' || /^(local media|(media|press) reports?)$/i.test(h.text)) continue;
    const sp = h.gap ?? speakerOf(h, sentence, mentions, /^(according to|as cited by|\{cite\})/.test(h.phrase));
    // A company the graph knows is no outlet: "X reported higher profits" is X reporting its results.
    const known = sp && mentions.some((m) => m.start >= sp.start && m.end <= sp.end && entities.get(m.entityKey)?.entityId);
    if (sp && !known && sentence.text.slice(sp.start - sentence.start, sp.end - sentence.start).trim().split(/\s+/).length <= 6) out.push(sp);
  }
  return out;
}

interface Built { claim: ClaimCandidate; pair: Pair }

function build(
  input: ClaimsInput, sentence: Sentence, hit: CueHit, pair: Pair, siblings: readonly Pair[], signals: readonly CueHit[],
  mentions: readonly Mention[], entities: Map<string, EntityCandidate>, aside: Span | undefined, n: number,
  /** The candidates this sentence has already given. */
  earlier: readonly ClaimCandidate[] = [],
): ClaimCandidate {
  const cue = hit.cue;
  if (!cue) throw new Error('a relation hit has its cue');
  const voice = voiceOf({ relation: hit, sentence, signals, mentions, from: pair.from, to: pair.to, aside });
  let type: RelationType = cue.type;
  const why = [`'${hit.text}' → ${cue.type}${pair.reversed ? ', reversed' : ''}${pair.swapped ? ', swapped to fit the kinds' : ''}`];
  let note: string | undefined;
  let ends = pair;
  if (type === 'ACQUIRED' && voice.planned) { type = 'PLANS_TO_ACQUIRE'; why.push('planned or hedged → PLANS_TO_ACQUIRE'); }
  if (type === 'ACQUIRED') {
    // "bought about 21% of Y": a minority share makes the buyer one of Y's owners, not Y's acquirer.
    // (Chinese writes the share after what was bought: "收购其持有的Y 30%股权".)
    const zhShare = sentence.lang === 'zh' ? /^[^，。；]{0,8}?\d+(\.\d+)?\s*[%％]\s*(的)?(股权|股份)/.exec(input.text.slice(pair.to.end, pair.to.end + 16))?.[0] ?? '' : '';
    const share = shareIn(input.text.slice(hit.start, Math.max(hit.end, pair.to.start)) + zhShare);
    const pct = shareOf(share);
    if (pct !== undefined && pct < 50) {
      type = 'JOINTLY_OWNED_BY';
      ends = { ...pair, from: pair.to, to: pair.from };
      why.push('a minority share → JOINTLY_OWNED_BY');
    }
    if (share) note = share;
  }
  if (type === 'SUBSIDIARY_OF' || type === 'JOINTLY_OWNED_BY') {
    // Owners by entity: "a unit of X, the group's arm" names one owner twice.
    const owners = siblings.filter((p, i, all) => p.from.entityKey === pair.from.entityKey && all.findIndex((q) => q.from.entityKey === p.from.entityKey && q.to.entityKey === p.to.entityKey) === i).map((p) => p.to);
    note = sharesNote(pair.to, sentence, mentions, owners);
    const share = shareOf(note);
    if (type === 'SUBSIDIARY_OF' && (owners.length >= 2 || (share !== undefined && share < 50))) { type = 'JOINTLY_OWNED_BY'; why.push('several owners or a minority share → JOINTLY_OWNED_BY'); }
    // Other owners named by another cue of the sentence ("X由A、B和C联合打造，其中A持股51%") keep it joint.
    const coOwned = earlier.some((c) => c.type === 'JOINTLY_OWNED_BY' && c.from.key === pair.from.entityKey && c.to.key !== pair.to.entityKey);
    if (type === 'JOINTLY_OWNED_BY' && share !== undefined && share > 50 && owners.length < 2 && !coOwned && !/%.*\d\s*(%|％|per ?cent)/i.test(sentence.text)) { type = 'SUBSIDIARY_OF'; why.push('a majority share → SUBSIDIARY_OF'); }
  }
  // "X旗下的芜湖工厂", "the plant, owned by X": a plant is run by its owner (the editors' OPERATES), not its subsidiary.
  if (type === 'SUBSIDIARY_OF' && knownTypeOf(ends.from, entities) === 'Plant') { type = 'OPERATES'; ends = { ...ends, from: ends.to, to: ends.from }; note = undefined; why.push("a plant's owner → OPERATES"); }
  if (type === 'HOLDS_ROLE_AT') note = roleNote(hit);
  if ((type === 'ACQUIRED' || type === 'PLANS_TO_ACQUIRE') && !note && /stake|股/.test(hit.text)) note = 'a stake';
  why.push(...voice.reasons);
  const dates = datesFor(input.datesBySentence.get(sentence.index) ?? [], hit, signals, voice.status, input.publishedOn);
  why.push(...dates.reasons);
  const from = end(ends.from, entities);
  const to = end(ends.to, entities);
  const link = linkFor(input.links, type, from.entityId, to.entityId);
  let status = voice.stance === 'CONTRADICTS' && voice.status !== 'DENIED' && link ? link.status : voice.status;
  // "Until the end of last year, X's cars were built by Y": an end date already past says it ended, wherever the "until" stands.
  if (dates.validTo && input.publishedOn && voice.stance === 'SUPPORTS' && (status === 'CONFIRMED' || status === 'REPORTED')
    && dates.validTo < input.publishedOn.slice(0, dates.validTo.length)) { status = 'ENDED'; voice.marksEnd = true; why.push(`'${dates.validTo}' is past → ENDED`); }
  // …and "will build cars for X until 2027" has not ended: "until" a date to come bounds it.
  if (status === 'ENDED' && !cue.marksEnd && dates.validTo && input.publishedOn && dates.validTo > input.publishedOn.slice(0, dates.validTo.length)
    && voice.reasons.some((r) => /^'until' → ENDED$/i.test(r))) {
    status = voice.attribution.kind === 'OUTLET' || voice.attribution.kind === 'ANONYMOUS' ? 'REPORTED' : 'CONFIRMED';
    voice.marksEnd = false;
    why.push(`'${dates.validTo}' is still to come → ${status}`);
  }
  if (link) why.push(voice.stance === 'CONTRADICTS' ? `contradicts ${link.id}` : `new evidence for ${link.id}`);
  const coref = ends.from.via === 'COREF' || ends.to.via === 'COREF';
  const known = Number(Boolean(from.entityId)) + Number(Boolean(to.entityId));
  const score = (cue.weight ?? 0.8) * (pair.fallback ? 0.7 : 1) * (pair.swapped ? 0.85 : 1)
    * (pair.reach > 60 ? 0.8 : pair.reach > 30 ? 0.9 : 1) * (coref ? 0.85 : 1) * (known === 2 ? 1.1 : known === 0 ? 0.9 : 1);
  const dateFields = dates;
  return {
    key: `c${sentence.index}-${n}`, from, to, type, status, stance: voice.stance,
    quote: input.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, sentence: sentence.index,
    attribution: voice.attribution, ...withoutReasons(dateFields), ...(note ? { note } : {}), ...(voice.marksEnd ? { marksEnd: true } : {}),
    existing: voice.stance === 'CONTRADICTS' ? null : link?.id ?? null, contradicts: voice.stance === 'CONTRADICTS' ? link?.id ?? null : null,
    score: round(score), why: why.join('; '), cues: [{ start: hit.start, end: hit.end }],
  };
}

function withoutReasons<T extends { reasons?: unknown }>(o: T): Omit<T, 'reasons'> {
  const copy: Partial<T> = { ...o };
  delete copy.reasons;
  return copy as Omit<T, 'reasons'>;
}

const sameClaim = (a: ClaimCandidate, b: ClaimCandidate) => a.type === b.type
  && ((a.from.key === b.from.key && a.to.key === b.to.key) || (a.type === 'IN_TALKS_WITH' && a.from.key === b.to.key && a.to.key === b.from.key));

/** "X denied the report": a denial naming one party of a claim just made contradicts that claim. */
function denialOf(input: ClaimsInput, sentence: Sentence, hits: readonly CueHit[], mentions: readonly Mention[], earlier: readonly ClaimCandidate[]): ClaimCandidate[] {
  const signals = hits.filter((h) => h.family !== 'relation');
  // "X said it is not in talks with anyone": a negated cue with one party denies that cue's type.
  const negated = hits.find((h) => h.family === 'relation' && signals.some((n) => n.family === 'negation' && n.end <= h.start + 1 && h.start - n.end <= 12));
  const negation = negated && signals.find((n) => n.family === 'negation' && n.end <= negated.start + 1 && negated.start - n.end <= 12);
  const denial = signals.find((h) => h.family === 'denial') ?? (negation ? { ...negation, family: 'denial' as const } : undefined);
  if (!denial) return [];
  const keys = new Set(mentions.map((m) => m.entityKey));
  // What is denied is a report: the nearest earlier claims passed on or hedged that name one of its parties.
  const candidates = earlier.filter((c) => c.sentence >= sentence.index - 2 && c.stance !== 'CONTRADICTS'
    && (c.status === 'REPORTED' || c.status === 'RUMOURED') && (keys.has(c.from.key) || keys.has(c.to.key)));
  // What the denial is about: "no such plan" denies a plan, not the talks reported with it; "not in talks" the talks.
  const words = `${denial.text} ${input.text.slice(denial.end, Math.min(sentence.end, denial.end + 40))}`;
  const about = negated?.cue && denial.family === 'denial' && !signals.some((h) => h.family === 'denial') ? new RegExp(`^${negated.cue.type}$`)
    : /\bplan|intention|计划|打算|收购|出售/i.test(words) ? /^PLANS_TO_/ : /\btalks?\b|negotiat|discuss|洽谈|谈判|接触/i.test(words) ? /^IN_TALKS_WITH$/ : /./;
  const topical = candidates.filter((c) => about.test(c.type));
  const last = Math.max(...topical.map((c) => c.sentence));
  const recent = topical.filter((c) => c.sentence === last);
  const denier = denierOf(denial, sentence, signals, mentions);
  const anon = signals.find((h) => h.family === 'anonymous');
  const anonymous = Boolean(anon);
  return recent.map((c, i) => {
    const byParty = !anonymous && denier?.mention && (denier.mention.entityKey === c.from.key || denier.mention.entityKey === c.to.key);
    const link = linkFor(input.links, c.type, c.from.entityId, c.to.entityId);
    return {
      ...c, key: `c${sentence.index}-d${i}`, quote: input.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end,
      sentence: sentence.index, stance: 'CONTRADICTS', status: byParty ? 'DENIED' : link?.status ?? c.status,
      attribution: byParty && denier.mention ? { kind: 'PARTY', name: denier.mention.text, entityKey: denier.mention.entityKey }
        : anon ? { kind: 'ANONYMOUS', name: anonymousName(anon, sentence) } : c.attribution,
      marksEnd: undefined, note: c.note, reportedOn: undefined, existing: null, contradicts: link?.id ?? null,
      score: round(c.score * 0.6), why: `'${denial.text}' → ${byParty ? 'DENIED' : 'CONTRADICTS'}, of the claim in sentence ${c.sentence}`,
      cues: [{ start: denial.start, end: denial.end }],
    } satisfies ClaimCandidate;
  });
}

/** Every claim the sentences state between two of the mentioned entities, best first within a sentence. */
export function findClaims(input: ClaimsInput): ClaimCandidate[] {
  const entities = new Map(input.entities.map((e) => [e.key, e]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of input.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const out: ClaimCandidate[] = [];
  for (const sentence of input.sentences) {
    const mentions = (bySentence.get(sentence.index) ?? []).sort((a, b) => a.start - b.start);
    if (mentions.length === 0) {
      const sides = bothSides(sentence, out);
      if (sides) out.push(build(input, sentence, sides.hit, sides.pair, [sides.pair], findCues(sentence, []).filter((h) => h.family !== 'relation'), mentions, entities, undefined, 0));
      continue;
    }
    const hits = findCues(sentence, mentions);
    const signals = hits.filter((h) => h.family !== 'relation');
    // "X was the last to receive these permits": the agencies are the sentence before's.
    const carried = (taken: readonly ClaimCandidate[]) => carriedApprovals(sentence, mentions, bySentence, input.sentences, entities, new Set(taken.map((t) => t.to.key)))
      .map(({ hit, pair }, i) => ({ claim: build(input, sentence, hit, pair, [pair], signals, mentions, entities, undefined, taken.length + i), pair }))
      .filter((b) => !taken.some((t) => sameClaim(t, b.claim)));
    // "X ended its contract with Y": the end of an arrangement an earlier sentence stated.
    const ended = endedArrangement(sentence, mentions, out);
    const endedClaim = ended ? build(input, sentence, ended.hit, ended.pair, [ended.pair], signals, mentions, entities, undefined, 90) : undefined;
    if (new Set(mentions.map((m) => m.entityKey)).size < 2) {
      const sides = bothSides(sentence, out);
      if (sides) out.push(build(input, sentence, sides.hit, sides.pair, [sides.pair], signals, mentions, entities, undefined, 0));
      if (endedClaim) out.push(endedClaim);
      out.push(...carried([]).map((b) => b.claim));
      out.push(...denialOf(input, sentence, hits, mentions, out));
      continue;
    }
    const asides = findAsides(sentence, mentions);
    const excluded = outletSpans(hits, sentence, mentions, entities);
    const built: Built[] = [];
    const owned = possessivePlants(sentence, mentions, entities, input.text);
    // "Y's plant produces X's cars": X is built by Y, the plant's owner (the plant is Y's, by the possessive).
    // …or the company the sentence says runs it ("X now runs the plant, which builds Y's hatchback").
    const ownerOf = (m: Mention) => owned.find((o) => o.pair.to === m)?.pair.from
      ?? built.find((b) => b.claim.type === 'OPERATES' && b.claim.to.key === m.entityKey && b.claim.stance === 'SUPPORTS')?.pair.from;
    const leads = new Map<Mention, Mention>();
    const covered: Span[] = [];
    for (const hit of hits) {
      if (hit.family !== 'relation' || covered.some((c) => c.start < hit.start && hit.end <= c.end)) continue;
      const pairs = pairsFor(hit, mentions, entities, input.text, asides, excluded, (m) => leads.get(m));
      for (const p of pairs) if (p.covers) covered.push({ start: hit.start, end: p.covers });
      for (const p of pairs) {
        const [s, o] = p.reversed !== p.swapped ? [p.to, p.from] : [p.from, p.to];
        if (!leads.has(o)) leads.set(o, s);
      }
      const aside = asides.find((a) => a.start <= hit.start && hit.end <= a.end);
      for (const p of pairs) {
        // "by X at its plant": the possessive reading (possessive.ts) knows whose "its" it is; the cue table's pronoun guess does not.
        if (cue(hit)?.type === 'OPERATES' && p.from.via === 'COREF' && owned.some((o) => o.pair.to === p.to && o.pair.from.entityKey !== p.from.entityKey)) continue;
        const owner = p.swapped ? undefined : ownerOf(p.to);
        const pair = cue(hit)?.type === 'BUILT_BY' && owner && owner.entityKey !== p.from.entityKey ? { ...p, to: owner } : p;
        const sofar = built.map((b) => b.claim);
        const made = [build(input, sentence, hit, pair, pairs, signals, mentions, entities, aside, built.length, sofar)];
        // "in talks to buy Y" states the talks as well as the plan.
        // …and so do talks "就收购…进行谈判" / "over buying": one side would buy the other.
        const alsoType = hit.cue?.also ?? (hit.cue?.type === 'IN_TALKS_WITH' && /收购|并购|控股权|入股/.test(hit.text) ? 'PLANS_TO_ACQUIRE' : undefined);
        if (hit.cue && alsoType) {
          const also = { ...hit, cue: { ...hit.cue, type: alsoType, also: undefined } };
          made.push(build(input, sentence, also, pair, pairs, signals, mentions, entities, aside, built.length + 1, sofar));
        }
        for (const claim of made) {
          const twin = built.find((b) => sameClaim(b.claim, claim));
          if (!twin) built.push({ claim, pair });
          else if (twin.claim.score < claim.score) twin.claim = { ...claim, key: twin.claim.key, note: claim.note ?? twin.claim.note };
          else if (!twin.claim.note && claim.note) twin.claim = { ...twin.claim, note: claim.note };
        }
      }
    }
    // "双方已于上月开始接触": talks between the two sides of the claim just made.
    const sides = built.some((b) => b.claim.type === 'IN_TALKS_WITH') ? undefined : bothSides(sentence, [...out, ...built.map((b) => b.claim)]);
    if (sides) built.push({ claim: build(input, sentence, sides.hit, sides.pair, [sides.pair], signals, mentions, entities, undefined, built.length), pair: sides.pair });
    for (const { hit, pair } of owned) {
      const claim = build(input, sentence, hit, pair, [pair], signals, mentions, entities, undefined, built.length);
      // "X的芜湖工厂由Y负责运营": the operator the sentence names wins over the possessive's owner.
      const runBy = built.some((b) => b.claim.type === 'OPERATES' && b.claim.to.key === claim.to.key && b.claim.from.key !== claim.from.key && b.claim.stance === 'SUPPORTS');
      if (!runBy && !built.some((b) => sameClaim(b.claim, claim))) built.push({ claim, pair });
    }
    // "A produced cars for B; C for D": the clause after the semicolon repeats the cue before it.
    for (const { hit, pair } of gappedClauses(sentence, mentions, hits, built.map((b) => b.claim), entities, input.text)) {
      const claim = build(input, sentence, hit, pair, [pair], signals, mentions, entities, undefined, built.length);
      if (!built.some((b) => sameClaim(b.claim, claim))) built.push({ claim, pair });
    }
    // "X's cars are made at the plant, which is operated by Y": the plant's operator built them (a link to the plant itself only without one).
    for (const b of built) {
      const operator = b.claim.type === 'BUILT_BY' && built.find((o) => o.claim.type === 'OPERATES' && o.claim.stance === 'SUPPORTS' && o.claim.to.key === b.claim.to.key);
      if (operator && operator.claim.from.key !== b.claim.from.key) b.claim = { ...b.claim, to: operator.claim.from, why: `${b.claim.why}; the plant's operator` };
    }
    // "bought a stake in X from Y": the seller's stake (or its running of a plant) ended with the sale.
    for (const claim of sellerEnds(sentence, built.map((b) => b.claim), mentions, entities, input.text, input.links, input.publishedOn)) {
      const twin = built.find((b) => sameClaim(b.claim, claim));
      if (twin) twin.claim = { ...twin.claim, status: 'ENDED', marksEnd: true, validTo: claim.validTo, validToBasis: claim.validToBasis };
      else built.push({ claim, pair: { from: mentions[0] as Mention, to: mentions[0] as Mention, reversed: false, fallback: true, swapped: false, reach: 0 } });
    }
    for (const claim of rolesLeft(built.map((b) => b.claim), mentions, entities, input.text, input.publishedOn)) {
      if (!built.some((b) => sameClaim(b.claim, claim))) built.push({ claim, pair: { from: mentions[0] as Mention, to: mentions[0] as Mention, reversed: false, fallback: true, swapped: false, reach: 0 } });
    }
    if (!built.some((b) => b.claim.type === 'APPROVED_BY')) built.push(...carried(built.map((b) => b.claim)));
    if (ended && endedClaim && !built.some((b) => sameClaim(b.claim, endedClaim))) built.push({ claim: endedClaim, pair: ended.pair });
    // A denial no claim of this sentence took denies an earlier report ("该传闻纯属捏造，工厂将继续由其运营").
    if (!built.some((b) => b.claim.stance === 'CONTRADICTS')) out.push(...denialOf(input, sentence, hits, mentions, out).filter((d) => !built.some((b) => sameClaim(b.claim, d))));
    out.push(...built.map((b) => b.claim).sort((a, b) => b.score - a.score));
  }
  return out;
}
