// The editing API's own errors, beside server/errors' badInput and notFound.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#vocabulary/errors';
import { notFound } from '../errors';

/** The target moved on: the change was made against `baseVersion`, the record is at `currentVersion`. */
export function conflict(target: string, currentVersion: number, baseVersion: number | null, proposalId: string, argument: string): GraphQLError {
  const made = baseVersion === null ? 'a new record with that id' : `version ${baseVersion}`;
  return new GraphQLError(`${target} is at version ${currentVersion}, not ${made}: reload it and propose the change again (proposal ${proposalId} is kept as CONFLICTED)`, {
    extensions: { code: ErrorCode.CONFLICT, argument, target, currentVersion, proposal: proposalId },
  });
}

/** A reason, a note: text that must say something. */
export const isBlank = (s: string | null | undefined): boolean => s === null || s === undefined || s.trim() === '';

/** NOT_FOUND naming the argument that held the id. */
export function notFoundAt(what: string, id: string, argument: string): GraphQLError {
  const error = notFound(what, id);
  error.extensions.argument = argument;
  return error;
}
