// What an editor is writing before it is sent: a new link, a change to a link, a new entity, a new
// source. Plain data, checked here with the rules the server applies (so the form can say what is
// wrong before the round trip; the server still decides), and turned into the API's inputs.
import { NOTED_DATE_BASES, PASSED_ON_ATTRIBUTIONS } from '#vocabulary';
import type { AttributionKind, DateBasis, EntityKind, EntityType, RelationType, Stance, Status } from '#vocabulary';
import { parsePartialDate } from '#vocabulary/dates';
import type { ChangePatch, EntityInput, EvidenceInput, RelationshipInput, SourceInput } from '#vocabulary/wire/operations';

export interface Ref {
  readonly id: string;
  readonly name: string;
}

/** A quote picked in the source reader, with who asserts it and how it bears on the link. */
export interface EvidenceDraft {
  readonly source: { readonly id: string; readonly title: string };
  readonly quote: string;
  readonly stance: Stance;
  readonly attributionKind: AttributionKind;
  /** The outlet, the party's wording, the register: as the article names it. */
  readonly attributionName: string;
  readonly marksEnd: boolean;
}

export interface DatesDraft {
  readonly validFrom: string;
  readonly validFromBasis: DateBasis | '';
  readonly validTo: string;
  readonly validToBasis: DateBasis | '';
  readonly datesNote: string;
}

export interface LinkDraft extends DatesDraft {
  readonly draft: 'link';
  /** The idempotency key: the same draft sent twice is one proposal. */
  readonly key: string;
  readonly from: Ref;
  readonly to: Ref;
  readonly type: RelationType;
  readonly status: Status;
  readonly note: string;
  readonly evidence: readonly EvidenceDraft[];
}

/** The fields of a link a change may set, as the link has them now. */
export interface LinkFields {
  readonly status: Status;
  readonly validFrom: string | null;
  readonly validFromBasis: DateBasis | null;
  readonly validTo: string | null;
  readonly validToBasis: DateBasis | null;
  readonly datesNote: string | null;
  readonly note: string | null;
}

export interface ChangeDraft extends DatesDraft {
  readonly draft: 'change';
  readonly key: string;
  readonly target: string;
  /** "NIO is built by JAC". */
  readonly title: string;
  /** The version the change is made against: a stale one is a CONFLICT. */
  readonly version: number;
  readonly original: LinkFields;
  readonly status: Status;
  readonly note: string;
  readonly reason: string;
  /** Quotes to add. */
  readonly evidence: readonly EvidenceDraft[];
}

export interface EntityDraft {
  readonly draft: 'entity';
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly kind: EntityKind;
  /** Comma- or line-separated. */
  readonly aliases: string;
  readonly country: string;
  readonly description: string;
}

export interface SourceDraft {
  readonly title: string;
  readonly publisher: string;
  readonly author: string;
  readonly url: string;
  readonly publishedOn: string;
  readonly publishedOnBasis: DateBasis | '';
  readonly publishedOnNote: string;
  readonly text: string;
}

export type Draft = LinkDraft | ChangeDraft | EntityDraft;

/** Field → what is wrong with it; empty when the draft can be sent. */
export type Problems = Readonly<Record<string, string>>;

