// Names the argument a problem is in: the loader reports fields of the record it checked
// ("evidence[2].quote"); a client needs the field it sent ("input.evidence[2].quote", or for a
// change "patch.addEvidence[0].quote"). The error carries every problem, the first one as
// `extensions.argument` (and `field`), as the API's other BAD_USER_INPUT errors do.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#vocabulary/errors';
import type { FieldProblem } from './validate';

export interface LocatedProblem { field: string; message: string }

export function inputError(problems: readonly LocatedProblem[]): GraphQLError {
  const [first] = problems;
  if (!first) throw new Error('inputError needs at least one problem');
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}: see extensions.problems)` : '';
  return new GraphQLError(`${first.field}: ${first.message}${more}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: first.field, field: first.field, problems },
  });
}

/** Throws BAD_USER_INPUT when there is any problem. */
export function assertNoProblems(problems: readonly LocatedProblem[]): void {
  if (problems.length > 0) throw inputError(problems);
}

/** Problems of a record made from one input argument: field f is `${argument}.f`, the record itself is the argument. */
export const underArgument = (argument: string, problems: readonly FieldProblem[]): LocatedProblem[] =>
  problems.map((p) => ({ field: p.field === null ? argument : `${argument}.${p.field}`, message: p.message }));

/** The patch fields a record field is set by (the rest are not the patch's: a stored value broke a rule). */
const PATCHABLE = new Set(['name', 'description', 'country', 'status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'note', 'retired']);

/**
 * A patched relationship's problems: a quote at position i came from patch.addEvidence[addedAt[i]]
 * or was stored; a stored value's problem is the patch's as a whole, said as such.
 */
export function inRelationshipPatch(problems: readonly FieldProblem[], addedAt: readonly (number | null)[]): LocatedProblem[] {
  return problems.map((p) => {
    const field = p.field ?? '';
    const quote = /^evidence\[(\d+)\](.*)$/.exec(field);
    if (quote) {
      const added = addedAt[Number(quote[1])];
      if (added !== null && added !== undefined) return { field: `patch.addEvidence[${added}]${quote[2] ?? ''}`, message: p.message };
      return { field: 'patch', message: `a stored quote (${field}) would break a rule: ${p.message}` };
    }
    if (field === 'evidence') return { field: 'patch.retireEvidence', message: p.message };
    if (PATCHABLE.has(field)) return { field: `patch.${field}`, message: p.message };
    return { field: 'patch', message: `the record's ${field || 'shape'} would break a rule: ${p.message}` };
  });
}

/** A patched entity's problems: an alias at position i >= addedFrom came from patch.addAliases. */
export function inEntityPatch(problems: readonly FieldProblem[], addedFrom: number): LocatedProblem[] {
  return problems.map((p) => {
    const field = p.field ?? '';
    const alias = /^aliases\[(\d+)\]$/.exec(field);
    if (alias && Number(alias[1]) >= addedFrom) return { field: `patch.addAliases[${Number(alias[1]) - addedFrom}]`, message: p.message };
    if (PATCHABLE.has(field)) return { field: `patch.${field}`, message: p.message };
    return { field: 'patch', message: `the record's ${field || 'shape'} would break a rule: ${p.message}` };
  });
}
