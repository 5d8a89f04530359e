// The "Add article" page as plain data: the article being written, what intake read in it, each
// candidate as the user leaves it (accepted, edited or rejected), the new entities' names and kinds,
// and what filing made. Every change is a pure function of the state (named after what the user did),
// so the renderer only reads it and the unit tests drive it without a browser or a server.
import type { DateBasis, EntityKind, RelationType, Status } from '#vocabulary';
import type { IntakeClaimFieldsFragment, IntakeFormat, IntakeMutation, ProposalFieldsFragment } from '#vocabulary/wire/operations';
import type { Problems } from './drafts';
import { newKey } from './drafts';

export type IntakeReading = IntakeMutation['intake'];
export type IntakeClaim = IntakeClaimFieldsFragment;
export type IntakeEntity = IntakeReading['entities'][number];
export type FiledProposal = ProposalFieldsFragment;

/** The article as typed, pasted or uploaded, with what the source will say about it. */
export interface ArticleDraft {
  readonly text: string;
  /** Empty: the server guesses from the content. */
  readonly format: IntakeFormat | '';
  /** The uploaded file's name, if the text came from one. */
  readonly fileName: string | null;
  readonly title: string;
  readonly publisher: string;
  readonly author: string;
  readonly url: string;
  readonly publishedOn: string;
}

export type Decision = 'open' | 'accepted' | 'rejected';

/** What the user may change in a candidate before filing it. */
export interface CandidateFields {
  readonly type: RelationType;
  readonly status: Status;
  /** The ends swapped: the sentence read the other way round. */
  readonly swapped: boolean;
  readonly validFrom: string;
  readonly validFromBasis: DateBasis | '';
  readonly validTo: string;
  readonly validToBasis: DateBasis | '';
  readonly datesNote: string;
}

export interface Candidate extends CandidateFields {
  readonly key: string;
  /** As intake proposed it; the fields above start as its values. */
  readonly claim: IntakeClaim;
  readonly decision: Decision;
  /** Its edit fields are open. */
  readonly editing: boolean;
}

/** A new entity's name and kind as the user leaves them (every candidate naming it files with these). */
export interface EntityFields {
  readonly name: string;
  readonly kind: EntityKind;
}

/**
 * writing → reading → reviewing → filing → filed. A refused reading goes back to writing and a
 * refused filing back to reviewing, with the problems beside their fields and nothing typed lost.
 */
export type IntakePhase = 'writing' | 'reading' | 'reviewing' | 'filing' | 'filed';

/** The candidates picked out in the text, and the sentence to bring into view. */
export interface IntakeFocus {
  readonly keys: readonly string[];
  readonly start: number;
  readonly end: number;
  /** Where the pick was made: the other side scrolls to it. */
  readonly from: 'text' | 'list';
}

export interface IntakeState {
  readonly phase: IntakePhase;
  readonly article: ArticleDraft;
  /** The article's fields at fault (title, publisher, text, …). */
  readonly problems: Problems;
  readonly message: string | null;
  readonly reading: IntakeReading | null;
  readonly candidates: readonly Candidate[];
  /** Edits to the new entities, by intake's entity key. */
  readonly entities: Readonly<Record<string, EntityFields>>;
  readonly focus: IntakeFocus | null;
  /** Problems of a candidate's fields, by candidate key (the client's checks, or the server's `picks[i]…`). */
  readonly pickProblems: Readonly<Record<string, Problems>>;
  /** The filing's idempotency key: a retried or doubled "File" files once. */
  readonly fileKey: string;
  readonly filed: readonly FiledProposal[];
  /** When the running request started (ms), for the progress line. */
  readonly startedAt: number | null;
}

export const EMPTY_ARTICLE: ArticleDraft = { text: '', format: '', fileName: null, title: '', publisher: '', author: '', url: '', publishedOn: '' };