/** A random key; crypto.getRandomValues works on plain-HTTP pages too, where randomUUID does not. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const NO_DATES: DatesDraft = { validFrom: '', validFromBasis: '', validTo: '', validToBasis: '', datesNote: '' };

export function newLinkDraft(from: Ref, to: Ref, key: string = newKey()): LinkDraft {
  return { draft: 'link', key, from, to, type: 'BUILT_BY', status: 'REPORTED', note: '', evidence: [], ...NO_DATES };
}

export function newChangeDraft(target: string, title: string, version: number, original: LinkFields, key: string = newKey()): ChangeDraft {
  return {
    draft: 'change', key, target, title, version, original,
    status: original.status,
    validFrom: original.validFrom ?? '', validFromBasis: original.validFromBasis ?? '',
    validTo: original.validTo ?? '', validToBasis: original.validToBasis ?? '',
    datesNote: original.datesNote ?? '', note: original.note ?? '', reason: '', evidence: [],
  };
}

export function newEntityDraft(key: string = newKey()): EntityDraft {
  return { draft: 'entity', key, name: '', type: 'Company', kind: 'AUTOMAKER', aliases: '', country: '', description: '' };
}

export const EMPTY_SOURCE: SourceDraft = { title: '', publisher: '', author: '', url: '', publishedOn: '', publishedOnBasis: 'STATED', publishedOnNote: '', text: '' };

const given = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** The date rules of a link draft (docs/data-model.md), by field; intake's candidates share them. */
export function checkDates(d: DatesDraft, problems: Record<string, string>): void {
  const noted: string[] = [];
  for (const [date, basis] of [['validFrom', 'validFromBasis'], ['validTo', 'validToBasis']] as const) {
    const text = d[date].trim();
    if (text && !parsePartialDate(text)) problems[date] = 'a date is YYYY, YYYY-MM or YYYY-MM-DD';
    if (text && d[basis] === '') problems[basis] = 'say how the date is known';
    if (!text && d[basis] !== '') problems[basis] = 'give the date, or no basis';
    if (d[basis] !== '' && NOTED_DATE_BASES.includes(d[basis] as DateBasis)) noted.push(date);
  }
  const from = d.validFrom.trim();
  const to = d.validTo.trim();
  if (from && to && parsePartialDate(from) && parsePartialDate(to) && to < from) problems.validTo = 'the end is before the start';
  if (noted.length > 0 && !given(d.datesNote)) problems.datesNote = 'say how the date was worked out, or what bounds it';
}

function checkStatus(status: Status, evidence: readonly EvidenceDraft[], problems: Record<string, string>): void {
  if (status === 'CONFIRMED' && !evidence.some((e) => e.stance === 'SUPPORTS' && !PASSED_ON_ATTRIBUTIONS.includes(e.attributionKind))) {
    problems.status = 'CONFIRMED needs a supporting quote in the article’s own voice, a party’s or an official record’s; otherwise REPORTED';
  }
  if (status === 'DENIED' && !evidence.some((e) => e.stance === 'CONTRADICTS')) problems.status = 'DENIED needs the denial as a “contradicts” quote';
  if (status === 'ENDED' && !evidence.some((e) => e.marksEnd)) problems.status = 'ENDED needs a quote that states it stopped (“marks the end”)';
}

export function checkLinkDraft(d: LinkDraft): Problems {
  const problems: Record<string, string> = {};
  if (d.from.id === d.to.id) problems.to = 'a link joins two different entities';
  checkDates(d, problems);
  if (d.evidence.length === 0) problems.evidence = 'add at least one quote: select it in the source reader';
  else checkStatus(d.status, d.evidence, problems);
  d.evidence.forEach((e, i) => {
    if (e.attributionKind !== 'ARTICLE' && !given(e.attributionName)) problems[`evidence.${i}`] = 'say who asserts it (the outlet, the party, the register)';
  });
  return problems;
}

export function evidenceInput(e: EvidenceDraft): EvidenceInput {
  const name = given(e.attributionName);
  return {
    source: e.source.id,
    quote: e.quote,
    stance: e.stance,
    attribution: { kind: e.attributionKind, ...(name && e.attributionKind !== 'ARTICLE' ? { name } : {}) },
    ...(e.marksEnd ? { marksEnd: true } : {}),
  };
}

function datesInput(d: DatesDraft): Pick<RelationshipInput, 'validFrom' | 'validFromBasis' | 'validTo' | 'validToBasis' | 'datesNote'> {
  return {
    ...(given(d.validFrom) ? { validFrom: d.validFrom.trim(), validFromBasis: d.validFromBasis || undefined } : {}),
    ...(given(d.validTo) ? { validTo: d.validTo.trim(), validToBasis: d.validToBasis || undefined } : {}),
    ...(given(d.datesNote) ? { datesNote: d.datesNote.trim() } : {}),
  };
}

