// Argument checks shared by every operation. Errors name the argument and the allowed range, so
// a notebook user can fix the call without reading the schema.
import { getNamedType } from 'graphql';
import type { GraphQLField } from 'graphql';
import { badInput } from '../errors';

export interface IntRange { min: number; max: number }

/**
 * The value when it is a whole number inside the range, else BAD_USER_INPUT naming `argument`.
 * There is no fallback: the schema's default reaches the resolver as the value (server/schema/defaults.ts).
 */
export function intInRange(argument: string, value: number | null | undefined, range: IntRange): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw badInput(argument, `"${argument}" must be between ${range.min} and ${range.max} (got ${String(value)})`);
  }
  return value;
}

/** A non-empty list of distinct ids, at most `max` long. */
export function idList(argument: string, ids: readonly string[], max: number): string[] {
  const unique = [...new Set(ids.map((id) => id.trim()))];
  if (unique.length === 0 || unique.some((id) => id === '')) {
    throw badInput(argument, `"${argument}" must name at least one entity id, and no id may be blank`);
  }
  if (unique.length > max) throw badInput(argument, `"${argument}" may name between 1 and ${max} ids (got ${unique.length})`);
  return unique;
}

/** Ids are short slugs ("nio-built-by-jac"); a longer one is refused before it is looked up or echoed. */
export const MAX_ID_BYTES = 256;

/** BAD_USER_INPUT, without echoing the value, when an ID argument (or list of them) holds an id over MAX_ID_BYTES. */
export function checkIdArguments(field: GraphQLField<unknown, unknown> | undefined, args: Record<string, unknown>): void {
  for (const arg of field?.args ?? []) {
    if (getNamedType(arg.type).name !== 'ID') continue;
    const given = args[arg.name];
    const values = Array.isArray(given) ? given : [given];
    if (values.some((v) => typeof v === 'string' && Buffer.byteLength(v, 'utf8') > MAX_ID_BYTES)) {
      throw badInput(arg.name, `"${arg.name}" holds an id longer than ${MAX_ID_BYTES} bytes; ids are short slugs such as "nio-built-by-jac"`);
    }
  }
}
