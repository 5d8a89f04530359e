// LinkFilter → the `$filter` map every link-reading .cypher file takes. Pure: validates and
// normalises; the Cypher files test each field with `$filter.x IS NULL OR ...`.
import { badInput } from '../errors';
import { endOf, isFullDate, parsePartialDate, startOf } from '#vocabulary/dates';
import type { EntityKind, RelationType, Status } from '#vocabulary';
import type { LinkFilter } from '#vocabulary/wire/schema';

export type LinkFilterInput = LinkFilter;

/** Null fields do not filter. Dates are full ISO days; `exempt` ids pass the kinds test. */
export interface FilterParams {
  types: RelationType[] | null;
  statuses: Status[] | null;
  kinds: EntityKind[] | null;
  asOf: string | null;
  from: string | null;
  to: string | null;
  exempt: string[];
}

function list<T>(argument: string, values: readonly T[] | null | undefined): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw badInput(argument, `"${argument}" must not be empty; leave it out to keep every value`);
  return [...new Set(values)];
}

function rangeEnd(argument: string, text: string | null | undefined, pick: (t: string) => string | null): string | null {
  if (text === null || text === undefined) return null;
  const day = parsePartialDate(text) ? pick(text) : null;
  if (!day) throw badInput(argument, `"${argument}" must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got "${text}")`);
  return day;
}

export type FilterField = 'types' | 'statuses' | 'kinds' | 'asOf' | 'between' | 'between.from' | 'between.to';

/** How errors name each field: `filter.asOf` for a GraphQL argument, `asOf` for a URL parameter. */
export type FilterArgumentNames = (field: FilterField) => string;

export const nestedUnder = (argument: string): FilterArgumentNames => (field) => `${argument}.${field}`;

export function translateFilter(
  input: LinkFilterInput | null | undefined,
  exempt: readonly string[] = [],
  names: FilterArgumentNames = nestedUnder('filter'),
): FilterParams {
  const f = input ?? {};
  if (f.asOf !== null && f.asOf !== undefined && !isFullDate(f.asOf)) {
    throw badInput(names('asOf'), `"${names('asOf')}" must be a full date YYYY-MM-DD (got "${f.asOf}")`);
  }
  // A partial date in a range means all of it: between 2019 and 2019 is the whole year.
  const from = rangeEnd(names('between.from'), f.between?.from, startOf);
  const to = rangeEnd(names('between.to'), f.between?.to, endOf);
  if (from && to && from > to) {
    throw badInput(names('between'), `"${names('between.from')}" must not be after "${names('between.to')}" (got ${from} > ${to})`);
  }
  return {
    types: list(names('types'), f.types),
    statuses: list(names('statuses'), f.statuses),
    kinds: list(names('kinds'), f.kinds),
    asOf: f.asOf ?? null,
    from,
    to,
    exempt: [...exempt],
  };
}