export function newIntakeState(key: string = newKey()): IntakeState {
  return {
    phase: 'writing', article: EMPTY_ARTICLE, problems: {}, message: null, reading: null, candidates: [], entities: {},
    focus: null, pickProblems: {}, fileKey: key, filed: [], startedAt: null,
  };
}

const withoutKey = <T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

export function editArticle(s: IntakeState, patch: Partial<ArticleDraft>): IntakeState {
  let problems = s.problems;
  for (const field of Object.keys(patch)) problems = withoutKey(problems, field);
  return { ...s, article: { ...s.article, ...patch }, problems };
}

const EXTENSIONS: Readonly<Record<string, IntakeFormat>> = { txt: 'TEXT', text: 'TEXT', md: 'MARKDOWN', markdown: 'MARKDOWN', html: 'HTML', htm: 'HTML' };

/** The format a file's name says, or null for one the page does not read. */
export function formatOfFile(name: string): IntakeFormat | null {
  return EXTENSIONS[name.toLowerCase().split('.').pop() ?? ''] ?? null;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string): string => s.replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)));

/** A title the file suggests: an HTML page's <title>, a Markdown file's first heading, else its name. */
export function titleOfFile(name: string, text: string, format: IntakeFormat): string {
  const found = format === 'HTML' ? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] : format === 'MARKDOWN' ? /^#\s+(.+)$/m.exec(text)?.[1] : undefined;
  const title = found ? decode(found).replace(/\s+/g, ' ').trim() : '';
  return title || name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
}

/** An uploaded file's text: it replaces the pasted text; a title the user typed stays. */
export function loadFile(s: IntakeState, file: { name: string; text: string }): IntakeState {
  const format = formatOfFile(file.name);
  if (!format) return { ...s, problems: { ...s.problems, text: 'the page reads .txt, .md and .html files' } };
  const title = s.article.title.trim() ? s.article.title : titleOfFile(file.name, file.text, format);
  return editArticle(s, { text: file.text, format, fileName: file.name, title });
}

/** A file the browser could not read: said beside the text, the text left as it was. */
export const fileUnreadable = (s: IntakeState, name: string, reason: string): IntakeState => ({
  ...s, problems: { ...s.problems, text: `could not read ${name}: ${reason}` },
});

export function readingStarted(s: IntakeState, now: number): IntakeState {
  return { ...s, phase: 'reading', problems: {}, message: null, startedAt: now };
}

export function readingFailed(s: IntakeState, problems: Problems, message: string): IntakeState {
  return { ...s, phase: 'writing', problems, message, startedAt: null };
}

const fieldsOf = (c: IntakeClaim): CandidateFields => ({
  type: c.type, status: c.status, swapped: false,
  validFrom: c.validFrom ?? '', validFromBasis: c.validFromBasis ?? '', validTo: c.validTo ?? '', validToBasis: c.validToBasis ?? '', datesNote: c.datesNote ?? '',
});

/** What intake read: every candidate open, in the article's order, the new entities as intake named them. */
export function readingDone(s: IntakeState, reading: IntakeReading, key: string = newKey()): IntakeState {
  const candidates = [...reading.claims]
    .sort((a, b) => a.start - b.start || b.score - a.score)
    .map((claim): Candidate => ({ key: claim.key, claim, decision: 'open', editing: false, ...fieldsOf(claim) }));
  const entities: Record<string, EntityFields> = {};
  for (const e of reading.entities) if (!e.entityId) entities[e.key] = { name: e.name, kind: e.kind };
  return { ...s, phase: 'reviewing', reading, candidates, entities, focus: null, pickProblems: {}, filed: [], fileKey: key, message: null, startedAt: null };
}

const mapCandidate = (s: IntakeState, key: string, change: (c: Candidate) => Candidate): IntakeState => ({
  ...s,
  candidates: s.candidates.map((c) => (c.key === key ? change(c) : c)),
  pickProblems: withoutKey(s.pickProblems, key),
});

