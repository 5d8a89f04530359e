// The picks of an intake turned into the editing API's inputs: the new entities they name (one per
// folded name and kind, however many picks name it), each pick's link or, with `existing`, the
// change that adds its quote to that link; and problems renamed to the pick field the user sent
// (`picks[2].quote`, `picks[0].from.name`) from the input field the seed's rules report.
import { GraphQLError } from 'graphql';
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityKind } from '#vocabulary';
import { foldName } from '#vocabulary/names';
import type { ChangePatch, EntityInput, EvidenceInput, IntakeEndInput, IntakePick, RelationshipInput } from '#vocabulary/wire/schema';
import { ErrorCode } from '../errors';
import type { LocatedProblem } from './locate';

/** A new entity the picks name, and the field of the first pick that named it. */
export interface NewEntity { key: string; input: EntityInput; field: string }

export const newEntityKey = (name: string, kind: EntityKind): string => `${foldName(name)}|${kind}`;

const isNew = (end: IntakeEndInput): boolean => !end.entityId;

/** The problems of an end as sent: an entity id, or a new entity's name and kind. */
export function endProblems(end: IntakeEndInput, field: string): LocatedProblem[] {
  if (end.entityId) return [];
  const problems: LocatedProblem[] = [];
  if (!end.name || foldName(end.name) === '') problems.push({ field: `${field}.name`, message: 'give the entity id of an entity in the graph, or the name of a new one' });
  if (!end.kind) problems.push({ field: `${field}.kind`, message: 'a new entity needs its kind' });
  return problems;
}

/** The picks' new entities, deduplicated by folded name and kind (aliases gathered from every pick naming it). */
export function newEntitiesOf(picks: readonly IntakePick[]): NewEntity[] {
  const found = new Map<string, NewEntity>();
  picks.forEach((pick, i) => {
    for (const [side, end] of [['from', pick.from], ['to', pick.to]] as const) {
      if (!isNew(end) || !end.name || !end.kind) continue;
      const key = newEntityKey(end.name, end.kind);
      const known = found.get(key);
      const aliases = [...new Set([...(known?.input.aliases ?? []), ...(end.aliases ?? [])])].filter((a) => a !== end.name);
      if (known) { known.input = { ...known.input, aliases }; continue; }
      found.set(key, { key, field: `picks[${i}].${side}`, input: { name: end.name.trim(), type: ENTITY_KINDS[end.kind], kind: end.kind, aliases } });
    }
  });
  return [...found.values()];
}

/** The id an end has: the entity's, or the new entity's (its proposal's target). */
export function endId(end: IntakeEndInput, newIds: ReadonlyMap<string, string>): string {
  if (end.entityId) return end.entityId;
  return newIds.get(newEntityKey(end.name ?? '', end.kind as EntityKind)) ?? '';
}

export function evidenceOf(pick: IntakePick, source: string): EvidenceInput {
  return { source, quote: pick.quote, stance: pick.stance ?? 'SUPPORTS', attribution: pick.attribution, reportedOn: pick.reportedOn, marksEnd: pick.marksEnd };
}

export function relationshipOf(pick: IntakePick, source: string, newIds: ReadonlyMap<string, string>): RelationshipInput {
  return {
    from: endId(pick.from, newIds), to: endId(pick.to, newIds), type: pick.type, status: pick.status,
    validFrom: pick.validFrom, validFromBasis: pick.validFromBasis, validTo: pick.validTo, validToBasis: pick.validToBasis,
    datesNote: pick.datesNote, note: pick.note, evidence: [evidenceOf(pick, source)],
  };
}

export const changeOf = (pick: IntakePick, source: string): ChangePatch => ({ addEvidence: [evidenceOf(pick, source)] });

// --- problems, renamed to the pick's fields ---

/** The located problems a BAD_USER_INPUT error carries; anything else is not ours to rename. */
export function problemsOf(err: unknown): LocatedProblem[] | null {
  if (!(err instanceof GraphQLError) || err.extensions.code !== ErrorCode.BAD_USER_INPUT) return null;
  const listed = err.extensions.problems as LocatedProblem[] | undefined;
  return listed ?? [{ field: String(err.extensions.argument ?? ''), message: err.message }];
}

/** An entity input's field → the end of the pick that named it. */
export const atEntity = (at: string) => (field: string): string => {
  const rest = /^input\.(name|kind|aliases\[\d+\])$/.exec(field)?.[1];
  return rest ? `${at}.${rest}` : field === 'input.type' ? `${at}.kind` : at;
};

/** A relationship input's field → the pick's (its one quote's fields are the pick's own). */
export const atPick = (i: number) => (field: string): string => {
  const at = `picks[${i}]`;
  const quote = /^input\.evidence\[0\]\.(.+)$/.exec(field)?.[1];
  if (quote) return `${at}.${quote === 'source' ? 'quote' : quote}`;
  if (field === 'input.evidence') return `${at}.quote`;
  const rest = /^input\.(.+)$/.exec(field)?.[1];
  return rest ? `${at}.${rest}` : at;
};

/** A change's field → the pick's: its added quote, or else the link it names (`existing`). */
export const atChange = (i: number) => (field: string): string => {
  const quote = /^patch\.addEvidence\[0\]\.(.+)$/.exec(field)?.[1];
  return quote ? `picks[${i}].${quote}` : `picks[${i}].existing`;
};

export const relocated = (problems: readonly LocatedProblem[], at: (field: string) => string): LocatedProblem[] =>
  problems.map((p) => ({ field: at(p.field), message: p.message }));
