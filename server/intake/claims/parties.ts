// Which two mentions a relation cue joins, and which is `from`: the party before the cue is its
// subject (the cue table's `subjectIs` says which end that is), the party after it (or in its `…`
// gap) is its object. Asides are skipped when looking back ("X, the arm of Y, may buy Z": X buys),
// coordinated names all count ("owned by A and B"), and a pair whose kinds fit only the other way
// round is swapped ("the ministry approved X").
import nlp from 'compromise';
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityCandidate, Mention, Sentence, Span } from '../types';
import { TYPE_ENDS } from './cues';
import type { CueHit } from './match';

export interface Pair {
  from: Mention;
  to: Mention;
  /** The subject is `to` (the cue reads against the link's direction). */
  reversed: boolean;
  /** Found by a fallback (no party after the cue, or a pair inside one list). */
  fallback: boolean;
  swapped: boolean;
  /** Characters between the cue and the farther party. */
  reach: number;
  /** Where the words this pair used end, when they run past the cue ("由A持股51%、B持股49%"). */
  covers?: number;
}

// "A, B and C", "A、B和C", and "51% by A and 49% by B" (a share between the names).
// (A bracketed share may stand after a name: "A (60%) and B (40%)".)
const LIST_JOINER = /^(\(\s*\d+(\.\d+)?\s*(%|％|percent|per cent)\s*\))?\s*(,|，|、|和|与|及|以及|&|或)?\s*(and|or)?\s*(\d+(\.\d+)?\s*(%|％|percent|per cent)\s*(by)?)?$/;
const joins = (between: string) => between.trim() !== '' && LIST_JOINER.test(between.trim());
const HARD_BREAK = /[;；]/;
const RELATIVE_AFTER = /^\s*,\s*(in|of) which\b/i;
const RELATIVE_OBJECT = /^\s*,\s*(which|that|whose\s+\S+)\s+$/i;
// Lower-case only: "Acme Motors built by …" is a company's name, not its motors.
const PARTS_BEFORE = /\b(batteries|battery|cells|chips|parts|components|motors|seats|packs|tyres|tires|semiconductors|modules|lidars?|sensors|engines)\s+(are\s+|were\s+|is\s+|was\s+)?$/;
const FAR_OBJECT = /\b(by|of|to|with|from|for|in|at)$/i;
const POSSESSED_TYPES = new Set(['ACQUIRED', 'PLANS_TO_ACQUIRE', 'PLANS_TO_SELL', 'OPERATES']);
const PLANT_AFTER = /^['‘’]s\s+(\S+\s+){0,3}(plants?|factory|factories|sites?|facility|facilities|base|works)\b/i;
/** Ownership lists are joined by "and", not commas ("owned by A, B and 13 others have …" lists subjects). */
const AND_ONLY = /^(and|和|与|及|以及|&)$/;
const unshared = (between: string) => between.replace(/^\s*\(\s*\d+(\.\d+)?\s*(%|％|percent|per cent)\s*\)/, '').trim();

/** Comma- or bracket-delimited asides: ", the EV arm of Y," "(a unit of Y)", "Li, chief executive of Y,". */
const asideCache = new WeakMap<Sentence, Span[]>();

export function findAsides(sentence: Sentence, mentions: readonly Mention[] = []): Span[] {
  // Asked for by every cue and speaker of a sentence; a sentence's mentions do not change within one run.
  const cached = asideCache.get(sentence);
  if (cached) return cached;
  const out: Span[] = [];
  asideCache.set(sentence, out);
  const text = sentence.text;
  const commas: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ',' || ch === '，') commas.push(i);
    if (ch === '(' || ch === '（') {
      const close = text.slice(i).search(/[)）]/);
      if (close > 0) out.push({ start: sentence.start + i, end: sentence.start + i + close + 1 });
    }
  }
  for (let k = 0; k + 1 < commas.length; k++) {
    const a = commas[k] ?? 0;
    const b = commas[k + 1] ?? 0;
    const inner = text.slice(a + 1, b).trim();
    const words = inner.split(/\s+/).length;
    const described = /^(the|a|an|its|their|his|her|which|who|whose|one of)\b/i.test(inner) || /^\S+['‘’]s\b/.test(inner);
    // A short segment with no verb right after a name is a title or gloss too ("Li, chief executive of X, said").
    const afterName = mentions.some((m) => m.end === sentence.start + a);
    if ((described && words <= 16) || (afterName && words <= 8 && /^[\p{L}]/u.test(inner) && !nlp(inner).has('#Verb'))) {
      out.push({ start: sentence.start + a, end: sentence.start + b + 1 });
    }
  }
  return out;
}

