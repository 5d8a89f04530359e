// The rules that make a claim defensible (issue 9, docs/data-model.md "Loader rules"): a status no
// firmer than its quotes, a note for every date the text does not simply give, evidence that names
// what it proves, an end only where a source states one, a denial shown as the denial. Each is a
// comparison across fields or with other records, which a JSON Schema cannot state, so they are
// checked here, on records whose own shape shape.ts checks separately.
import { ATTRIBUTION_KINDS, NOTED_DATE_BASES, PASSED_ON_ATTRIBUTIONS } from '#vocabulary';
import { foldName, stripSuffixes } from '#vocabulary/names';
import { isObject } from './read';
import { describeValue } from './shape';
import type { SeedEntity } from './types';

type Fail = (field: string | null, message: string) => void;

const given = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const isNotedBasis = (v: unknown): boolean => (NOTED_DATE_BASES as readonly unknown[]).includes(v);
const HAS_CJK = /\p{Script=Han}/u;

/** The evidence entries that are objects, with their index in the list. */
function entries(list: unknown): [Record<string, unknown>, number][] {
  return Array.isArray(list) ? list.flatMap((item: unknown, i): [Record<string, unknown>, number][] => (isObject(item) ? [[item, i]] : [])) : [];
}

const stanceOf = (ev: Record<string, unknown>): unknown => ev.stance ?? 'SUPPORTS';
const kindOf = (ev: Record<string, unknown>): unknown => (isObject(ev.attribution) ? ev.attribution.kind : undefined);

/**
 * Whether a quote names an entity, by its name or an alias, folded the way search folds names
 * ("NIO Inc." and "Nio" meet): as whole words for Latin names, as a run of characters for Chinese
 * ones, which are written without spaces. Each name counts with and without its company suffix
 * ("JAC Motors" is also "JAC"), as search's keys do.
 */
export function namesEntity(quote: string, entity: SeedEntity): boolean {
  const folded = ` ${foldName(quote)} `;
  const compact = folded.replace(/\s+/g, '');
  const names = [entity.name, ...(Array.isArray(entity.aliases) ? entity.aliases : [])].filter((n): n is string => given(n) !== null);
  return names.some((name) => {
    const forms = [foldName(name), stripSuffixes(name)].filter((f) => f !== '');
    return forms.some((form) => (HAS_CJK.test(form) ? compact.includes(form.replace(/\s+/g, '')) : folded.includes(` ${form} `)));
  });
}

/** A date and its basis come together, and a basis other than STATED has its note. */
function checkDates(rel: Record<string, unknown>, fail: Fail): void {
  const noted: string[] = [];
  for (const [date, basis] of [['validFrom', 'validFromBasis'], ['validTo', 'validToBasis']] as const) {
    const hasDate = given(rel[date]) !== null;
    const hasBasis = rel[basis] !== undefined && rel[basis] !== null;
    if (hasDate && !hasBasis) fail(basis, `required when ${date} is given: STATED, INFERRED, NOT_BEFORE or NOT_AFTER`);
    if (!hasDate && hasBasis) fail(basis, `given without ${date}; give the date or remove its basis`);
    if (isNotedBasis(rel[basis])) noted.push(`${basis} is ${String(rel[basis])}`);
  }
  if (noted.length > 0 && given(rel.datesNote) === null) {
    fail('datesNote', `required: ${noted.join(' and ')}; say how the date was worked out, or what the bound rests on`);
  }
}

/** A CONFIRMED link rests on a quote the article vouches for; DENIED shows the denial; ENDED has the quote that ends it. */
function checkStatus(rel: Record<string, unknown>, fail: Fail): void {
  const evidence = entries(rel.evidence).map(([ev]) => ev);
  // No quotes at all is the shape's error ("a relationship needs at least one quote"), said once.
  if (evidence.length === 0) return;
  const supports = evidence.filter((ev) => stanceOf(ev) === 'SUPPORTS');
  if (rel.status === 'CONFIRMED' && !supports.some((ev) => !(PASSED_ON_ATTRIBUTIONS as readonly unknown[]).includes(kindOf(ev)))) {
    const only = supports.length === 0 ? 'it has no supporting quote at all' : `its only support is ${ATTRIBUTION_KINDS.filter((k) => supports.some((ev) => kindOf(ev) === k)).join('/')}`;
    fail('status', `a CONFIRMED link needs a supporting quote in the article's own voice, a party's or an official record's; ${only} — make it REPORTED`);
  }
  if (rel.status === 'DENIED' && !evidence.some((ev) => ev.stance === 'CONTRADICTS')) {
    fail('status', 'a DENIED link needs the denial itself as a CONTRADICTS quote, so that both sides show');
  }
  if (rel.status === 'ENDED' && !evidence.some((ev) => ev.marksEnd === true)) {
    fail('status', 'an ENDED link needs a quote that states it stopped (marksEnd: true); an end no source states is not an end: keep the status and give validTo with basis INFERRED or NOT_AFTER and a datesNote, or leave it open');
  }
}

/** Each SUPPORTS quote names one end of the link; each attribution's entity exists. */
function checkQuotes(rel: Record<string, unknown>, entities: ReadonlyMap<string, SeedEntity>, fail: Fail): void {
  // An end without a usable name is reported on the entity itself; there is nothing to look for.
  const named = (id: unknown): SeedEntity | undefined => {
    const e = entities.get(given(id) ?? '');
    return e && given(e.name) !== null ? e : undefined;
  };
  const from = named(rel.from);
  const to = named(rel.to);
  for (const [ev, i] of entries(rel.evidence)) {
    const quote = given(ev.quote);
    if (from && to && quote !== null && stanceOf(ev) === 'SUPPORTS' && !namesEntity(quote, from) && !namesEntity(quote, to)) {
      fail(`evidence[${i}].quote`, `names neither ${from.name} nor ${to.name} (by name or alias); move it to context or quote the sentence that names them`);
    }
    const entity = isObject(ev.attribution) ? given(ev.attribution.entity) : null;
    if (entity !== null && !entities.has(entity)) fail(`evidence[${i}].attribution.entity`, `unknown entity id ${describeValue(entity)} (not in entities.json)`);
  }
}

/** Every claim rule for one relationship record. */
export function checkClaims(rel: Record<string, unknown>, entities: ReadonlyMap<string, SeedEntity>, fail: Fail): void {
  checkDates(rel, fail);
  checkStatus(rel, fail);
  checkQuotes(rel, entities, fail);
}

/** A source's date other than STATED says how it was worked out. */
export function checkSourceDate(source: Record<string, unknown>, fail: Fail): void {
  if (isNotedBasis(source.publishedOnBasis) && given(source.publishedOnNote) === null) {
    fail('publishedOnNote', `required: publishedOnBasis is ${String(source.publishedOnBasis)}; say how the date was worked out, or what the bound rests on`);
  }
}
