// From the page's intake state to the API and back: the article as `IntakeInput`, the accepted
// candidates as `IntakePick`s (checked first with the claims rules the server applies), a refusal's
// field path ("input.title", "picks[2].quote") turned into the field or the candidate it names, and
// how a candidate or a filed proposal reads in one line.
import { PASSED_ON_ATTRIBUTIONS, RELATION_TYPES } from '#vocabulary';
import type { DateBasis, Stance } from '#vocabulary';
import { parsePartialDate } from '#vocabulary/dates';
import type { IntakeEndInput, IntakeInput, IntakePick } from '#vocabulary/wire/operations';
import { checkDates } from './drafts';
import type { Problems } from './drafts';
import type { ArticleDraft, Candidate, FiledProposal, IntakeClaim, IntakeState } from './intake';

const given = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** The limit the server sets on an article (server/editing/intake.ts); the page says so before sending. */
export const MAX_ARTICLE_CHARS = 200_000;

export function checkArticle(a: ArticleDraft): Problems {
  const problems: Record<string, string> = {};
  if (!given(a.text)) problems.text = 'paste the article, or upload a .txt, .md or .html file';
  else if (a.text.length > MAX_ARTICLE_CHARS) problems.text = `the article is ${a.text.length.toLocaleString('en')} characters; intake reads up to ${MAX_ARTICLE_CHARS.toLocaleString('en')}`;
  if (!given(a.title)) problems.title = 'an article needs its title';
  if (!given(a.publisher)) problems.publisher = 'say who published it';
  if (given(a.publishedOn) && !parsePartialDate(a.publishedOn.trim())) problems.publishedOn = 'a date is YYYY, YYYY-MM or YYYY-MM-DD';
  if (given(a.url) && !/^https?:\/\/\S+$/.test(a.url.trim())) problems.url = 'an address starts with http:// or https://';
  return problems;
}

export function articleInput(a: ArticleDraft): IntakeInput {
  const date = given(a.publishedOn);
  return {
    text: a.text, title: a.title.trim(), publisher: a.publisher.trim(),
    ...(a.format ? { format: a.format } : {}),
    ...(given(a.author) ? { author: a.author.trim() } : {}),
    ...(given(a.url) ? { url: a.url.trim() } : {}),
    ...(date ? { publishedOn: date, publishedOnBasis: 'STATED' as const } : {}),
  };
}

export interface End {
  readonly key: string;
  readonly name: string;
  readonly entityId: string | null;
}

/** A candidate's ends as the user leaves them: swapped if they turned it round, new entities renamed. */
export function endsOf(c: Candidate, s: Pick<IntakeState, 'entities'>): { from: End; to: End } {
  const named = (e: IntakeClaim['from']): End => ({ key: e.key, name: s.entities[e.key]?.name ?? e.name, entityId: e.entityId });
  const [from, to] = c.swapped ? [c.claim.to, c.claim.from] : [c.claim.from, c.claim.to];
  return { from: named(from), to: named(to) };
}

/** "Chery New Energy is built by Nanjing Works". */
export function candidateSentence(c: Candidate, s: Pick<IntakeState, 'entities'>): string {
  const { from, to } = endsOf(c, s);
  return `${from.name} ${RELATION_TYPES[c.type].label} ${to.name}`;
}

/** How the quote bears on the link as filed: a denial contradicts it, whatever intake first read. */
function stanceOf(c: Candidate): Stance {
  if (c.status === 'DENIED') return 'CONTRADICTS';
  return c.claim.stance === 'CONTRADICTS' ? 'SUPPORTS' : c.claim.stance;
}

/** The claims rules (docs/data-model.md) a candidate must meet to be filed, by field. */
export function checkCandidate(c: Candidate, s: Pick<IntakeState, 'entities'>): Problems {
  const problems: Record<string, string> = {};
  const { from, to } = endsOf(c, s);
  if ((from.entityId !== null && from.entityId === to.entityId) || from.key === to.key) problems.to = 'a link joins two different entities';
  checkDates(c, problems);
  if (c.status === 'CONFIRMED' && PASSED_ON_ATTRIBUTIONS.includes(c.claim.attribution.kind)) {
    problems.status = 'the sentence passes on another’s report: CONFIRMED needs the article’s own voice, a party’s or a record’s; say REPORTED';
  }
  for (const end of [from, to]) if (!end.entityId && !given(end.name)) problems[end === from ? 'from' : 'to'] = 'a new entity needs a name';
  return problems;
}

const endInput = (end: End, s: Pick<IntakeState, 'entities'>): IntakeEndInput => {
  if (end.entityId) return { entityId: end.entityId };
  const fields = s.entities[end.key];
  return { name: end.name.trim(), ...(fields ? { kind: fields.kind } : {}) };
};

/**
 * The graph's link the candidate is evidence for (a denial's is the link it contradicts), only while
 * the user kept its type and ends: changed, it is a claim of its own.
 */
export function linkOf(c: Candidate): string | null {
  if (c.type !== c.claim.type || c.swapped) return null;
  return c.claim.existing ?? c.claim.contradicts ?? null;
}