export const decide = (s: IntakeState, key: string, decision: Decision): IntakeState =>
  mapCandidate(s, key, (c) => ({ ...c, decision: c.decision === decision ? 'open' : decision, editing: decision === 'rejected' ? false : c.editing }));

/** Opens or closes a candidate's edit fields; editing one is meaning to keep it, so it is accepted. */
export const toggleEditing = (s: IntakeState, key: string): IntakeState =>
  mapCandidate(s, key, (c) => ({ ...c, editing: !c.editing, decision: c.editing ? c.decision : 'accepted' }));

export const editCandidate = (s: IntakeState, key: string, patch: Partial<Omit<CandidateFields, 'swapped'>>): IntakeState =>
  mapCandidate(s, key, (c) => ({ ...c, ...patch }));

export const swapDirection = (s: IntakeState, key: string): IntakeState => mapCandidate(s, key, (c) => ({ ...c, swapped: !c.swapped }));

/** Puts a candidate back as intake proposed it (still accepted or rejected as it was). */
export const resetCandidate = (s: IntakeState, key: string): IntakeState => mapCandidate(s, key, (c) => ({ ...c, ...fieldsOf(c.claim) }));

export function editEntity(s: IntakeState, entityKey: string, patch: Partial<EntityFields>): IntakeState {
  const current = s.entities[entityKey];
  if (!current) return s;
  return { ...s, entities: { ...s.entities, [entityKey]: { ...current, ...patch } } };
}

/** Every candidate open is accepted (rejected ones stay rejected). */
export const acceptAllOpen = (s: IntakeState): IntakeState => ({
  ...s, candidates: s.candidates.map((c) => (c.decision === 'open' ? { ...c, decision: 'accepted' } : c)),
});

/** A candidate picked in the list: its sentence is marked and brought into view. */
export function focusCandidate(s: IntakeState, key: string): IntakeState {
  const c = s.candidates.find((x) => x.key === key);
  if (!c) return s;
  return { ...s, focus: { keys: [key], start: c.claim.start, end: c.claim.end, from: 'list' } };
}

/** A highlight clicked in the text: every candidate whose sentence covers it is picked. */
export function focusText(s: IntakeState, start: number, end: number): IntakeState {
  const hit = s.candidates.filter((c) => c.claim.start < end && start < c.claim.end);
  if (hit.length === 0) return { ...s, focus: null };
  const from = Math.min(...hit.map((c) => c.claim.start));
  const to = Math.max(...hit.map((c) => c.claim.end));
  return { ...s, focus: { keys: hit.map((c) => c.key), start: from, end: to, from: 'text' } };
}

export const clearFocus = (s: IntakeState): IntakeState => ({ ...s, focus: null });

export function filingStarted(s: IntakeState, now: number): IntakeState {
  return { ...s, phase: 'filing', message: null, pickProblems: {}, startedAt: now };
}

/** A refused filing: the candidates stay as they were, the problems beside their fields. */
export function filingFailed(s: IntakeState, pickProblems: Readonly<Record<string, Problems>>, message: string): IntakeState {
  const open = new Set(Object.keys(pickProblems));
  return {
    ...s, phase: 'reviewing', pickProblems, message, startedAt: null,
    candidates: s.candidates.map((c) => (open.has(c.key) ? { ...c, editing: true } : c)),
  };
}

/** Filed: what it made; the next filing of this article needs a key of its own. */
export function filingDone(s: IntakeState, filed: readonly FiledProposal[], key: string = newKey()): IntakeState {
  return { ...s, phase: 'filed', filed, fileKey: key, message: null, startedAt: null };
}

/** Back to the article's fields (after reading, to fix and read again), keeping what was typed. */
export const editAgain = (s: IntakeState): IntakeState => ({ ...s, phase: 'writing', message: null, focus: null });

/** Back to the candidates after filing, to file the rest. */
export const backToCandidates = (s: IntakeState): IntakeState => ({ ...s, phase: 'reviewing', message: null });

export const startOver = (_s: IntakeState, key: string = newKey()): IntakeState => newIntakeState(key);