export function relationshipInput(d: LinkDraft): RelationshipInput {
  const note = given(d.note);
  return { from: d.from.id, to: d.to.id, type: d.type, status: d.status, ...datesInput(d), ...(note ? { note } : {}), evidence: d.evidence.map(evidenceInput) };
}

const orNull = (s: string): string | null => given(s) ?? null;

/** Only what the change changes: a field left as it was is not in the patch. */
export function changePatch(d: ChangeDraft): ChangePatch {
  const o = d.original;
  const patch: ChangePatch = {};
  if (d.status !== o.status) patch.status = d.status;
  const from = orNull(d.validFrom);
  const to = orNull(d.validTo);
  if (from !== o.validFrom || (d.validFromBasis || null) !== o.validFromBasis) {
    patch.validFrom = from;
    patch.validFromBasis = from ? d.validFromBasis || null : null;
  }
  if (to !== o.validTo || (d.validToBasis || null) !== o.validToBasis) {
    patch.validTo = to;
    patch.validToBasis = to ? d.validToBasis || null : null;
  }
  if (orNull(d.datesNote) !== o.datesNote) patch.datesNote = orNull(d.datesNote);
  if (orNull(d.note) !== o.note) patch.note = orNull(d.note);
  if (d.evidence.length > 0) patch.addEvidence = d.evidence.map(evidenceInput);
  return patch;
}

export function checkChangeDraft(d: ChangeDraft): Problems {
  const problems: Record<string, string> = {};
  checkDates(d, problems);
  if (Object.keys(changePatch(d)).length === 0) problems.patch = 'nothing is changed yet';
  if (!given(d.reason)) problems.reason = 'say why: the history keeps it';
  d.evidence.forEach((e, i) => {
    if (e.attributionKind !== 'ARTICLE' && !given(e.attributionName)) problems[`evidence.${i}`] = 'say who asserts it (the outlet, the party, the register)';
  });
  return problems;
}

export const splitAliases = (text: string): string[] => [...new Set(text.split(/[,\n]/).map((a) => a.trim()).filter(Boolean))];

export function checkEntityDraft(d: EntityDraft): Problems {
  return given(d.name) ? {} : { name: 'an entity needs a name' };
}

export function entityInput(d: EntityDraft): EntityInput {
  const aliases = splitAliases(d.aliases);
  return {
    name: d.name.trim(), type: d.type, kind: d.kind,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(given(d.country) ? { country: d.country.trim() } : {}),
    ...(given(d.description) ? { description: d.description.trim() } : {}),
  };
}

export function checkSourceDraft(d: SourceDraft): Problems {
  const problems: Record<string, string> = {};
  if (!given(d.title)) problems.title = 'a source needs its title';
  if (!given(d.publisher)) problems.publisher = 'say who published it';
  if (!given(d.text)) problems.text = 'paste the article’s text: quotes are checked against it';
  if (given(d.publishedOn) && !parsePartialDate(d.publishedOn.trim())) problems.publishedOn = 'a date is YYYY, YYYY-MM or YYYY-MM-DD';
  if (given(d.url) && !/^https?:\/\/\S+$/.test(d.url.trim())) problems.url = 'an address starts with http:// or https://';
  if (d.publishedOnBasis !== '' && NOTED_DATE_BASES.includes(d.publishedOnBasis) && !given(d.publishedOnNote)) problems.publishedOnNote = 'say how the date was worked out';
  return problems;
}

export function sourceInput(d: SourceDraft): SourceInput {
  const date = given(d.publishedOn);
  return {
    title: d.title.trim(), publisher: d.publisher.trim(), text: d.text,
    ...(given(d.author) ? { author: d.author.trim() } : {}),
    ...(given(d.url) ? { url: d.url.trim() } : {}),
    ...(date ? { publishedOn: date, publishedOnBasis: d.publishedOnBasis || 'STATED' } : {}),
    ...(date && given(d.publishedOnNote) ? { publishedOnNote: d.publishedOnNote.trim() } : {}),
  };
}