export function pickOf(c: Candidate, s: Pick<IntakeState, 'entities'>): IntakePick {
  const { from, to } = endsOf(c, s);
  const a = c.claim.attribution;
  const dated = (date: string, basis: DateBasis | ''): { date?: string; basis?: DateBasis } => (given(date) ? { date: date.trim(), ...(basis ? { basis } : {}) } : {});
  const vf = dated(c.validFrom, c.validFromBasis);
  const vt = dated(c.validTo, c.validToBasis);
  return {
    from: endInput(from, s), to: endInput(to, s), type: c.type, status: c.status,
    quote: c.claim.quote, stance: stanceOf(c),
    attribution: { kind: a.kind, ...(a.name && a.kind !== 'ARTICLE' ? { name: a.name } : {}) },
    ...(c.claim.reportedOn ? { reportedOn: c.claim.reportedOn } : {}),
    ...(c.claim.marksEnd || c.status === 'ENDED' ? { marksEnd: true } : {}),
    ...(vf.date ? { validFrom: vf.date, ...(vf.basis ? { validFromBasis: vf.basis } : {}) } : {}),
    ...(vt.date ? { validTo: vt.date, ...(vt.basis ? { validToBasis: vt.basis } : {}) } : {}),
    ...(given(c.datesNote) ? { datesNote: c.datesNote.trim() } : {}),
    ...(c.claim.note ? { note: c.claim.note } : {}),
    ...(linkOf(c) ? { existing: linkOf(c) } : {}),
  };
}

export const acceptedOf = (s: IntakeState): readonly Candidate[] => s.candidates.filter((c) => c.decision === 'accepted');

/** The accepted candidates as picks, in order: `keys[i]` is the candidate behind `picks[i]`. */
export function picksOf(s: IntakeState): { keys: string[]; picks: IntakePick[] } {
  const accepted = acceptedOf(s);
  return { keys: accepted.map((c) => c.key), picks: accepted.map((c) => pickOf(c, s)) };
}

/** Each accepted candidate's problems; empty when all can be filed. */
export function checkPicks(s: IntakeState): Readonly<Record<string, Problems>> {
  const out: Record<string, Problems> = {};
  for (const c of acceptedOf(s)) {
    const p = checkCandidate(c, s);
    if (Object.keys(p).length > 0) out[c.key] = p;
  }
  return out;
}

/** The new entities the accepted candidates would file, once each. */
export function newEntitiesOf(s: IntakeState): string[] {
  const keys = new Set<string>();
  for (const c of acceptedOf(s)) for (const e of Object.values(endsOf(c, s))) if (!e.entityId) keys.add(e.key);
  return [...keys];
}

export type NamedField = { readonly kind: 'article'; readonly field: string } | { readonly kind: 'pick'; readonly index: number; readonly field: string };

/**
 * What a refusal's path names: "input.title" → the title field, "picks[2].to.name" → the third
 * pick's "to". GraphQL's own variable errors say the path in the message ('… at "input.title"').
 */
export function namedField(path: string): NamedField | null {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  if (parts[0] === 'input' && parts[1]) return { kind: 'article', field: parts[1] };
  if (parts[0] === 'picks' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    return { kind: 'pick', index: Number(parts[1]), field: parts[2] === 'attribution' ? 'quote' : (parts[2] ?? 'quote') };
  }
  return null;
}

/** The field path a refusal names: its extensions (argument or field), else the path in its message. */
export function pathOfError(message: string, extensions: Readonly<Record<string, unknown>>): string | null {
  const named = extensions.argument ?? extensions.field;
  if (typeof named === 'string') return named;
  return /at "((?:input|picks)[^"]*)"/.exec(message)?.[1] ?? /\$(input|picks)\b/.exec(message)?.[1] ?? null;
}

/** How a filed proposal reads: "New link: Chery New Energy is built by Nanjing Works". */
export function filedSummary(p: FiledProposal, s: IntakeState): string {
  const names = new Map<string, string>();
  for (const e of s.reading?.entities ?? []) if (e.entityId) names.set(e.entityId, e.name);
  for (const f of s.filed) {
    const body = parsePayload(f.payload);
    if (f.kind === 'ENTITY' && f.target && typeof body.name === 'string') names.set(f.target, body.name);
  }
  const body = parsePayload(p.payload);
  const name = (id: unknown): string => (typeof id === 'string' ? (names.get(id) ?? id) : '?');
  if (p.kind === 'ENTITY') return `New entity: ${typeof body.name === 'string' ? body.name : (p.target ?? p.id)}`;
  if (p.kind === 'RELATIONSHIP' && typeof body.type === 'string' && body.type in RELATION_TYPES) {
    return `New link: ${name(body.from)} ${RELATION_TYPES[body.type as keyof typeof RELATION_TYPES].label} ${name(body.to)}`;
  }
  const source = s.candidates.find((c) => c.claim.existing === p.target || c.claim.contradicts === p.target);
  return `New evidence for ${source ? candidateSentence(source, s) : (p.target ?? p.id)}`;
}

function parsePayload(payload: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(payload);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
