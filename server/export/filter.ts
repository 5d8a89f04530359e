// The export routes' query parameters: LinkFilter's fields, flattened for a URL. Lists are
// comma-separated (or repeated); every value is checked against the vocabulary, and unknown
// parameters are refused so that a typo never silently exports the whole graph.
import { GraphQLError } from 'graphql';
import { badInput } from '../errors';
import { ENTITY_KINDS, RELATION_TYPES, STATUSES } from '#vocabulary';
import type { EntityKind, RelationType, Status } from '#vocabulary';
import { translateFilter } from '../translate/filter';
import type { FilterArgumentNames } from '../translate/filter';
import type { ExportFilter } from './types';

export const FILTER_PARAMS = ['types', 'statuses', 'kinds', 'asOf', 'from', 'to'] as const;

export type FilterResult = { ok: true; filter: ExportFilter } | { ok: false; error: GraphQLError };

/** URL parameters are flat: between.from is `from`, and an inverted range is blamed on `from`. */
const urlNames: FilterArgumentNames = (field) => {
  if (field === 'between' || field === 'between.from') return 'from';
  if (field === 'between.to') return 'to';
  return field;
};

function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], what: string): T[] | null {
  if (!params.has(name)) return null;
  const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  // `?types=` or `?types=,,,` names no type: refused, since keeping every link is what leaving it out means.
  if (values.length === 0) throw badInput(name, `"${name}" names no ${what.replace(/^an? /, '')}; leave it out to keep every value`);
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) throw badInput(name, `"${v}" is not ${what} (one of ${allowed.join(', ')})`);
  }
  return values as T[];
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw badInput(name, 'give it once');
  if (values.length === 0) return null;
  const v = values[0]?.trim();
  if (!v) throw badInput(name, `"${name}" is empty; leave it out to keep every value`);
  return v;
}

/**
 * A LinkFilter from query parameters, checked by the same translation step as the GraphQL
 * argument, or the BAD_USER_INPUT error to send back.
 */
export function parseExportFilter(params: URLSearchParams): FilterResult {
  try {
    for (const name of new Set(params.keys())) {
      if (!(FILTER_PARAMS as readonly string[]).includes(name)) throw badInput(name, `unknown parameter (expected ${FILTER_PARAMS.join(', ')})`);
    }
    const { exempt: _exempt, ...filter } = translateFilter(
      {
        types: list<RelationType>(params, 'types', Object.keys(RELATION_TYPES) as RelationType[], 'a relation type'),
        statuses: list<Status>(params, 'statuses', STATUSES, 'a status'),
        kinds: list<EntityKind>(params, 'kinds', Object.keys(ENTITY_KINDS) as EntityKind[], 'an entity kind'),
        asOf: single(params, 'asOf'),
        between: { from: single(params, 'from'), to: single(params, 'to') },
      },
      [],
      urlNames,
    );
    return { ok: true, filter };
  } catch (err) {
    if (err instanceof GraphQLError) return { ok: false, error: err };
    throw err;
  }
}