const wordsBetween = (s: string) => (/\p{Script=Han}/u.test(s) ? s.replace(/的/g, '').length / 2 : s.replace(/^['‘’]s\b/, '').trim().split(/\s+/).filter(Boolean).length);
const inside = (m: Span, s: Span) => s.start <= m.start && m.end <= s.end;
/** ", Halcyon Mobility Services," names the subject rather than describing something else. */
const onlyName = (a: Span, m: Mention, text: string) => text.slice(a.start, a.end).replace(/[,，()（）\s]/g, '') === m.text.replace(/[,，\s]/g, '');

/** The node type (Company, Plant, Agency, …) of the entity a mention names, if its kind is known. */
export function knownTypeOf(m: Mention, entities: Map<string, EntityCandidate>): string | undefined {
  const kind = entities.get(m.entityKey)?.kind;
  return kind ? ENTITY_KINDS[kind] : undefined;
}

/** knownTypeOf, reading an entity of no known kind as a company (what most unknown names are). */
export function typeOf(m: Mention, entities: Map<string, EntityCandidate>): string {
  return knownTypeOf(m, entities) ?? 'Company';
}

/** The mentions coordinated with `m` ("A, B and C"), `m` included, in text order. */
function list(m: Mention, all: readonly Mention[], text: string): Mention[] {
  const out = [m];
  const i = all.indexOf(m);
  for (let j = i - 1; j >= 0; j--) {
    const p = all[j];
    const next = out[0];
    if (!p || !next || !joins(text.slice(p.end, next.start))) break;
    out.unshift(p);
  }
  for (let j = i + 1; j < all.length; j++) {
    const n = all[j];
    const prev = out.at(-1);
    if (!n || !prev || !joins(text.slice(prev.end, n.start))) break;
    out.push(n);
  }
  return out;
}

/** "由A持股51%、B持股49%": the owners named again after the gap, each before the same word. */
function repeated(hit: CueHit, mentions: readonly Mention[], text: string): Mention[] {
  const tail = hit.phrase.split('…')[1] ?? '';
  const out: Mention[] = [];
  let at = hit.end;
  for (;;) {
    const skip = text.slice(at).match(/^\s*[\d.]*\s*[%％]?\s*[、，,和及与]\s*/);
    const next = skip ? mentions.find((m) => m.start === at + (skip[0].length)) : undefined;
    if (!skip || !next || !tail || !text.startsWith(tail, next.end)) return out;
    out.push(next);
    at = next.end + tail.length;
  }
}

/** The pairs a relation cue states in this sentence (several when a side is a list). */
export function pairsFor(
  hit: CueHit, mentions: readonly Mention[], entities: Map<string, EntityCandidate>,
  text: string, asides: readonly Span[], excluded: readonly Span[],
  /** The subject of an earlier cue whose object this mention is, for ", owned 60% by A" after "a JV of B and C". */
  leadOf: (m: Mention) => Mention | undefined = () => undefined,
): Pair[] {
  const cue = hit.cue;
  if (!cue) return [];
  // "uses batteries made by X": a part made by a supplier is no car built by it.
  const partsAt = cue.type === 'BUILT_BY' && cue.lang === 'en' ? PARTS_BEFORE.exec(text.slice(Math.max(0, hit.start - 30), hit.start)) : null;
  if (partsAt && !mentions.some((m) => m.end > hit.start - 30 + partsAt.index && m.start < hit.start)) return [];
  const usable = mentions.filter((m) => !excluded.some((x) => inside(m, x)));
  const ownAside = asides.find((a) => inside(hit, a));
  const between = (a: number, b: number) => text.slice(Math.min(a, b), Math.max(a, b));
  const subjectSide = (m: Mention) => m.end <= hit.start || (m.start <= hit.start && m.end < hit.end);
  // A person is the subject of a role only: "X董事长王某表示，公司没有收购Y的计划" has X as the buyer.
  const person = (m: Mention) => cue.type !== 'HOLDS_ROLE_AT' && typeOf(m, entities) === 'Person';
  // "从X手中收购": X sold; it is no subject of the purchase.
  const zhSeller = (m: Mention) => cue.lang === 'zh' && /从$/.test(text.slice(m.start - 1, m.start)) && /^(手中|手里|处)/.test(text.slice(m.end, m.end + 2));
  const before = usable.filter((m) => subjectSide(m) && !person(m) && !zhSeller(m) && !HARD_BREAK.test(between(m.end, hit.start))
    && !asides.some((a) => a !== ownAside && inside(m, a) && a.end <= hit.start + 1 && !inside(hit, a) && !onlyName(a, m, text))).reverse();
  const afterAll = usable.filter((m) => !subjectSide(m) && m.start >= hit.start && !HARD_BREAK.test(between(hit.end, m.start)));
  const after = hit.gap ? afterAll.filter((m) => inside(m, hit.gap as Span)).reverse() : afterAll;

  // "A与B签署协议，将收购…", "A signed a deal with B to buy …": the party after 与 / "a deal with" is the
  // partner, not the subject; the subject is the party before it.
  const partner = (m: Mention) => (cue.lang === 'zh' ? /(与|同|跟)$/.test(text.slice(m.start - 1, m.start)) : /\b(agreement|deal|contract|pact|accord|memorandum)\s+with\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 30), m.start)))
    && cue.type !== 'IN_TALKS_WITH' && cue.type !== 'JOINTLY_OWNED_BY'
    // …when a clause of its own stands between ("与B签署协议，将收购"), not a noun right after it ("与B旗下的C洽谈").
    && (cue.lang === 'zh' ? /[，,]|签署|签订|达成/ : /\bto\s+\w+/).test(text.slice(m.end, hit.start));
  // "X…，并借用Y的资质": a clause opened by 并/还/同时 has no subject of its own; it is the sentence's topic.
  const headless = cue.lang === 'zh' && /[，,](并且?|且|还|同时|也|并将|还将)$/.test(text.slice(Math.max(0, hit.start - 4), hit.start));
  const topic = headless ? usable.find((m) => m.end <= hit.start && !person(m) && typeOf(m, entities) === 'Company') : undefined;
  const nearest = topic ?? (before[0] && partner(before[0]) && before[1] ? before[1] : before[0]);
  // Only a participle goes back ("…, owned 51% by A"); "…, is owned by A" has the name before it as subject.
  // ("…, holds 35%" is a finite verb with the name before it as subject, not a participle.)
  const participle = !/^(is|was|are|were|has|have|had|will|would|be|being|been)\b/i.test(hit.text) && !/^\S+s\b/.test(hit.text.replace(/^(\S+)ss\b/, '$1'));
  // "X is in talks with Y about buying Z": the talks' subject is the buyer.
  const about = /^(about|over|regarding)\b/i.test(hit.text);
  const lead = nearest && ((participle && /^\s*,\s*$/.test(text.slice(nearest.end, hit.start))) || about) ? leadOf(nearest) : undefined;
  const subject = lead ?? nearest;
  // A bare noun cue needs its subject right before it ("X's unit", "X CEO", "X董事长").
  if (cue.adjacent && subject && wordsBetween(text.slice(subject.end, hit.start)) > 2) return [];
  // "it may sell part of its stake in Y": the object is the first party other than the subject; and
  // "take over X's plant" takes over the plant, not X.
  // In Chinese "接手Y在株洲的工厂" takes over the plant, not Y.
  // ("buy the rest of X's business" buys X: an English possessive hands the object on only to a
  // plant, or to a name standing right after it.)
  const ownsNext = (m: Mention) => PLANT_AFTER.test(text.slice(m.end, m.end + 40))
    || usable.some((n) => n.start > m.end && n.start - m.end <= 30 && !/[,;]/.test(text.slice(m.end, n.start)));
  const possessed = (m: Mention) => POSSESSED_TYPES.has(cue.type)
    && (/^((在|位于)[^，。,]{1,6}的|的(工厂|生产基地|基地))/.test(text.slice(m.end, m.end + 10)) || (/^['‘’]s\b/.test(text.slice(m.end, m.end + 3)) && ownsNext(m)));
  // "took over X's plant from the startup": the party after "from" sold it.
  const seller = (m: Mention) => (cue.type === 'ACQUIRED' || cue.type === 'PLANS_TO_ACQUIRE') && cue.lang === 'en' && /\bfrom\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start));
  let object = after.find((m) => m.entityKey !== subject?.entityKey && !possessed(m) && !seller(m));
  // ("sell part of its stake in Y" sells Y: the share words do not count.)
  if (object && cue.objectNear && wordsBetween(text.slice(hit.end, object.start).replace(/^\s*((part|some|all|most|half) of\s+)?(the|its|their|a|an)\b(\s+(\S+\s+)?(stake|stakes|shares|holding|interest)\s+in\b)?/i, '')) > 1) object = undefined;
  // "plans to build a plant in X": a plant a bare verb takes is being built, not building for anyone.
  if (object && cue.objectNear && cue.type === 'BUILT_BY' && typeOf(object, entities) === 'Plant') object = undefined;
  // "sold under X's qualification": a bare verb's object follows it directly, never after a preposition.
  if (object && cue.objectNear && cue.lang === 'en' && /^\s*(under|through|with|via|at|by|from|on|into)\b/i.test(text.slice(hit.end, object.start))) object = undefined;
  // A bare noun's object stands right after it too ("X's unit Y"), else it is the name in apposition before.
  if (object && cue.adjacent && cue.lang === 'en' && wordsBetween(text.slice(hit.end, object.start)) > 2) object = undefined;
  // "keep building its own vans" builds for itself.
  if (object && cue.objectNear && /^\s+own\b/i.test(text.slice(object.end, object.end + 5))) object = undefined;
  // "A与B成立合资公司C，A持股60%": a Chinese cue without a gap takes no object past a clause break.
  if (object && cue.lang === 'zh' && !hit.gap && /[，,；;]/.test(text.slice(hit.end, object.start))) object = undefined;
  // "owned by A": the object of an English cue that ends in a preposition follows it, not past a comma or clause.
  if (object && cue.lang === 'en' && FAR_OBJECT.test(hit.text) && (/[,;:]/.test(text.slice(hit.end, object.start)) || wordsBetween(text.slice(hit.end, object.start)) > 8)) object = undefined;
  // "X, which Y bought in 2020, …", "X, whose cars Y builds,": the relative pronoun stands for X, the
  // verb's object, and whatever follows the clause is not.
  const relativeOf = subject && cue.lang === 'en' && !FAR_OBJECT.test(hit.text) && !/[,;]/.test(text.slice(subject.end, hit.start))
    ? before.find((m) => m.end <= subject.start && RELATIVE_OBJECT.test(text.slice(m.end, subject.start))) : undefined;
  if (relativeOf && relativeOf.entityKey !== subject?.entityKey) object = relativeOf;
  let fallback = false;
  let covers: number | undefined;
  const pairs: [Mention, Mention][] = [];
  if (cue.sale) {
    // "A sold its stake in X to Y": Y bought X; without a buyer named after "to" there is no pair.
    const sold = object;
    const buyer = sold && afterAll.find((m) => m.start >= sold.end && m.entityKey !== sold.entityKey && /\bto\s+(the\s+)?$/i.test(text.slice(sold.end, m.start)) && wordsBetween(text.slice(sold.end, m.start)) <= 8);
    if (sold && buyer) pairs.push([sold, buyer]);
  } else if (subject && object) {
    const objects = cue.type === 'JOINTLY_OWNED_BY' || cue.type === 'APPROVED_BY' || cue.type === 'ISSUED' ? list(object, usable, text)
      : cue.type === 'SUBSIDIARY_OF' ? list(object, usable, text).filter((m, i, all) => m === object || AND_ONLY.test(unshared(text.slice((all[i - 1] ?? m).end, m.start))) || AND_ONLY.test(unshared(text.slice(m.end, (all[i + 1] ?? m).start))))
        : [object];
    const again = hit.gap && cue.type === 'JOINTLY_OWNED_BY' ? repeated(hit, usable, text) : [];
    objects.push(...again);
    const last = again.at(-1);
    if (last) covers = last.end + (hit.phrase.split('…')[1] ?? '').length;
    // "A, through the acquisition of B, and C through …": B, an earlier cue's object, is no subject of this one.
    const subjects = list(subject, usable, text).filter((m) => m === subject || !leadOf(m));
    // (A list run on past a comma, "…合资公司C，A持股60%", brings the subjects back: they are no objects.)
    for (const s of subjects) for (const o of objects) if (s.entityKey !== o.entityKey && !subjects.some((x) => x.entityKey === o.entityKey)) pairs.push([s, o]);
  } else if (subject && !object && hit.cue?.lang === 'zh' && cue.subjectIs === 'to' && cue.type === 'JOINTLY_OWNED_BY') {
    // "X由A、B和C联合打造，其中A持股51%": a shareholder's share of the sentence's topic, named first.
    // …or the joint venture the sentence named ("成立合资公司C，A持股60%").
    const topic = usable.find((m) => m.end <= subject.start && /(合资公司|合资企业|新公司)$/.test(text.slice(Math.max(0, m.start - 4), m.start))) ?? usable[0];
    // "分别持股51%、30%": the shares of owners a list before has named, not one more owner.
    const respectively = /分别\s*$/.test(text.slice(Math.max(0, hit.start - 3), hit.start));
    if (topic && !respectively && topic.entityKey !== subject.entityKey && topic.end <= subject.start) { fallback = true; pairs.push([subject, topic]); }
  } else if (subject || object) {
    const group = list((subject ?? object) as Mention, usable, text);
    // "Y, in which A holds 35%, …": the relative clause's antecedent is what A owns.
    const antecedent = subject && !object && cue.lang === 'en' && (cue.type === 'JOINTLY_OWNED_BY' || cue.type === 'SUBSIDIARY_OF')
      ? before.find((m) => m.end <= subject.start && m.entityKey !== subject.entityKey && RELATIVE_AFTER.test(text.slice(m.end, m.end + 14))) : undefined;
    if (subject && antecedent) {
      fallback = true;
      pairs.push([subject, antecedent]);
    } else if (group.length >= 2 && cue.type === 'IN_TALKS_WITH') {
      fallback = true;
      for (const o of group.slice(1)) pairs.push([group[0] as Mention, o]);
    } else if (subject && !hit.gap && /^['‘’]s\b/.test(text.slice(subject.end, subject.end + 3))) {
      // "Y, X's OEM partner, …": the party before the possessive subject is the object.
      // "Dalmore Components, Dalmore's parts arm": the name in apposition right before counts too.
      const apposed = (m: Mention) => /^\s*[,，]\s*$/.test(text.slice(m.end, subject.start));
      // Only the name in apposition: "analysts rate X's parent a buy" names no parent.
      object = before.find((m) => m.entityKey !== subject.entityKey && apposed(m));
      if (object) { fallback = true; pairs.push([subject, object]); }
    }
  }

  const ends = TYPE_ENDS[cue.type];
  const out: Pair[] = [];
  for (const [s, o] of pairs) {
    const [from, to] = cue.subjectIs === 'from' ? [s, o] : [o, s];
    const fits = (f: Mention, t: Mention) => ends.from.includes(typeOf(f, entities)) && ends.to.includes(typeOf(t, entities));
    const reach = Math.max(Math.abs(hit.start - s.end), Math.abs(o.start - hit.end), 0);
    if (fits(from, to)) out.push({ from, to, reversed: cue.subjectIs === 'to', fallback, swapped: false, reach, covers });
    else if (fits(to, from)) out.push({ from: to, to: from, reversed: cue.subjectIs !== 'to', fallback, swapped: true, reach, covers });
  }
  return out;
}
